/**
 * Provider referrals to partners (api.md "Provider referrals to partners", domain.md §3):
 * `/opportunity-invitations`. A provider seller sends; the partner sees only the
 * pre-acceptance fields of a pending referral (the service picks them), accepts (one or
 * many) or rejects.
 */
import { z } from "zod";
import { OpportunityFieldsSchema, PROVIDER_TEAM_ROLES } from "@/lib/domain/opportunity";
import {
  BulkAcceptInvitationsSchema,
  INVITATION_REJECT_REASONS,
  INVITATION_STATUSES,
  RejectInvitationSchema,
} from "@/lib/domain/provider-referral";
import { PARTNER_ONLY_FIELDS, ReferralEnvelopeSchema } from "@/lib/data/provider-referrals";
import { defineOperation } from "../operation";
import { pageQueryShape, pageSchema } from "../pagination";
import { IdSchema, PersonRefSchema, QSchema, TimestampSchema } from "./common";

const TAGS = ["Provider referrals"] as const;
const IdParams = z.strictObject({ id: IdSchema });

// ---- Resources ----------------------------------------------------------------------------

const ProviderContactSchema = z.object({
  role: z.enum(PROVIDER_TEAM_ROLES).optional(),
  name: z.string().optional(),
  email: z.string().optional(),
});

/** Exactly the pre-acceptance fields (domain.md §3); every other opportunity field is absent. */
export const PreAcceptanceSchema = z
  .strictObject({
    customer: z.strictObject({
      companyName: z.string().nullable().optional(),
      websiteUrl: z.string().nullable().optional(),
      countryCode: z.string().nullable().optional(),
      postalCode: z.string().nullable().optional(),
      industry: z.string().nullable().optional(),
    }),
    opportunityType: z.string().nullable(),
    createdAt: TimestampSchema.meta({ description: "When the referral was sent." }),
    nextStep: z.string().nullable(),
    nextSteps: z.array(z.strictObject({ text: z.string().nullable().optional() })),
    leadSource: z.string().nullable(),
    origin: z.literal("PROVIDER_REFERRAL").meta({ description: "Ownership: the provider originated the deal." }),
    project: z.strictObject({
      customerUseCase: z.string().nullable().optional(),
      title: z.string().nullable().optional(),
      customerBusinessProblem: z.string().nullable().optional(),
      deliveryModels: z.array(z.string()).nullable().optional(),
      expectedMonthlyRevenue: z
        .strictObject({ amount: z.string().nullable().optional(), currency: z.string().nullable().optional() })
        .nullable()
        .optional(),
      targetCloseDate: z.string().nullable().optional(),
    }),
    providerTeam: z.array(ProviderContactSchema),
  })
  .partial()
  .meta({ id: "PreAcceptanceOpportunity", description: "Only the fields a partner may see before accepting (domain.md §3)." });

export const PendingInvitationSchema = z
  .object({
    audience: z.literal("PARTNER"),
    id: IdSchema,
    reference: z.string().meta({ description: 'e.g. "PR-12".' }),
    status: z.literal("PENDING"),
    sentAt: TimestampSchema,
    expiresAt: TimestampSchema,
    recipient: PersonRefSchema.nullable(),
    opportunity: PreAcceptanceSchema,
  })
  .meta({ id: "PendingInvitation", description: "A pending referral as the partner sees it." });

const SentFields = {
  audience: z.literal("PROVIDER"),
  id: IdSchema,
  reference: z.string(),
  status: z.enum(INVITATION_STATUSES).meta({ description: "Effective: an overdue PENDING is EXPIRED." }),
  partner: z.object({ id: IdSchema, name: z.string() }),
  recipient: PersonRefSchema.nullable(),
  customerName: z.string(),
  title: z.string(),
  sentAt: TimestampSchema,
  expiresAt: TimestampSchema,
  answeredAt: TimestampSchema.nullable(),
  answeredBy: PersonRefSchema.nullable(),
  rejectReason: z.enum(INVITATION_REJECT_REASONS).nullable(),
  rejectComment: z.string().nullable(),
  opportunityId: IdSchema.nullable().meta({ description: "The partner's opportunity, once accepted." }),
  version: z.number().int(),
};

export const SentInvitationSchema = z
  .object(SentFields)
  .meta({ id: "SentInvitation", description: "A referral as its sender sees it in a list." });

export const SentInvitationDetailSchema = z
  .object({
    ...SentFields,
    opportunity: z.record(z.string(), z.unknown()).meta({ description: "The opportunity fields as sent (api.md opportunity JSON)." }),
    nextStep: z.string().nullable(),
    leadSource: z.string().nullable(),
    providerTeam: z.array(z.object({ role: z.enum(PROVIDER_TEAM_ROLES), name: z.string(), email: z.string() })),
  })
  .meta({ id: "SentInvitationDetail", description: "A referral as its sender sees it: every field." });

export const InvitationItemSchema = z
  .discriminatedUnion("audience", [PendingInvitationSchema, SentInvitationSchema])
  .meta({ id: "InvitationItem" });
export const InvitationSchema = z
  .discriminatedUnion("audience", [PendingInvitationSchema, SentInvitationDetailSchema])
  .meta({ id: "Invitation" });

