/**
 * ACE opportunity operations (api.md "ACE opportunities"): definitions, request schemas
 * (the domain's own, which the services validate with) and the mapping of service results
 * to the API's JSON (money `{ amount: "12500.00", currency }`, dates `YYYY-MM-DD`).
 */
import { z } from "zod";
import {
  NextStepSchema,
  OpportunityFieldsSchema,
  ORIGINS,
  PROVIDER_TEAM_ROLES,
  ProviderFieldsSchema,
  REVIEW_STATUSES,
  ReviewDecisionSchema,
  SALES_STAGES,
  SHAREABLE_FIELD_GROUPS,
  SHARE_STATUSES,
  StageChangeSchema,
  toOpportunityInput,
  type OpportunityData,
} from "@/lib/domain/opportunity";
import { toMoneyInput, type CurrencyCode } from "@/lib/domain/money";
import type { HistoryItem, OpportunityDetail, OpportunityListItem, SharedOpportunityView } from "@/lib/data/opportunities";
import { defineOperation } from "../operation";
import { pageQueryShape, pageSchema } from "../pagination";
import { BooleanQuerySchema, DateOnlySchema, IdSchema, MoneySchema, PersonRefSchema, QSchema, TimestampSchema, listQuery } from "./common";

const TAGS = ["ACE opportunities"] as const;
const IdParams = z.strictObject({ id: IdSchema });
const VersionSchema = z.number().int().min(1).meta({ description: "The `version` you read; a stale one answers 409 with `current`." });

// ---- Resources ----------------------------------------------------------------------------

const ReviewCommentSchema = z.object({ id: IdSchema, decision: z.string(), comment: z.string(), author: PersonRefSchema, at: TimestampSchema });
const NextStepViewSchema = z.object({ id: IdSchema, text: z.string(), author: PersonRefSchema, at: TimestampSchema });

/** The opportunity resource: its fields (the request body's schema) plus status and bookkeeping. */
export const OpportunitySchema = OpportunityFieldsSchema.omit({ ownerId: true })
  .extend({
    id: IdSchema,
    reference: z.string().meta({ description: 'Human reference, e.g. "O-1042".' }),
    organization: z.object({ id: IdSchema, name: z.string() }),
    status: z.enum(REVIEW_STATUSES),
    stage: z.enum(SALES_STAGES),
    origin: z.enum(ORIGINS),
    version: z.number().int(),
    parentOpportunityId: IdSchema.nullable(),
    owner: z.object({ id: IdSchema, name: z.string(), email: z.string() }),
    createdBy: PersonRefSchema,
    closeDate: DateOnlySchema.nullable(),
    closedLostReason: z.string().nullable(),
    latestNextStep: z.string().nullable(),
    submittedAt: TimestampSchema.nullable(),
    reviewComments: z.array(ReviewCommentSchema).meta({ description: "Newest first." }),
    nextSteps: z.array(NextStepViewSchema).meta({ description: "Newest first." }),
    providerFields: z.object({
      providerStage: z.string().nullable(),
      providerCloseDate: DateOnlySchema.nullable(),
      providerClosedLostReason: z.string().nullable(),
      version: z.number().int().meta({ description: "Send it with `PATCH /opportunities/{id}/provider-fields`." }),
    }),
    providerTeam: z.array(z.object({ id: IdSchema, role: z.enum(PROVIDER_TEAM_ROLES), name: z.string(), email: z.string() })),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: "Opportunity" });

const OrgRefSchema = z.object({ id: IdSchema, name: z.string() });

/**
 * What an organisation that accepted a share invitation (domain.md §2.9) reads: the
 * reference, the sharing organisation, the message, the collaborators and only the fields
 * of the shared groups (`fields`); a group that is not shared is absent (or null).
 */
export const SharedOpportunitySchema = OpportunityFieldsSchema.pick({ customer: true, project: true, opportunityType: true, partnerSalesContact: true, marketing: true })
  .extend({
    access: z.literal("SHARED").meta({ description: "Read through an accepted share invitation: only the shared field groups, read-only." }),
    id: IdSchema,
    reference: z.string().meta({ description: 'Human reference, e.g. "O-1042".' }),
    organization: OrgRefSchema.meta({ description: "The organisation that shares the opportunity." }),
    invitationId: IdSchema,
    message: z.string(),
    fields: z.array(z.enum(SHAREABLE_FIELD_GROUPS)).meta({ description: "The shared field groups." }),
    acceptedAt: TimestampSchema.nullable(),
    status: z.enum(REVIEW_STATUSES).nullable().meta({ description: "STAGE group; null when not shared." }),
    stage: z.enum(SALES_STAGES).nullable().meta({ description: "STAGE group; null when not shared." }),
    latestNextStep: z.string().nullable().meta({ description: "NEXT_STEP group; null when not shared." }),
    collaborators: z.array(z.object({ organization: OrgRefSchema, role: z.enum(["OWNER", "PARTNER"]), status: z.enum(SHARE_STATUSES).nullable() })),
  })
  .meta({ id: "SharedOpportunity" });

