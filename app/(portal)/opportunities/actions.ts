"use server";

import { runAction } from "@/lib/actions/run";
import {
  addNextStep,
  changeStage,
  cloneOpportunity,
  deleteOpportunity,
  submitOpportunity,
  transferOpportunities,
  transferOpportunity,
} from "@/lib/data/opportunities";

/*
 * The pages are dynamic (rendered per request, nothing cached), and the calling widget
 * refreshes the route after a success (`router.refresh()`), so the actions do not
 * revalidate: that would render the page a second time inside the action's response.
 */

/** Bulk transfer from the list: all or nothing; a refusal lists every refused row at `ids.<index>`. */
export async function bulkTransferAction(input: unknown) {
  return runAction(async (actor) => transferOpportunities(actor, input));
}

export async function submitOpportunityAction(id: string, version: number) {
  return runAction(async (actor) => {
    const detail = await submitOpportunity(actor, String(id), Number(version));
    return { id: detail.id };
  });
}

export async function deleteOpportunityAction(id: string, version: number) {
  return runAction(async (actor) => {
    await deleteOpportunity(actor, String(id), Number(version));
    return undefined;
  });
}

export async function cloneOpportunityAction(id: string) {
  return runAction(async (actor) => {
    const clone = await cloneOpportunity(actor, String(id));
    return { id: clone.id, reference: clone.reference };
  });
}

/** `input`: `{ stage, closeDate?, providerAccountId?, closedLostReason?, version }`. */
export async function changeStageAction(id: string, input: unknown) {
  return runAction(async (actor) => {
    const detail = await changeStage(actor, String(id), input);
    return { id: detail.id };
  });
}

/** `input`: `{ text }`. */
export async function addNextStepAction(id: string, input: unknown) {
  return runAction(async (actor) => {
    const detail = await addNextStep(actor, String(id), input);
    return { id: detail.id };
  });
}

/** `input`: `{ assigneeId, version }`. */
export async function transferOpportunityAction(id: string, input: unknown) {
  return runAction(async (actor) => {
    // Null when the actor no longer sees it (an ACE user who gave away what they did not create).
    const detail = await transferOpportunity(actor, String(id), input);
    return { id: String(id), ownerName: detail?.owner.name ?? null, visible: detail !== null };
  });
}