const SentSummarySchema = z
  .object({ id: IdSchema, reference: z.string(), status: z.literal("PENDING"), sentAt: TimestampSchema, expiresAt: TimestampSchema })
  .meta({ id: "InvitationSent" });

// ---- Operations ---------------------------------------------------------------------------

const partnerOnly = Object.fromEntries(PARTNER_ONLY_FIELDS.map((k) => [k, true])) as { [K in (typeof PARTNER_ONLY_FIELDS)[number]]: true };
/** Documents the body; the service validates it (envelope + a complete opportunity in the partner's context). */
export const SendInvitationBody = OpportunityFieldsSchema.omit(partnerOnly).extend(ReferralEnvelopeSchema.shape);

export const sendInvitation = defineOperation({
  operationId: "sendOpportunityInvitation",
  method: "POST",
  path: "/opportunity-invitations",
  summary: "Refer a deal to a partner (provider sellers)",
  description:
    "`partnerOrganizationId`, optional `recipientUserId` (an active ACE user of that partner; without one the partner's alliance leads answer), the provider's `nextStep`, `leadSource` and `providerTeam`, and the opportunity fields, which must make a complete submission. The partner has 5 business days (its time zone) to accept. Accepts `Idempotency-Key`.",
  tags: TAGS,
  body: SendInvitationBody,
  bodyValidatedBy: "service",
  idempotent: true,
  responses: { 201: { description: "Sent.", schema: SentSummarySchema } },
  problems: [403],
});

export const InvitationListQuery = z.strictObject({
  status: z
    .enum(INVITATION_STATUSES)
    .optional()
    .meta({ description: "Provider sellers: one status (effective). Partners only ever see PENDING." }),
  q: QSchema.meta({ description: "Free text on customer name and title (sellers: also the partner's name)." }),
  ...pageQueryShape,
});

export const listInvitations = defineOperation({
  operationId: "listOpportunityInvitations",
  method: "GET",
  path: "/opportunity-invitations",
  summary: "Provider referrals",
  description:
    "Partners: the pending referrals addressed to the actor (pre-acceptance fields only; answered and overdue ones are gone). Provider sellers: the referrals they sent, with their live status. Newest first.",
  tags: TAGS,
  query: InvitationListQuery,
  responses: { 200: { description: "A page of referrals.", schema: pageSchema(InvitationItemSchema).meta({ id: "InvitationPage" }) } },
});

export const getInvitation = defineOperation({
  operationId: "getOpportunityInvitation",
  method: "GET",
  path: "/opportunity-invitations/{id}",
  summary: "One provider referral",
  description: "Partners: a pending referral addressed to them, pre-acceptance fields only. Sellers: a referral they sent, every field.",
  tags: TAGS,
  params: IdParams,
  responses: { 200: { description: "The referral.", schema: InvitationSchema } },
  problems: [404],
});

export const acceptInvitation = defineOperation({
  operationId: "acceptOpportunityInvitation",
  method: "POST",
  path: "/opportunity-invitations/{id}/accept",
  summary: "Accept a referral (partner)",
  description:
    "Creates an APPROVED opportunity of the partner owned by the actor. Only the alliance lead or the named recipient; not after it expired or was answered (409).",
  tags: TAGS,
  params: IdParams,
  idempotent: true,
  responses: {
    200: { description: "The new opportunity's id.", schema: z.object({ opportunityId: IdSchema }).meta({ id: "InvitationAccepted" }) },
  },
  problems: [404, 409],
});

export const acceptInvitations = defineOperation({
  operationId: "acceptOpportunityInvitations",
  method: "POST",
  path: "/opportunity-invitations/accept",
  summary: "Accept several referrals (partner)",
  description:
    "Each referral is accepted on its own: one that cannot be (answered, expired, not found) is listed in `refused` and does not stop the others.",
  tags: TAGS,
  body: BulkAcceptInvitationsSchema,
  idempotent: true,
  responses: {
    200: {
      description: "What was accepted and what was refused, and why.",
      schema: z
        .object({
          accepted: z.array(z.object({ id: IdSchema, opportunityId: IdSchema })),
          refused: z.array(z.object({ id: z.string(), code: z.enum(["not-found", "conflict"]), message: z.string() })),
        })
        .meta({ id: "InvitationsAccepted" }),
    },
  },
});

export const rejectInvitation = defineOperation({
  operationId: "rejectOpportunityInvitation",
  method: "POST",
  path: "/opportunity-invitations/{id}/reject",
  summary: "Reject a referral (partner)",
  description: "`reason`; `comment` (at most 255 characters) is required with OTHER.",
  tags: TAGS,
  params: IdParams,
  body: RejectInvitationSchema,
  bodyValidatedBy: "service",
  responses: {
    200: { description: "Rejected.", schema: z.object({ id: IdSchema, status: z.literal("REJECTED") }).meta({ id: "InvitationRejected" }) },
  },
  problems: [404, 409],
});

export const providerReferralOperations = [
  sendInvitation,
  listInvitations,
  getInvitation,
  acceptInvitation,
  acceptInvitations,
  rejectInvitation,
] as const;
