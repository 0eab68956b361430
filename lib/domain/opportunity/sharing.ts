/**
 * Sharing an ACE opportunity with other partner organisations (domain.md §2.9), as data:
 * the invitation's states and transitions, the limits, who may answer, the shareable field
 * groups and the share input schema. Pure: the services (lib/data/opportunities/sharing.ts),
 * the UI and the tests read these; nothing else decides.
 */
import { z } from "zod";
import type { Actor } from "../actor";
import { getAtPath, type FieldPath, type OpportunityData } from "./fields";

// ---- States and transitions ---------------------------------------------------------------

export const SHARE_STATUSES = ["PENDING", "ACCEPTED", "REJECTED", "WITHDRAWN"] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

export const SHARE_EVENTS = ["ACCEPT", "REJECT", "WITHDRAW"] as const;
export type ShareEvent = (typeof SHARE_EVENTS)[number];

/**
 * `INVITED_ORG_ANSWERER`: a user of the invited organisation with the policy's
 * `opportunity.answerShareInvitation` (ALLIANCE_LEAD, ACE_MANAGER);
 * `SENDER_ORG_EDITOR`: a user of the inviting organisation who can edit the opportunity.
 */
export type SharePrincipal = "INVITED_ORG_ANSWERER" | "SENDER_ORG_EDITOR";

export const SHARE_TRANSITIONS: Record<ShareEvent, { from: readonly ShareStatus[]; to: ShareStatus; who: SharePrincipal }> = {
  ACCEPT: { from: ["PENDING"], to: "ACCEPTED", who: "INVITED_ORG_ANSWERER" },
  REJECT: { from: ["PENDING"], to: "REJECTED", who: "INVITED_ORG_ANSWERER" },
  WITHDRAW: { from: ["PENDING"], to: "WITHDRAWN", who: "SENDER_ORG_EDITOR" },
};

export type ShareTransition = { ok: true; to: ShareStatus } | { ok: false; reason: "NOT_ALLOWED_FROM_STATE" };

/** Whether `event` may happen to an invitation in `status` (roles are checked by `mayAnswerShare`). */
export function shareTransition(status: ShareStatus, event: ShareEvent): ShareTransition {
  const rule = SHARE_TRANSITIONS[event];
  return rule.from.includes(status) ? { ok: true, to: rule.to } : { ok: false, reason: "NOT_ALLOWED_FROM_STATE" };
}

/** Invitations that count against the limits and block a second invitation to the same organisation. */
export const OPEN_SHARE_STATUSES: readonly ShareStatus[] = ["PENDING", "ACCEPTED"];
export const isOpenShare = (status: ShareStatus) => OPEN_SHARE_STATUSES.includes(status);

// Who accepts or rejects (an ALLIANCE_LEAD or ACE_MANAGER of the invited organisation) is the
// policy's `opportunity.answerShareInvitation` (lib/authz/policy.ts), checked by the service.

/** Users of the invited organisation who see the invitations and, once accepted, the shared fields: any ACE role. */
export const maySeeSharesOf = (actor: Actor, invitedOrganizationId: string): boolean =>
  actor.organizationKind === "PARTNER" && actor.organizationId === invitedOrganizationId && actor.aceRole !== null;

// ---- Limits -------------------------------------------------------------------------------

/** At most 9 partners in one invitation. */
export const MAX_PARTNERS_PER_SHARE = 9;
/** At most 9 invited partners (pending + accepted) on one opportunity: 10 members with the owner. */
export const MAX_PARTNERS_PER_OPPORTUNITY = 9;
export const SHARE_MESSAGE_MAX = 255;

export type ShareLimitProblem = { reason: "TOO_MANY_PER_OPPORTUNITY"; remaining: number } | null;

/** Whether `adding` more invited partners fit beside the `open` (pending + accepted) ones. */
export function shareLimitProblem(open: number, adding: number): ShareLimitProblem {
  const remaining = Math.max(0, MAX_PARTNERS_PER_OPPORTUNITY - open);
  return adding > remaining ? { reason: "TOO_MANY_PER_OPPORTUNITY", remaining } : null;
}

