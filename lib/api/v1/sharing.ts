/**
 * Sharing an ACE opportunity with other partners (domain.md §2.9) and collaboration channels
 * (§2.8) — api.md "ACE opportunities": `POST /opportunities/{id}/shares`,
 * `/share-invitations*`, `POST /opportunities/{id}/collaboration-channel[/created]`.
 * Request bodies are the domain's own schemas (lib/domain/opportunity/sharing.ts, channel.ts),
 * which the services validate with too; the resources map the services' views field by field.
 */
import { z } from "zod";
import {
  CHANNEL_STATUSES,
  ChannelCreatedSchema,
  ChannelRequestSchema,
  INVITEE_STATUSES,
  SHAREABLE_FIELD_GROUPS,
  SHARE_STATUSES,
  ShareInputSchema,
} from "@/lib/domain/opportunity";
import type { ChannelView, CollaboratorView, ReceivedShareInvitation } from "@/lib/data/opportunities";
import { defineOperation } from "../operation";
import { pageQueryShape, pageSchema } from "../pagination";
import { IdSchema, PersonRefSchema, TimestampSchema } from "./common";

const TAGS = ["Sharing and collaboration channels"] as const;
const IdParams = z.strictObject({ id: IdSchema });
const VersionSchema = z.number({ error: "Enter the version as a positive integer" }).int().positive().meta({ description: "The `version` you read; a stale one answers 409 with `current`." });
const OrgRefSchema = z.object({ id: IdSchema, name: z.string() });
const FieldGroupsSchema = z.array(z.enum(SHAREABLE_FIELD_GROUPS)).meta({ description: "The shared field groups." });

// ---- Resources ----------------------------------------------------------------------------

/** An invitation received by the actor's organisation (no opportunity fields before acceptance). */
export const ShareInvitationSchema = z
  .object({
    id: IdSchema,
    status: z.enum(SHARE_STATUSES),
    opportunityId: IdSchema,
    reference: z.string().meta({ description: 'The opportunity\'s reference, e.g. "O-1042".' }),
    invitingOrganization: OrgRefSchema,
    invitedBy: PersonRefSchema,
    message: z.string(),
    fields: FieldGroupsSchema,
    invitedAt: TimestampSchema,
    answeredAt: TimestampSchema.nullable(),
    answeredBy: PersonRefSchema.nullable(),
    version: z.number().int().meta({ description: "Send it with accept / reject to refuse (409) a changed invitation." }),
    can: z.object({ accept: z.boolean(), reject: z.boolean() }).meta({ description: "What the actor may do now." }),
  })
  .meta({ id: "ShareInvitation" });

/** One invited organisation of an opportunity, as its sender sees it. */
export const CollaboratorSchema = z
  .object({
    invitationId: IdSchema,
    organization: OrgRefSchema,
    status: z.enum(SHARE_STATUSES),
    fields: FieldGroupsSchema,
    message: z.string(),
    invitedBy: PersonRefSchema,
    invitedAt: TimestampSchema,
    answeredAt: TimestampSchema.nullable(),
    version: z.number().int(),
    canWithdraw: z.boolean().meta({ description: "The actor may withdraw it now (`DELETE /share-invitations/{invitationId}`)." }),
  })
  .meta({ id: "Collaborator" });

export const CollaboratorsSchema = z
  .object({ collaborators: z.array(CollaboratorSchema).meta({ description: "Every invitation of the opportunity, newest first." }) })
  .meta({ id: "Collaborators" });

export const CollaborationChannelSchema = z
  .object({
    id: IdSchema,
    opportunityId: IdSchema,
    status: z.enum(CHANNEL_STATUSES),
    requestedBy: PersonRefSchema,
    requestedAt: TimestampSchema,
    name: z.string().nullable(),
    url: z.string().nullable(),
    createdBy: PersonRefSchema.nullable(),
    createdAt: TimestampSchema.nullable(),
    archivedAt: TimestampSchema.nullable(),
    version: z.number().int().meta({ description: "Send it with `created` to refuse (409) a changed channel." }),
    invitees: z.array(
      z.object({
        id: IdSchema,
        user: z.object({ id: IdSchema, name: z.string(), email: z.string() }),
        status: z.enum(INVITEE_STATUSES),
        joinedAt: TimestampSchema.nullable(),
        leftAt: TimestampSchema.nullable(),
      }),
    ),
  })
  .meta({ id: "CollaborationChannel" });

