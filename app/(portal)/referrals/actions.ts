"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import {
  acceptDeal,
  closeAsError,
  createReferral,
  declineDeal,
  inviteToDeal,
  markLost,
  markStage,
  markWon,
  providerDecision,
  providerMarkWon,
  registerDeal,
  setFavorite,
  updateDeal,
  upgradeDeal,
} from "@/lib/data/referrals";
import { coSellDirectory, searchCustomers, searchSolutions, countCustomersByManagement } from "@/lib/data/catalog";

/** Lists, the deal page and the seller's queue show the same deals: refresh them all after a change. */
function revalidateDeals() {
  revalidatePath("/referrals", "layout");
  revalidatePath("/cosell-requests");
}

const done = <T>(result: T) => {
  revalidateDeals();
  return result;
};

/** Runs one deal operation; the result is the deal id (the page re-renders from the server). */
function dealAction(op: (actor: Parameters<Parameters<typeof runAction>[0]>[0]) => Promise<{ id: string }>) {
  return runAction(async (actor) => {
    const deal = await op(actor);
    return { id: deal.id };
  }).then((r) => (r.ok ? done(r) : r));
}

export async function createReferralAction(input: unknown) {
  return dealAction((actor) => createReferral(actor, input));
}

export async function updateDealAction(id: string, input: unknown) {
  return dealAction((actor) => updateDeal(actor, String(id), input));
}

export async function acceptDealAction(id: string, input: unknown) {
  return dealAction((actor) => acceptDeal(actor, String(id), input));
}

export async function declineDealAction(id: string, input: unknown) {
  return dealAction((actor) => declineDeal(actor, String(id), input));
}

export async function markStageAction(id: string, input: unknown) {
  return dealAction((actor) => markStage(actor, String(id), input));
}

export async function markWonAction(id: string) {
  return dealAction((actor) => markWon(actor, String(id), {}));
}

export async function markLostAction(id: string, input: unknown) {
  return dealAction((actor) => markLost(actor, String(id), input));
}

export async function closeAsErrorAction(id: string, input: unknown) {
  return dealAction((actor) => closeAsError(actor, String(id), input));
}

export async function upgradeDealAction(id: string, input: unknown) {
  return dealAction((actor) => upgradeDeal(actor, String(id), input));
}

export async function inviteToDealAction(id: string, input: unknown) {
  return dealAction((actor) => inviteToDeal(actor, String(id), input));
}

export async function providerDecisionAction(id: string, input: unknown) {
  return dealAction((actor) => providerDecision(actor, String(id), input));
}

export async function providerMarkWonAction(id: string) {
  return dealAction((actor) => providerMarkWon(actor, String(id)));
}

export async function registerDealAction(id: string) {
  return dealAction((actor) => registerDeal(actor, String(id)));
}

export async function setFavoriteAction(id: string, favorite: boolean) {
  const result = await runAction((actor) => setFavorite(actor, String(id), favorite === true));
  if (result.ok) revalidatePath("/referrals", "layout");
  return result;
}

// ---- Catalogue look-ups for the wizard (read-only) ------------------------------------------

export async function searchCustomersAction(input: { q?: string; countryCode?: string; management?: "MANAGED" | "UNMANAGED" | "OTHER" }) {
  return runAction(async (actor) => {
    const search = { q: input?.q || undefined, countryCode: input?.countryCode || undefined };
    const [rows, counts] = await Promise.all([
      searchCustomers(actor, { ...search, management: input?.management, limit: 25 }),
      countCustomersByManagement(actor, search),
    ]);
    return { rows, counts };
  });
}

export async function searchSolutionsAction(input: { kind?: "OWN" | "PROVIDER" | "THIRD_PARTY" | "ASSESSMENT"; q?: string; publisherOrganizationId?: string }) {
  return runAction((actor) =>
    searchSolutions(actor, {
      kind: input?.kind,
      q: input?.q || undefined,
      publisherOrganizationId: input?.publisherOrganizationId || undefined,
      limit: 50,
    }),
  );
}

export async function coSellDirectoryAction(q?: string) {
  return runAction((actor) => coSellDirectory(actor, { q: q || undefined }));
}
