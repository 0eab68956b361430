"use server";

import { runAction } from "@/lib/actions/run";
import {
  acceptShareInvitation,
  archiveCollaborationChannel,
  joinCollaborationChannel,
  leaveCollaborationChannel,
  recordChannelCreated,
  rejectShareInvitation,
  requestCollaborationChannel,
  setChannelOptOut,
  shareOpportunity,
  withdrawShareInvitation,
} from "@/lib/data/opportunities";

/*
 * Sharing (domain.md §2.9) and collaboration channels (§2.8). The calling widget refreshes
 * the route after a success, so nothing is revalidated here.
 */

export async function shareOpportunityAction(opportunityId: string, input: unknown) {
  return runAction(async (actor) => (await shareOpportunity(actor, String(opportunityId), input)).length);
}

export async function withdrawShareAction(invitationId: string) {
  return runAction(async (actor) => {
    await withdrawShareInvitation(actor, String(invitationId));
    return undefined;
  });
}

export async function acceptShareAction(invitationId: string, version: number) {
  return runAction(async (actor) => {
    const inv = await acceptShareInvitation(actor, String(invitationId), { version: Number(version) });
    return { opportunityId: inv.opportunityId, reference: inv.reference };
  });
}

export async function rejectShareAction(invitationId: string, version: number) {
  return runAction(async (actor) => {
    await rejectShareInvitation(actor, String(invitationId), { version: Number(version) });
    return undefined;
  });
}

export async function requestChannelAction(opportunityId: string, input: unknown) {
  return runAction(async (actor) => {
    await requestCollaborationChannel(actor, String(opportunityId), input);
    return undefined;
  });
}

export async function recordChannelCreatedAction(opportunityId: string, input: unknown) {
  return runAction(async (actor) => {
    await recordChannelCreated(actor, String(opportunityId), input);
    return undefined;
  });
}

export async function archiveChannelAction(opportunityId: string, version: number) {
  return runAction(async (actor) => {
    await archiveCollaborationChannel(actor, String(opportunityId), { version: Number(version) });
    return undefined;
  });
}

export async function joinChannelAction(channelId: string) {
  return runAction(async (actor) => {
    await joinCollaborationChannel(actor, String(channelId));
    return undefined;
  });
}

export async function leaveChannelAction(channelId: string) {
  return runAction(async (actor) => {
    await leaveCollaborationChannel(actor, String(channelId));
    return undefined;
  });
}

export async function setChannelOptOutAction(optOut: boolean) {
  return runAction(async (actor) => setChannelOptOut(actor, { optOut }));
}