export function toShareInvitationJson(r: ReceivedShareInvitation): z.output<typeof ShareInvitationSchema> {
  return {
    id: r.id,
    status: r.status,
    opportunityId: r.opportunityId,
    reference: r.reference,
    invitingOrganization: r.invitingOrganization,
    invitedBy: r.invitedBy,
    message: r.message,
    fields: r.fields,
    invitedAt: r.invitedAt,
    answeredAt: r.answeredAt,
    answeredBy: r.answeredBy,
    version: r.version,
    can: r.can,
  };
}

export function toCollaboratorsJson(rows: CollaboratorView[]): z.output<typeof CollaboratorsSchema> {
  return {
    collaborators: rows.map((c) => ({
      invitationId: c.invitationId,
      organization: c.organization,
      status: c.status,
      fields: c.fields,
      message: c.message,
      invitedBy: c.invitedBy,
      invitedAt: c.invitedAt,
      answeredAt: c.answeredAt,
      version: c.version,
      canWithdraw: c.canWithdraw,
    })),
  };
}

export function toChannelJson(c: ChannelView): z.output<typeof CollaborationChannelSchema> {
  return {
    id: c.id,
    opportunityId: c.opportunityId,
    status: c.status,
    requestedBy: c.requestedBy,
    requestedAt: c.requestedAt,
    name: c.name,
    url: c.url,
    createdBy: c.createdBy,
    createdAt: c.createdAt,
    archivedAt: c.archivedAt,
    version: c.version,
    invitees: c.invitees.map((i) => ({ id: i.id, user: i.user, status: i.status, joinedAt: i.joinedAt, leftAt: i.leftAt })),
  };
}

/** A StaleVersionError's `current` in the API's shape: the fresh invitation, collaborators or channel. */
export function sharingCurrent(value: unknown): unknown {
  if (Array.isArray(value)) return toCollaboratorsJson(value as CollaboratorView[]);
  if (value && typeof value === "object" && "invitingOrganization" in value) return toShareInvitationJson(value as ReceivedShareInvitation);
  if (value && typeof value === "object" && "invitees" in value) return toChannelJson(value as ChannelView);
  return value;
}

// ---- Operations ---------------------------------------------------------------------------

export const shareOpportunity = defineOperation({
  operationId: "shareOpportunity",
  method: "POST",
  path: "/opportunities/{id}/shares",
  summary: "Share with partner organisations",
  description:
    "Who can edit the opportunity invites up to 9 partner organisations with an ACTIVE connection at once, at most 9 pending + accepted on one opportunity. An unconnected or unknown partner is a 400 at `partnerOrganizationIds.<i>`; a partner that already has a pending or accepted invitation (409 at `partnerOrganizationIds.<i>`) or a 10th partner (409 at `partnerOrganizationIds`) conflict with the opportunity's current invitations. Accepts `Idempotency-Key`.",
  tags: TAGS,
  params: IdParams,
  body: ShareInputSchema,
  idempotent: true,
  responses: { 201: { description: "The opportunity's invitations, the new ones included.", schema: CollaboratorsSchema } },
  problems: [403, 404, 409],
});

export const listOpportunityShares = defineOperation({
  operationId: "listOpportunityShares",
  method: "GET",
  path: "/opportunities/{id}/shares",
  summary: "Invitations of my opportunity (sender)",
  description: "Every share invitation of an opportunity the actor sees in full, newest first, with `canWithdraw`. At most 9 are open, so the list is not paginated.",
  tags: TAGS,
  params: IdParams,
  responses: { 200: { description: "The opportunity's invitations.", schema: CollaboratorsSchema } },
  problems: [404],
});

export const ShareInvitationsQuery = z.strictObject({
  status: z.enum(SHARE_STATUSES).optional(),
  ...pageQueryShape,
});

