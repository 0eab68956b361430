/**
 * What the provider-referral services share: who an invitation is addressed to (row
 * scope), the stored body, the partner audience of notifications, small conversions.
 */
import type { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { toOpportunityInput, type OpportunityData, type ProviderTeamRole } from "@/lib/domain/opportunity";
import { effectiveInvitationStatus, type InvitationStatus } from "@/lib/domain/provider-referral";
import { NOTHING } from "@/lib/authz/scope";
import { activeUserIdsWithAceRole } from "../notifications/recipients";

export const ENTITY = "PROVIDER_REFERRAL";
export const NOT_FOUND = "Referral not found";

export const reference = (number: number) => `PR-${number}`;
export const referralPath = (id: string) => `/provider-referrals/${id}`;

/** The stored `data`: the opportunity fields plus the provider's own details. */
export type ReferralData = OpportunityData & {
  nextStep?: string;
  leadSource?: string;
  providerTeam?: { role: ProviderTeamRole; name: string; email: string }[];
};

export const dataOf = (row: { data: Prisma.JsonValue }): ReferralData => (row.data ?? {}) as ReferralData;

/** The opportunity fields alone (without the provider's details), as stored. */
export function opportunityFieldsOf(data: ReferralData): OpportunityData {
  const { nextStep: _n, leadSource: _l, providerTeam: _p, ...fields } = data;
  return fields;
}

/**
 * The referral as the api.md opportunity JSON (money as `{ amount, currency }`), the shape
 * `pickPreAcceptanceFields` selects from. `createdAt` is when it was sent.
 */
export function asOpportunityJson(data: ReferralData, sentAt: Date): Record<string, unknown> {
  return {
    ...toOpportunityInput(opportunityFieldsOf(data)),
    createdAt: sentAt.toISOString(),
    origin: "PROVIDER_REFERRAL",
    leadSource: data.leadSource ?? null,
    nextStep: data.nextStep ?? null,
    nextSteps: data.nextStep ? [{ text: data.nextStep }] : [],
    providerTeam: data.providerTeam ?? [],
  };
}

/**
 * Invitations addressed to the actor (§1 Visibility), whatever their status:
 * a partner's ALLIANCE_LEAD all of the organisation's, another partner user with an ACE
 * role those naming them; a provider seller those they sent; everyone else none.
 * Partner *views* add `pendingWhere` (an answered or overdue referral disappears for them);
 * answering uses this scope alone, so that answering an expired or answered referral is a
 * conflict (409), not "not found".
 */
export function addressedTo(actor: Actor): Prisma.OpportunityInvitationWhereInput {
  if (actor.organizationKind === "PARTNER") {
    if (!actor.aceRole) return NOTHING;
    if (actor.aceRole === "ALLIANCE_LEAD") return { partnerOrganizationId: actor.organizationId };
    return { partnerOrganizationId: actor.organizationId, recipientUserId: actor.userId };
  }
  if (actor.providerRole === "PROVIDER_SELLER") return { senderId: actor.userId };
  return NOTHING;
}

/** Still pending at `now`: stored PENDING and not overdue (read-time expiry, §6 Timers). */
export const pendingWhere = (now: Date): Prisma.OpportunityInvitationWhereInput => ({ status: "PENDING", expiresAt: { gt: now } });

export const effectiveStatus = (row: { status: InvitationStatus; expiresAt: Date }, now: Date): InvitationStatus =>
  effectiveInvitationStatus(row.status, row.expiresAt, now);

/** Who at the partner hears about a referral: its active alliance leads and the named recipient. */
export async function partnerAudience(
  tx: Prisma.TransactionClient,
  inv: { partnerOrganizationId: string; recipientUserId: string | null },
) {
  const leads = await activeUserIdsWithAceRole(tx, inv.partnerOrganizationId, ["ALLIANCE_LEAD"]);
  return inv.recipientUserId ? [...leads, inv.recipientUserId] : leads;
}

/** Thrown inside a transaction when the guarded update matched no row. */
export class LostRace extends Error {
  constructor() {
    super("lost race");
  }
}