// ---- Shareable field groups ---------------------------------------------------------------

/**
 * What a sharer may choose to show. The reference, the sharing organisation and the
 * collaborators list are always visible to an organisation that accepted.
 */
export const SHAREABLE_FIELD_GROUPS = ["CUSTOMER", "PROJECT", "REVENUE", "STAGE", "NEXT_STEP", "CONTACT", "MARKETING"] as const;
export type ShareableFieldGroup = (typeof SHAREABLE_FIELD_GROUPS)[number];

/** The body fields each group reveals (NEXT_STEP reveals the latest next step, STAGE the status too). */
export const SHARE_GROUP_FIELDS: Record<ShareableFieldGroup, readonly FieldPath[]> = {
  CUSTOMER: ["customer.companyName", "customer.websiteUrl", "customer.industry", "customer.otherIndustry", "customer.countryCode", "customer.stateOrRegion", "customer.city"],
  PROJECT: [
    "project.title",
    "project.customerBusinessProblem",
    "project.customerUseCase",
    "project.deliveryModels",
    "opportunityType",
    "project.salesActivities",
  ],
  REVENUE: ["project.expectedMonthlyRevenue", "project.targetCloseDate"],
  STAGE: ["stage"],
  NEXT_STEP: [],
  CONTACT: [
    "partnerSalesContact.firstName",
    "partnerSalesContact.lastName",
    "partnerSalesContact.email",
    "partnerSalesContact.phone",
    "partnerSalesContact.title",
  ],
  MARKETING: ["marketing.source", "marketing.campaignName", "marketing.channels", "marketing.useCases"],
};

/** The groups in catalogue order, deduplicated. */
export const normaliseShareGroups = (groups: readonly string[]): ShareableFieldGroup[] =>
  SHAREABLE_FIELD_GROUPS.filter((g) => groups.includes(g));

/**
 * Only the shared part of an opportunity's body: every field of the chosen groups that has
 * a value, nothing else (built field by field, never by removing fields).
 */
export function pickSharedFields(data: OpportunityData, groups: readonly ShareableFieldGroup[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const group of normaliseShareGroups(groups)) {
    for (const path of SHARE_GROUP_FIELDS[group]) {
      const value = getAtPath(data, path);
      if (value === undefined || value === null) continue;
      const [head, tail] = path.split(".");
      if (tail === undefined) out[head!] = value;
      else out[head!] = { ...((out[head!] as Record<string, unknown>) ?? {}), [tail]: value };
    }
  }
  return out;
}

// ---- Input --------------------------------------------------------------------------------

const id = z.string({ error: "Choose a partner organisation" }).trim().min(1, "Choose a partner organisation").max(64);

/** `POST /opportunities/{id}/shares`. */
export const ShareInputSchema = z.strictObject({
  partnerOrganizationIds: z
    .array(id, { error: "Choose the partner organisations to share with" })
    .min(1, "Choose at least one partner organisation")
    .max(MAX_PARTNERS_PER_SHARE, `Share with at most ${MAX_PARTNERS_PER_SHARE} partners at once`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each partner organisation once"),
  message: z
    .string({ error: "Enter a message" })
    .trim()
    .min(1, "Enter a message")
    .max(SHARE_MESSAGE_MAX, `Keep the message to ${SHARE_MESSAGE_MAX} characters or fewer`),
  fields: z
    .array(z.enum(SHAREABLE_FIELD_GROUPS, { error: "Choose fields from the list" }), { error: "Choose the fields to share" })
    .min(1, "Choose at least one group of fields to share")
    .transform((groups) => normaliseShareGroups(groups)),
  version: z.number({ error: "Enter the version as a positive integer" }).int().positive().optional(),
});
export type ShareInput = z.input<typeof ShareInputSchema>;
export type ShareRequest = z.output<typeof ShareInputSchema>;