export const listShareInvitations = defineOperation({
  operationId: "listShareInvitations",
  method: "GET",
  path: "/share-invitations",
  summary: "Share invitations received by my organisation",
  description: "Invitations to collaborate on other organisations' opportunities, newest first. Every ACE user of the invited organisation sees them; alliance leads and ACE managers answer them.",
  tags: TAGS,
  query: ShareInvitationsQuery,
  responses: { 200: { description: "A page of invitations.", schema: pageSchema(ShareInvitationSchema).meta({ id: "ShareInvitationPage" }) } },
});

const AnswerBody = z.strictObject({ version: VersionSchema.optional() });

export const acceptShareInvitation = defineOperation({
  operationId: "acceptShareInvitation",
  method: "POST",
  path: "/share-invitations/{id}/accept",
  summary: "Accept a share invitation",
  description: "Alliance leads and ACE managers of the invited organisation; pending invitations only. The shared fields are then readable in the web UI.",
  tags: TAGS,
  params: IdParams,
  body: AnswerBody,
  bodyRequired: false,
  responses: { 200: { description: "The accepted invitation.", schema: ShareInvitationSchema } },
  problems: [403, 404, 409],
});

export const rejectShareInvitation = defineOperation({
  operationId: "rejectShareInvitation",
  method: "POST",
  path: "/share-invitations/{id}/reject",
  summary: "Reject a share invitation",
  description: "Alliance leads and ACE managers of the invited organisation; pending invitations only.",
  tags: TAGS,
  params: IdParams,
  body: AnswerBody,
  bodyRequired: false,
  responses: { 200: { description: "The rejected invitation.", schema: ShareInvitationSchema } },
  problems: [403, 404, 409],
});

export const withdrawShareInvitation = defineOperation({
  operationId: "withdrawShareInvitation",
  method: "DELETE",
  path: "/share-invitations/{id}",
  summary: "Withdraw a share invitation (sender)",
  description: "Who can edit the shared opportunity withdraws a pending invitation (the `invitationId` of a collaborator). It stays listed as WITHDRAWN.",
  tags: TAGS,
  params: IdParams,
  query: z.strictObject({
    version: z.coerce.number({ error: "Enter the version as a positive integer" }).int().min(1).optional().meta({ description: "Optional: refuse (409) if the invitation changed since." }),
  }),
  responses: { 200: { description: "The opportunity's invitations after the withdrawal.", schema: CollaboratorsSchema } },
  problems: [403, 404, 409],
});

export const requestCollaborationChannel = defineOperation({
  operationId: "requestCollaborationChannel",
  method: "POST",
  path: "/opportunities/{id}/collaboration-channel",
  summary: "Request a collaboration channel",
  description:
    "Who can edit the opportunity, once it is APPROVED at QUALIFIED or later and not closed (else 409), one open channel per opportunity (409). Invitees are active ACE users of the actor's organisation who did not opt out; each refused one is a 400 at `inviteeIds.<i>`. The provider account manager is notified. Accepts `Idempotency-Key`.",
  tags: TAGS,
  params: IdParams,
  body: ChannelRequestSchema,
  idempotent: true,
  responses: { 201: { description: "The requested channel.", schema: CollaborationChannelSchema } },
  problems: [403, 404, 409],
});

export const recordCollaborationChannelCreated = defineOperation({
  operationId: "recordCollaborationChannelCreated",
  method: "POST",
  path: "/opportunities/{id}/collaboration-channel/created",
  summary: "Record the created channel (provider)",
  description: "The opportunity's provider account manager (or a provider admin) records the created channel's name and link; every invitee is notified. From REQUESTED only (else 409).",
  tags: TAGS,
  params: IdParams,
  body: ChannelCreatedSchema,
  responses: { 200: { description: "The created channel.", schema: CollaborationChannelSchema } },
  problems: [403, 404, 409],
});

export const sharingOperations = [
  listOpportunityShares,
  shareOpportunity,
  listShareInvitations,
  acceptShareInvitation,
  rejectShareInvitation,
  withdrawShareInvitation,
  requestCollaborationChannel,
  recordCollaborationChannelCreated,
] as const;