export const OpportunityListItemSchema = z
  .object({
    id: IdSchema,
    reference: z.string(),
    organization: z.object({ id: IdSchema, name: z.string() }),
    customerName: z.string(),
    title: z.string(),
    status: z.enum(REVIEW_STATUSES),
    stage: z.enum(SALES_STAGES),
    origin: z.enum(ORIGINS),
    owner: PersonRefSchema,
    targetCloseDate: DateOnlySchema.nullable(),
    expectedMonthlyRevenue: MoneySchema.nullable(),
    latestNextStep: z.string().nullable(),
    submittedAt: TimestampSchema.nullable(),
    updatedAt: TimestampSchema,
  })
  .meta({ id: "OpportunityListItem" });

const money = (m: { amountMinor: number; currency: string } | null) => (m ? toMoneyInput({ amountMinor: m.amountMinor, currency: m.currency as CurrencyCode }) : null);

export function toOpportunityJson(d: OpportunityDetail) {
  const { ownerId: _owner, stage: _stage, parentOpportunityId: _parent, ...fields } = toOpportunityInput(d.data) as Record<string, unknown>;
  return {
    id: d.id,
    reference: d.reference,
    organization: d.organization,
    status: d.status,
    stage: d.stage,
    origin: d.origin,
    version: d.version,
    ...fields,
    parentOpportunityId: d.parentOpportunityId,
    owner: d.owner,
    createdBy: d.createdBy,
    closeDate: d.closeDate,
    closedLostReason: d.closedLostReason,
    latestNextStep: d.latestNextStep,
    submittedAt: d.submittedAt,
    reviewComments: d.reviewComments,
    nextSteps: d.nextSteps,
    providerFields: d.providerFields,
    providerTeam: d.providerTeam,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export function toSharedOpportunityJson(v: SharedOpportunityView) {
  const { stage: _stage, ...fields } = toOpportunityInput(v.data as OpportunityData) as Record<string, unknown>;
  return {
    access: "SHARED" as const,
    id: v.id,
    reference: v.reference,
    organization: v.invitingOrganization,
    invitationId: v.invitationId,
    message: v.message,
    fields: v.fields,
    acceptedAt: v.acceptedAt,
    status: v.status,
    stage: v.stage,
    latestNextStep: v.latestNextStep,
    ...fields,
    collaborators: v.collaborators,
  };
}

export function toOpportunityListItemJson(r: OpportunityListItem) {
  return {
    id: r.id,
    reference: r.reference,
    organization: r.organization,
    customerName: r.customerName,
    title: r.title,
    status: r.status,
    stage: r.stage,
    origin: r.origin,
    owner: r.owner,
    targetCloseDate: r.targetCloseDate,
    expectedMonthlyRevenue: money(r.expectedMonthlyRevenue),
    latestNextStep: r.latestNextStep,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
  };
}

/** A StaleVersionError's `current` (the fresh detail) in the API's shape. */
export function opportunityCurrent(value: unknown): unknown {
  const v = value as Partial<OpportunityDetail> | null;
  return v && typeof v === "object" && "data" in v && "reference" in v ? toOpportunityJson(v as OpportunityDetail) : value;
}

export const HistoryItemSchema = z
  .object({
    id: IdSchema,
    at: TimestampSchema,
    actor: PersonRefSchema.nullable(),
    action: z.string(),
    changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  })
  .meta({ id: "HistoryItem" });
export const toHistoryJson = (h: HistoryItem) => ({ id: h.id, at: h.at, actor: h.actor, action: h.action, changes: h.changes });

// ---- Operations ---------------------------------------------------------------------------

export const OPPORTUNITY_API_SORTS = ["updatedAt", "customerName", "title", "number"] as const;

export const OpportunityListQuery = z.strictObject({
  status: listQuery(REVIEW_STATUSES).meta({ description: "One or more review statuses (repeat or comma-separate)." }),
  stage: listQuery(SALES_STAGES).meta({ description: "One or more sales stages." }),
  ownerId: IdSchema.optional(),
  origin: z.enum(ORIGINS).optional(),
  q: QSchema.meta({ description: "Free text on customer name, title and reference (O-123)." }),
  actionRequired: BooleanQuerySchema.optional().meta({ description: "`true`: only ACTION_REQUIRED." }),
  updatedSince: z.iso
    .datetime({ offset: true, error: "Enter an ISO 8601 timestamp, e.g. 2026-11-23T09:30:00.000Z" })
    .optional()
    .meta({ description: "Only opportunities changed at or after this instant (sync)." }),
  organizationId: IdSchema.optional().meta({ description: "Provider users: one partner organisation." }),
  sort: z
    .enum(OPPORTUNITY_API_SORTS.flatMap((f) => [f, `-${f}`]) as [string, ...string[]])
    .optional()
    .meta({ description: "Default `-updatedAt`. For a sync use `updatedAt` with `updatedSince`." }),
  ...pageQueryShape,
});

export const listOpportunities = defineOperation({
  operationId: "listOpportunities",
  method: "GET",
  path: "/opportunities",
  summary: "List opportunities",
  description: "The opportunities the actor sees (same visibility as the web pages), newest change first by default.",
  tags: TAGS,
  query: OpportunityListQuery,
  responses: { 200: { description: "A page of opportunities.", schema: pageSchema(OpportunityListItemSchema).meta({ id: "OpportunityPage" }) } },
});

export const CreateOpportunityBody = OpportunityFieldsSchema.extend({
  submit: z.boolean().meta({ description: "`true`: submit for review at once (every submission rule applies); `false`: save a draft." }),
});

export const createOpportunity = defineOperation({
  operationId: "createOpportunity",
  method: "POST",
  path: "/opportunities",
  summary: "Create (and submit) an opportunity",
  description:
    "Opportunity fields plus `submit`. Which fields are required depends on `submit` (a draft needs only a customer company name or a project title; a submission every rule of domain.md §2.1). Every broken field is listed at once in the 400 problem. Accepts `Idempotency-Key`.",
  tags: TAGS,
  body: CreateOpportunityBody,
  bodyValidatedBy: "service",
  idempotent: true,
  responses: { 201: { description: "The opportunity, `status` DRAFT or SUBMITTED.", schema: OpportunitySchema, io: "input" } },
  problems: [403],
});

export const getOpportunity = defineOperation({
  operationId: "getOpportunity",
  method: "GET",
  path: "/opportunities/{id}",
  summary: "One opportunity",
  tags: TAGS,
  description:
    "The whole opportunity (`Opportunity`) for the organisation that owns it and whoever may see it there; for an organisation that accepted a share invitation, the shared field groups only (`SharedOpportunity`, `access: \"SHARED\"`). Anyone else: 404.",
  params: IdParams,
  responses: {
    200: {
      description: "Every field the actor may see: the opportunity with status, review comments and next steps, or its shared part.",
      schema: z.xor([OpportunitySchema, SharedOpportunitySchema]),
      io: "input",
    },
  },
  problems: [404],
});

export const updateOpportunity = defineOperation({
  operationId: "updateOpportunity",
  method: "PATCH",
  path: "/opportunities/{id}",
  summary: "Edit an opportunity",
  description: "Partial fields plus `version`. A field sent as `null` is cleared. Fields locked in the current status are refused by name.",
  tags: TAGS,
  params: IdParams,
  body: OpportunityFieldsSchema.extend({ version: VersionSchema }),
  bodyValidatedBy: "service",
  responses: { 200: { description: "The updated opportunity.", schema: OpportunitySchema, io: "input" } },
  problems: [403, 404, 409],
});

export const deleteOpportunity = defineOperation({
  operationId: "deleteOpportunity",
  method: "DELETE",
  path: "/opportunities/{id}",
  summary: "Delete a draft",
  tags: TAGS,
  params: IdParams,
  query: z.strictObject({ version: z.coerce.number({ error: "Enter the version as a positive integer" }).int().min(1).optional().meta({ description: "Optional: refuse (409) if the draft changed since." }) }),
  responses: { 204: { description: "Deleted." } },
  problems: [403, 404, 409],
});

const VersionOnlyBody = z.strictObject({ version: VersionSchema.optional() });

export const submitOpportunity = defineOperation({
  operationId: "submitOpportunity",
  method: "POST",
  path: "/opportunities/{id}/submit",
  summary: "Submit for review",
  description: "From DRAFT or ACTION_REQUIRED. Every submission rule applies.",
  tags: TAGS,
  params: IdParams,
  body: VersionOnlyBody,
  bodyRequired: false,
  responses: { 200: { description: "The submitted opportunity.", schema: OpportunitySchema, io: "input" } },
  problems: [403, 404, 409],
});

export const reviewOpportunity = defineOperation({
  operationId: "reviewOpportunity",
  method: "POST",
  path: "/opportunities/{id}/review",
  summary: "Review decision (validators)",
  description: "`comment` is required for ACTION_REQUIRED and REJECT (the partner sees it).",
  tags: TAGS,
  params: IdParams,
  body: ReviewDecisionSchema,
  bodyValidatedBy: "service",
  responses: { 200: { description: "The opportunity after the decision.", schema: OpportunitySchema, io: "input" } },
  problems: [403, 404, 409],
});

export const addNextStep = defineOperation({
  operationId: "addNextStep",
  method: "POST",
  path: "/opportunities/{id}/next-steps",
  summary: "Add a next step",
  tags: TAGS,
  params: IdParams,
  body: NextStepSchema,
  bodyValidatedBy: "service",
  idempotent: true,
  responses: { 201: { description: "The opportunity with the new next step first.", schema: OpportunitySchema, io: "input" } },
  problems: [403, 404, 409],
});

export const changeStage = defineOperation({
  operationId: "changeOpportunityStage",
  method: "POST",
  path: "/opportunities/{id}/stage",
  summary: "Change the sales stage",
  description: "LAUNCHED and CLOSED_LOST need `closeDate`; LAUNCHED needs `providerAccountId` when the opportunity has none; CLOSED_LOST needs `closedLostReason`.",
  tags: TAGS,
  params: IdParams,
  body: StageChangeSchema({ today: "2000-01-01" }).extend({ version: VersionSchema.optional() }),
  bodyValidatedBy: "service",
  responses: { 200: { description: "The opportunity at its new stage.", schema: OpportunitySchema, io: "input" } },
  problems: [403, 404, 409],
});

export const updateProviderFields = defineOperation({
  operationId: "updateProviderFields",
  method: "PATCH",
  path: "/opportunities/{id}/provider-fields",
  summary: "Provider-side fields (provider sellers)",
  description: "`version` is `providerFields.version` of the opportunity.",
  tags: TAGS,
  params: IdParams,
  body: ProviderFieldsSchema.extend({ version: VersionSchema }),
  bodyValidatedBy: "service",
  responses: { 200: { description: "The opportunity.", schema: OpportunitySchema, io: "input" } },
  problems: [403, 404, 409],
});

export const cloneOpportunity = defineOperation({
  operationId: "cloneOpportunity",
  method: "POST",
  path: "/opportunities/{id}/clone",
  summary: "Clone into a new draft",
  tags: TAGS,
  params: IdParams,
  idempotent: true,
  responses: { 201: { description: "The new draft.", schema: OpportunitySchema, io: "input" } },
  problems: [403, 404],
});

const AssigneeIdSchema = IdSchema.meta({ description: "An active ACE user of the same organisation." });

export const transferOpportunity = defineOperation({
  operationId: "transferOpportunity",
  method: "POST",
  path: "/opportunities/{id}/transfer",
  summary: "Transfer to another owner",
  tags: TAGS,
  params: IdParams,
  body: z.strictObject({ assigneeId: AssigneeIdSchema, version: VersionSchema.optional() }),
  bodyValidatedBy: "service",
  responses: {
    200: { description: "The opportunity with its new owner.", schema: OpportunitySchema, io: "input" },
    204: { description: "Transferred; the actor no longer sees the opportunity (an ACE user who gave it away)." },
  },
  problems: [403, 404, 409],
});

export const transferOpportunities = defineOperation({
  operationId: "transferOpportunities",
  method: "POST",
  path: "/opportunities/transfer",
  summary: "Transfer several opportunities (all or nothing)",
  description: "Either every opportunity is transferred, or none is and the 400 problem lists the reason per opportunity at `ids.<index>`.",
  tags: TAGS,
  body: z.strictObject({ ids: z.array(IdSchema).min(1), assigneeId: AssigneeIdSchema }),
  bodyValidatedBy: "service",
  responses: { 200: { description: "The transferred ids.", schema: z.object({ transferred: z.array(IdSchema) }).meta({ id: "BulkTransferResult" }) } },
  problems: [403, 404],
});

export const opportunityHistory = defineOperation({
  operationId: "opportunityHistory",
  method: "GET",
  path: "/opportunities/{id}/history",
  summary: "Change history",
  description: "Every change, newest first: who, when, what (field, from, to).",
  tags: TAGS,
  params: IdParams,
  query: z.strictObject({ ...pageQueryShape }),
  responses: { 200: { description: "A page of history entries.", schema: pageSchema(HistoryItemSchema).meta({ id: "HistoryPage" }) } },
  problems: [404],
});

export const opportunityOperations = [
  listOpportunities,
  createOpportunity,
  getOpportunity,
  updateOpportunity,
  deleteOpportunity,
  submitOpportunity,
  reviewOpportunity,
  addNextStep,
  changeStage,
  updateProviderFields,
  cloneOpportunity,
  transferOpportunity,
  transferOpportunities,
  opportunityHistory,
] as const;
