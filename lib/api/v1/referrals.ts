/**
 * Co-sell referrals and solution assessments (api.md "Co-sell referrals and solution
 * assessments", domain.md §4, §5): `/referrals…`. Request bodies are the domain's own zod
 * schemas (the services validate with them plus the rules that need the database); the
 * services' deal objects are mapped to the API's JSON (money `{ amount, currency }`).
 */
import { z } from "zod";
import {
  AcceptDealSchema,
  CLOSE_AS_ERROR_REASONS,
  CO_SELL_REQUEST_STATES,
  CUSTOMER_MANAGEMENT,
  CloseAsErrorSchema,
  CreateReferralSchema,
  DEAL_DIRECTIONS,
  DEAL_EVENT_TYPES,
  DEAL_STATUSES,
  DEAL_TYPES,
  DECLINE_REASONS,
  DeclineDealSchema,
  InviteToDealSchema,
  LOST_REASONS,
  MARKETPLACE_INTENTS,
  MarkLostSchema,
  MarkStageSchema,
  MarkWonSchema,
  PARTNER_ROLES,
  PROGRAMS,
  ProviderDecisionSchema,
  REGISTRATION_STATUSES,
  SOLUTION_KINDS,
  UpdateDealSchema,
} from "@/lib/domain/referral";
import { toMoneyInput, type CurrencyCode } from "@/lib/domain/money";
import { DEAL_KEYSET_SORTS, type DealDetail, type DealListItem, type EligibilityView } from "@/lib/data/referrals";
import { defineOperation } from "../operation";
import { pageQueryShape, pageSchema } from "../pagination";
import { BooleanQuerySchema, DateOnlySchema, IdSchema, MoneySchema, PersonRefSchema, QSchema, TimestampSchema, listQuery } from "./common";

const TAGS = ["Co-sell referrals"] as const;
const IdParams = z.strictObject({ id: IdSchema });

// ---- Resources ----------------------------------------------------------------------------

const ContactSchema = z.object({ name: z.string(), email: z.string(), phone: z.string() });

export const DealSchema = z
  .object({
    id: IdSchema,
    reference: z.string().meta({ description: 'e.g. "D-1042".' }),
    version: z.number().int().meta({ description: "Send it with `PATCH /referrals/{id}`." }),
    organization: z.object({ id: IdSchema, name: z.string() }),
    direction: z.enum(DEAL_DIRECTIONS),
    dealType: z.enum(DEAL_TYPES),
    effectiveDealType: z
      .enum(DEAL_TYPES)
      .meta({ description: "How the deal counts (a co-sell deal whose request was declined or lapsed counts as partner-led)." }),
    program: z.enum(PROGRAMS),
    status: z.enum(DEAL_STATUSES).meta({ description: "Effective: an unanswered inbound deal past its deadline is EXPIRED." }),
    percent: z.number().nullable(),
    closed: z.boolean(),
    name: z.string(),
    location: z.string(),
    estimatedValue: MoneySchema,
    estimatedCloseDate: DateOnlySchema,
    crmId: z.string().nullable(),
    campaignId: z.string().nullable(),
    partnerRole: z.enum(PARTNER_ROLES).nullable(),
    solutionArea: z.string().nullable(),
    solutionPlay: z.string().nullable(),
    notes: z.string(),
    marketplaceIntent: z.enum(MARKETPLACE_INTENTS).nullable(),
    customer: z.object({
      accountId: IdSchema.nullable(),
      name: z.string(),
      countryCode: z.string(),
      city: z.string(),
      postalCode: z.string().nullable(),
      duns: z.string().nullable(),
      management: z.enum(CUSTOMER_MANAGEMENT),
    }),
    customerContact: ContactSchema.extend({ consent: z.boolean(), notes: z.string().nullable() }).nullable(),
    visibleToProvider: z.boolean(),
    helpFromProvider: z.array(z.string()),
    assessmentLocation: z.string().nullable(),
    team: z.array(z.object({ id: IdSchema, userId: IdSchema.nullable(), name: z.string(), email: z.string(), phone: z.string() })),
    solutions: z.array(
      z.object({
        id: IdSchema,
        name: z.string(),
        kind: z.enum(SOLUTION_KINDS),
        ipCoSellEligible: z.boolean(),
        publisher: z.string().nullable(),
      }),
    ),
    provider: z.object({
      coSellRequestState: z.enum(CO_SELL_REQUEST_STATES).nullable(),
      requestedAt: TimestampSchema.nullable(),
      decisionDeadline: TimestampSchema.nullable(),
      decidedAt: TimestampSchema.nullable(),
      seller: PersonRefSchema.nullable(),
      markedWonAt: TimestampSchema.nullable(),
      markedWonBy: PersonRefSchema.nullable(),
      helpFromProvider: z.array(z.string()),
    }),
    sender: z
      .object({
        organization: z.object({ id: IdSchema, name: z.string() }).nullable(),
        user: PersonRefSchema.nullable(),
        contacts: z.array(ContactSchema),
      })
      .nullable(),
    helpWanted: z.array(z.string()),
    parentDealId: IdSchema.nullable(),
    invitations: z
      .array(
        z.object({
          id: IdSchema,
          organization: z.object({ id: IdSchema, name: z.string() }),
          status: z.enum(DEAL_STATUSES),
          estimatedValue: MoneySchema,
          estimatedCloseDate: DateOnlySchema,
          receivedAt: TimestampSchema.nullable(),
        }),
      )
      .meta({ description: "The invited partners' deals (summary), for the inviting organisation." }),
    receivedAt: TimestampSchema.nullable(),
    expiresAt: TimestampSchema.nullable(),
    acceptedAt: TimestampSchema.nullable(),
    wonAt: TimestampSchema.nullable(),
    closedAt: TimestampSchema.nullable(),
    declineReason: z.enum(DECLINE_REASONS).nullable(),
    declineNotes: z.string().nullable(),
    lostReason: z.enum(LOST_REASONS).nullable(),
    lostNotes: z.string().nullable(),
    errorReason: z.enum(CLOSE_AS_ERROR_REASONS).nullable(),
    errorNotes: z.string().nullable(),
    registration: z
      .object({
        id: IdSchema,
        status: z.enum(REGISTRATION_STATUSES),
        errors: z.array(z.string()),
        submittedAt: TimestampSchema,
        decidedAt: TimestampSchema.nullable(),
        version: z.number().int(),
      })
      .nullable(),
    favorite: z.boolean(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    abilities: z
      .object({
        events: z.array(z.enum(DEAL_EVENT_TYPES)),
        editableFields: z.array(z.string()),
        markStages: z.array(z.enum(DEAL_STATUSES)),
      })
      .catchall(z.unknown())
      .meta({ description: "What the actor may do on the deal now (the buttons the web page shows)." }),
  })
  .meta({ id: "Deal" });

export const DealListItemSchema = z
  .object({
    id: IdSchema,
    reference: z.string(),
    name: z.string(),
    direction: z.enum(DEAL_DIRECTIONS),
    dealType: z.enum(DEAL_TYPES),
    program: z.enum(PROGRAMS),
    status: z.enum(DEAL_STATUSES),
    percent: z.number().nullable(),
    closed: z.boolean(),
    customerName: z.string(),
    customerCountryCode: z.string(),
    location: z.string(),
    estimatedValue: MoneySchema,
    estimatedCloseDate: DateOnlySchema,
    organization: z.object({ id: IdSchema, name: z.string() }),
    sender: z.object({ organizationId: IdSchema.nullable(), organizationName: z.string().nullable() }).nullable(),
    expiresAt: TimestampSchema.nullable(),
    coSellRequestState: z.enum(CO_SELL_REQUEST_STATES).nullable(),
    favorite: z.boolean(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: "DealListItem" });

const money = (m: { amountMinor: number; currency: string }) =>
  toMoneyInput({ amountMinor: m.amountMinor, currency: m.currency as CurrencyCode });

export function toDealJson(d: DealDetail) {
  return {
    ...d,
    estimatedValue: money(d.estimatedValue),
    invitations: d.invitations.map((i) => ({ ...i, estimatedValue: money(i.estimatedValue) })),
  };
}

export const toDealListItemJson = (r: DealListItem) => {
  const { number: _number, ...item } = r as DealListItem & { number?: number };
  return { ...item, estimatedValue: money(r.estimatedValue) };
};

/** A StaleVersionError's `current` (the fresh deal) in the API's shape. */
export function dealCurrent(value: unknown): unknown {
  const v = value as Partial<DealDetail> | null;
  return v && typeof v === "object" && "abilities" in v && "estimatedValue" in v ? toDealJson(v as DealDetail) : value;
}

// ---- Operations ---------------------------------------------------------------------------

export const ReferralListQuery = z.strictObject({
  direction: z
    .enum(DEAL_DIRECTIONS)
    .optional()
    .meta({ description: "INBOUND (received) or OUTBOUND (created by the actor's organisation)." }),
  favorite: BooleanQuerySchema.optional().meta({ description: "`true`: only the actor's favourites." }),
  closed: BooleanQuerySchema.optional().meta({ description: "`true`: only closed deals; `false`: only open ones." }),
  status: listQuery(DEAL_STATUSES).meta({ description: "One or more (effective) statuses." }),
  dealType: listQuery(DEAL_TYPES).meta({ description: "One or more deal types." }),
  location: z.string().optional().meta({ description: "A location code, e.g. US." }),
  q: QSchema.meta({ description: "Free text on the deal name, customer, CRM id and reference (D-123)." }),
  sort: z
    .enum(DEAL_KEYSET_SORTS.flatMap((f) => [f, `-${f}`]) as [string, ...string[]])
    .optional()
    .meta({ description: "Default `-updatedAt`." }),
  ...pageQueryShape,
});

export const listReferrals = defineOperation({
  operationId: "listReferrals",
  method: "GET",
  path: "/referrals",
  summary: "List co-sell deals",
  description: "The deals the actor sees (same visibility as the web pages), newest change first by default.",
  tags: TAGS,
  query: ReferralListQuery,
  responses: { 200: { description: "A page of deals.", schema: pageSchema(DealListItemSchema).meta({ id: "DealPage" }) } },
});

export const createReferral = defineOperation({
  operationId: "createReferral",
  method: "POST",
  path: "/referrals",
  summary: "Create a co-sell deal",
  description:
    "The wizard's fields in one body. `dealType` must agree with `helpFromProvider` and `visibleToProvider` (PRIVATE, PARTNER_LED, CO_SELL), or be P2P with `partnerInvitations`, or SOLUTION_ASSESSMENT with one ASSESSMENT solution and `assessmentLocation`. A provider seller (or a partner sending to another partner outside a P2P deal) adds `recipientOrganizationId`. Accepts `Idempotency-Key`.",
  tags: TAGS,
  body: CreateReferralSchema,
  bodyValidatedBy: "service",
  idempotent: true,
  responses: { 201: { description: "The new deal.", schema: DealSchema } },
  problems: [403],
});

export const getReferral = defineOperation({
  operationId: "getReferral",
  method: "GET",
  path: "/referrals/{id}",
  summary: "One co-sell deal",
  tags: TAGS,
  params: IdParams,
  responses: { 200: { description: "The deal, with what the actor may do now.", schema: DealSchema } },
  problems: [404],
});

export const updateReferral = defineOperation({
  operationId: "updateReferral",
  method: "PATCH",
  path: "/referrals/{id}",
  summary: "Edit a co-sell deal",
  description: "Partial fields plus `version`. Location, customer, program, deal type and status never change here.",
  tags: TAGS,
  params: IdParams,
  body: UpdateDealSchema,
  bodyValidatedBy: "service",
  responses: { 200: { description: "The updated deal.", schema: DealSchema } },
  problems: [403, 404, 409],
});

const action = (
  operationId: string,
  segment: string,
  summary: string,
  body: z.ZodType | undefined,
  extra: { description?: string; bodyRequired?: boolean; idempotent?: boolean } = {},
) =>
  defineOperation({
    operationId,
    method: "POST",
    path: `/referrals/{id}/${segment}`,
    summary,
    ...(extra.description ? { description: extra.description } : {}),
    tags: TAGS,
    params: IdParams,
    ...(extra.idempotent ? { idempotent: true } : {}),
    ...(body ? { body, bodyValidatedBy: "service" as const, bodyRequired: extra.bodyRequired ?? true } : {}),
    responses: { 200: { description: "The deal after the change.", schema: DealSchema } },
    problems: [403, 404, 409],
  });

export const acceptReferral = action("acceptReferral", "accept", "Accept a received deal", AcceptDealSchema, {
  description: "`name`, `estimatedValue`, `estimatedCloseDate`, `notes`; optional `crmId`, `campaignId`, `team`.",
});
export const declineReferral = action("declineReferral", "decline", "Decline a received deal", DeclineDealSchema, {
  description: "`reason`; `notes` required with OTHER.",
});
export const markReferralStage = action("markReferralStage", "stage", "Mark a stage", MarkStageSchema, {
  description: "A later sales stage, or an assessment's next stage (strictly in order).",
});
export const markReferralWon = action("markReferralWon", "won", "Mark won", MarkWonSchema, {
  bodyRequired: false,
  description: "An assessment only after all four stages.",
});
export const markReferralLost = action("markReferralLost", "lost", "Mark lost", MarkLostSchema);
export const closeReferralAsError = action("closeReferralAsError", "close-as-error", "Close as error", CloseAsErrorSchema);
export const inviteToReferral = action("inviteToReferral", "invitations", "Invite the provider and/or partners", InviteToDealSchema, {
  description:
    "`{ provider: true }` asks the provider for co-sell help (14 days to answer); `partners` invites partners (each receives an inbound deal). Accepts `Idempotency-Key`.",
  idempotent: true,
});
export const referralProviderDecision = action(
  "referralProviderDecision",
  "provider-decision",
  "Answer a co-sell request (provider sellers)",
  ProviderDecisionSchema,
  {
    description: "JOIN or DECLINE within 14 days of the request.",
  },
);
export const registerReferral = action("registerReferral", "registration", "Register a won deal", undefined, {
  description: "Registers a won, eligible deal (SUBMITTED), or resubmits one sent back with ACTION_REQUIRED. Accepts `Idempotency-Key`.",
  idempotent: true,
});

const FavoriteSchema = z.object({ favorite: z.boolean() }).meta({ id: "Favorite" });

export const favoriteReferral = defineOperation({
  operationId: "favoriteReferral",
  method: "PUT",
  path: "/referrals/{id}/favorite",
  summary: "Add to my favourites",
  description: "Idempotent.",
  tags: TAGS,
  params: IdParams,
  responses: { 200: { description: "It is a favourite.", schema: FavoriteSchema } },
  problems: [404],
});

export const unfavoriteReferral = defineOperation({
  operationId: "unfavoriteReferral",
  method: "DELETE",
  path: "/referrals/{id}/favorite",
  summary: "Remove from my favourites",
  description: "Idempotent.",
  tags: TAGS,
  params: IdParams,
  responses: { 200: { description: "It is not a favourite.", schema: FavoriteSchema } },
  problems: [404],
});

export const EligibilitySchema = z
  .object({
    eligible: z.boolean(),
    reasons: z.array(z.string()).meta({ description: "Why not, one sentence per broken rule." }),
    rules: z
      .array(z.object({ rule: z.string(), passed: z.boolean(), reason: z.string() }))
      .meta({ description: "Each of the registration rules, passed or not." }),
  })
  .meta({ id: "RegistrationEligibility" });

export const toEligibilityJson = (e: EligibilityView) => e;

export const referralEligibility = defineOperation({
  operationId: "referralRegistrationEligibility",
  method: "GET",
  path: "/referrals/{id}/registration-eligibility",
  summary: "Can the deal be registered?",
  tags: TAGS,
  params: IdParams,
  responses: { 200: { description: "Eligibility and the reasons it fails.", schema: EligibilitySchema } },
  problems: [404],
});

export const referralOperations = [
  listReferrals,
  createReferral,
  getReferral,
  updateReferral,
  acceptReferral,
  declineReferral,
  markReferralStage,
  markReferralWon,
  markReferralLost,
  closeReferralAsError,
  favoriteReferral,
  unfavoriteReferral,
  inviteToReferral,
  referralProviderDecision,
  referralEligibility,
  registerReferral,
] as const;
