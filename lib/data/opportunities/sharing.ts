/**
 * Sharing an ACE opportunity with other partner organisations (domain.md §2.9).
 *
 *   shareOpportunity(actor, opportunityId, { partnerOrganizationIds, message, fields, version? }) → CollaboratorView[]
 *   listShareInvitations(actor, { page?, pageSize?, status? })      → ShareInvitationList (received by my org)
 *   acceptShareInvitation(actor, invitationId, { version? }?)       → ReceivedShareInvitation
 *   rejectShareInvitation(actor, invitationId, { version? }?)       → ReceivedShareInvitation
 *   withdrawShareInvitation(actor, invitationId, { version? }?)     → CollaboratorView[] (sender side)
 *   listOpportunityCollaborators(actor, opportunityId)              → CollaboratorView[]
 *   listSharedWithMe(actor, { page?, pageSize? })                   → SharedOpportunityList
 *   getSharedOpportunity(actor, opportunityId)                      → SharedOpportunityView (read-only, shared fields only)
 *   getSharePanel(actor, opportunityId)                             → SharePanel (the detail page's card and dialog)
 *
 * The sender side needs the opportunity in `opportunityScope` and the right to edit it; the
 * invited side sees invitations addressed to its organisation (ACE roles) and, once
 * accepted, the shared fields through `sharedOpportunityScope` — never the whole record,
 * and never a write. Every write is one transaction with its history row (entity
 * OPPORTUNITY) and its notifications.
 */
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import {
  ShareInputSchema,
  editableFields,
  isOpenShare,
  maySeeSharesOf,
  pickSharedFields,
  shareLimitProblem,
  shareTransition,
  MAX_PARTNERS_PER_OPPORTUNITY,
  MAX_PARTNERS_PER_SHARE,
  OPEN_SHARE_STATUSES,
  type ReviewStatus,
  type SalesStage,
  type ShareEvent,
  type ShareStatus,
  type ShareableFieldGroup,
} from "@/lib/domain/opportunity";
import { hasPermission } from "@/lib/authz/policy";
import { shareInvitationScope, sharedOpportunityScope } from "@/lib/authz/scope";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import { notify } from "../notifications/notify";
import { activeUserIdsWithAceRole } from "../notifications/recipients";
import { parseInput } from "../validate";
import type { Money, PersonRef } from "./contract";
import { ENTITY, NOT_FOUND, canPartnerEdit, dataOf, isUniqueViolation, loadVisible, reference } from "./shared";

const INVITATION_NOT_FOUND = "Share invitation not found";
const NOT_ALLOWED_SHARE = "Only people who can edit this opportunity can share it";
const NOT_ALLOWED_ANSWER = "Only an alliance lead or ACE manager of your organisation can answer share invitations";
const ALREADY_SHARED = "This partner already has a pending or accepted invitation to this opportunity";

// ---- Types --------------------------------------------------------------------------------

export type OrgRef = { id: string; name: string };

/** One invited organisation as the collaborators list shows it. */
export type CollaboratorView = {
  invitationId: string;
  organization: OrgRef;
  status: ShareStatus;
  fields: ShareableFieldGroup[];
  message: string;
  invitedBy: PersonRef;
  invitedAt: string;
  answeredAt: string | null;
  version: number;
  /** The actor may withdraw it now (sender side, pending). */
  canWithdraw: boolean;
};

/** An invitation received by the actor's organisation (before acceptance: no opportunity fields). */
export type ReceivedShareInvitation = {
  id: string;
  status: ShareStatus;
  opportunityId: string;
  /** "O-1042" */
  reference: string;
  invitingOrganization: OrgRef;
  invitedBy: PersonRef;
  message: string;
  fields: ShareableFieldGroup[];
  invitedAt: string;
  answeredAt: string | null;
  answeredBy: PersonRef | null;
  version: number;
  can: { accept: boolean; reject: boolean };
};

export type ShareInvitationList = { rows: ReceivedShareInvitation[]; total: number; page: number; pageSize: number };

export type SharedOpportunityListItem = {
  id: string;
  reference: string;
  invitingOrganization: OrgRef;
  fields: ShareableFieldGroup[];
  /** Only when the group that holds it is shared. */
  title: string | null;
  customerName: string | null;
  stage: SalesStage | null;
  acceptedAt: string | null;
};
export type SharedOpportunityList = { rows: SharedOpportunityListItem[]; total: number; page: number; pageSize: number };

/** The read-only view an invited organisation gets: the shared fields, nothing else. */
export type SharedOpportunityView = {
  id: string;
  reference: string;
  invitingOrganization: OrgRef;
  invitationId: string;
  message: string;
  fields: ShareableFieldGroup[];
  acceptedAt: string | null;
  /** The shared part of the body (OpportunityData paths of the shared groups). */
  data: Record<string, unknown>;
  /** STAGE group. */
  status: ReviewStatus | null;
  stage: SalesStage | null;
  /** REVENUE group. */
  expectedMonthlyRevenue: Money | null;
  targetCloseDate: string | null;
  /** NEXT_STEP group. */
  latestNextStep: string | null;
  /** The owning organisation and the organisations that accepted. */
  collaborators: { organization: OrgRef; role: "OWNER" | "PARTNER"; status: ShareStatus | null }[];
};

export type PartnerOption = OrgRef & { alreadyInvited: boolean };

export type SharePanel = {
  canShare: boolean;
  /** Open (pending + accepted) invitations and how many more partners fit. */
  open: number;
  remaining: number;
  maxPerShare: number;
  /** Partners connected (ACTIVE) to the owner's organisation; empty when the actor cannot share. */
  partners: PartnerOption[];
  collaborators: CollaboratorView[];
};

// ---- Helpers ------------------------------------------------------------------------------

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

const OptionalVersionSchema = z
  .strictObject({ version: z.number({ error: "Enter the version as a positive integer" }).int().positive().optional() })
  .optional();

const PageSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(100).catch(25),
  status: z.enum(["PENDING", "ACCEPTED", "REJECTED", "WITHDRAWN"]).optional().catch(undefined),
});

/** §2.9: an ALLIANCE_LEAD or ACE_MANAGER of the invited organisation (the policy's permission). */
const mayAnswerShare = (actor: Actor, invitedOrganizationId: string): boolean =>
  actor.organizationKind === "PARTNER" && actor.organizationId === invitedOrganizationId && hasPermission(actor, "opportunity.answerShareInvitation");

const groupsOf = (fields: string[]) => fields as ShareableFieldGroup[];
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

async function peopleOf(ids: Iterable<string | null | undefined>, client: Client = db()): Promise<Map<string, PersonRef>> {
  const unique = [...new Set([...ids].filter((x): x is string => !!x))];
  if (unique.length === 0) return new Map();
  const users = await client.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u]));
}
const person = (people: Map<string, PersonRef>, id: string | null | undefined): PersonRef =>
  (id && people.get(id)) || { id: id ?? "", name: "Former user" };

/** Whether the opportunity may be shared now by the actor: who can edit it, while it is editable. */
const mayShare = (actor: Actor, row: { organizationId: string; ownerId: string; createdById: string; status: string; stage: string }) =>
  canPartnerEdit(actor, row) && editableFields(row.status as ReviewStatus, row.stage as SalesStage).length > 0;

/** Partner organisations with an ACTIVE connection to `organizationId`. */
async function activePartnerIds(organizationId: string, client: Client = db()): Promise<Set<string>> {
  const rows = await client.partnerConnection.findMany({
    where: { status: "ACTIVE", OR: [{ requesterOrgId: organizationId }, { addresseeOrgId: organizationId }] },
    select: { requesterOrgId: true, addresseeOrgId: true },
  });
  return new Set(rows.map((r) => (r.requesterOrgId === organizationId ? r.addresseeOrgId : r.requesterOrgId)));
}

const invitationSelect = {
  id: true,
  opportunityId: true,
  invitingOrganizationId: true,
  invitedOrganizationId: true,
  invitedById: true,
  message: true,
  fields: true,
  status: true,
  answeredById: true,
  answeredAt: true,
  version: true,
  createdAt: true,
  invitingOrganization: { select: { id: true, name: true } },
  invitedOrganization: { select: { id: true, name: true } },
  opportunity: { select: { number: true, organizationId: true, ownerId: true, createdById: true, status: true, stage: true, title: true } },
} satisfies Prisma.ShareInvitationSelect;
type InvitationRow = Prisma.ShareInvitationGetPayload<{ select: typeof invitationSelect }>;

function toReceived(actor: Actor, row: InvitationRow, people: Map<string, PersonRef>): ReceivedShareInvitation {
  const pending = row.status === "PENDING";
  const answerer = mayAnswerShare(actor, row.invitedOrganizationId);
  return {
    id: row.id,
    status: row.status,
    opportunityId: row.opportunityId,
    reference: reference(row.opportunity.number),
    invitingOrganization: row.invitingOrganization,
    invitedBy: person(people, row.invitedById),
    message: row.message,
    fields: groupsOf(row.fields),
    invitedAt: row.createdAt.toISOString(),
    answeredAt: iso(row.answeredAt),
    answeredBy: row.answeredById ? person(people, row.answeredById) : null,
    version: row.version,
    can: { accept: pending && answerer, reject: pending && answerer },
  };
}

function toCollaborator(actor: Actor, row: InvitationRow, people: Map<string, PersonRef>, senderMayEdit: boolean): CollaboratorView {
  return {
    invitationId: row.id,
    organization: row.invitedOrganization,
    status: row.status,
    fields: groupsOf(row.fields),
    message: row.message,
    invitedBy: person(people, row.invitedById),
    invitedAt: row.createdAt.toISOString(),
    answeredAt: iso(row.answeredAt),
    version: row.version,
    canWithdraw: senderMayEdit && shareTransition(row.status, "WITHDRAW").ok,
  };
}

/** The invitation if the actor's organisation received it (ACE roles), else NotFoundError. */
async function loadReceived(actor: Actor, id: string, client: Client = db()): Promise<InvitationRow> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64 || !maySeeSharesOf(actor, actor.organizationId)) throw new NotFoundError(INVITATION_NOT_FOUND);
  const row = await client.shareInvitation.findFirst({ where: { id, invitedOrganizationId: actor.organizationId }, select: invitationSelect });
  if (!row) throw new NotFoundError(INVITATION_NOT_FOUND);
  return row;
}

// ---- Sender side --------------------------------------------------------------------------

/**
 * Shares the opportunity with up to 9 connected partner organisations at once (at most 9
 * pending + accepted on one opportunity). Refusals name the field: ValidationError at
 * `partnerOrganizationIds.<i>` for an unconnected / unknown partner (bad input);
 * InvalidTransitionError (the opportunity's current state: 409 in the API) with `errors` at
 * `partnerOrganizationIds.<i>` for an already invited partner and at `partnerOrganizationIds`
 * for the limit. The opportunity's row is locked while counting, so two concurrent shares
 * cannot exceed the limit; a partial unique index refuses a duplicate open invitation.
 */
export async function shareOpportunity(actor: Actor, id: string, input: unknown): Promise<CollaboratorView[]> {
  const row = await loadVisible(actor, id);
  if (!canPartnerEdit(actor, row)) throw new ForbiddenError(NOT_ALLOWED_SHARE);
  if (!mayShare(actor, row)) throw new InvalidTransitionError("This opportunity cannot be shared in its current state");
  const { partnerOrganizationIds, message, fields, version } = parseInput(ShareInputSchema, input);
  if (version !== undefined && version !== row.version) throw new StaleVersionError(await listOpportunityCollaborators(actor, id));

  const connected = await activePartnerIds(row.organizationId);
  const orgs = await db().organization.findMany({ where: { id: { in: partnerOrganizationIds }, kind: "PARTNER" }, select: { id: true, name: true } });
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const errors: { path: string; message: string }[] = [];
  partnerOrganizationIds.forEach((orgId, i) => {
    if (orgId === row.organizationId || !orgById.has(orgId) || !connected.has(orgId))
      errors.push({ path: `partnerOrganizationIds.${i}`, message: "You can only share with partners your organisation has an active connection with" });
  });
  if (errors.length > 0) throw new ValidationError(errors);

  try {
    await db().$transaction(async (tx) => {
      // Serialises shares of this opportunity: the counts below cannot change under us.
      await tx.$queryRaw`SELECT id FROM "Opportunity" WHERE id = ${id} FOR UPDATE`;
      const open = await tx.shareInvitation.findMany({
        where: { opportunityId: id, status: { in: [...OPEN_SHARE_STATUSES] } },
        select: { invitedOrganizationId: true },
      });
      const taken = new Set(open.map((o) => o.invitedOrganizationId));
      const dupErrors = partnerOrganizationIds.flatMap((orgId, i) => (taken.has(orgId) ? [{ path: `partnerOrganizationIds.${i}`, message: ALREADY_SHARED }] : []));
      if (dupErrors.length > 0) throw new InvalidTransitionError(ALREADY_SHARED, dupErrors);
      const limit = shareLimitProblem(open.length, partnerOrganizationIds.length);
      if (limit) {
        const message =
          limit.remaining === 0
            ? `This opportunity is already shared with ${MAX_PARTNERS_PER_OPPORTUNITY} partners, the most allowed`
            : `Only ${limit.remaining} more partner(s) can be invited to this opportunity (at most ${MAX_PARTNERS_PER_OPPORTUNITY})`;
        throw new InvalidTransitionError(message, [{ path: "partnerOrganizationIds", message }]);
      }
      await tx.shareInvitation.createMany({
        data: partnerOrganizationIds.map((orgId) => ({
          opportunityId: id,
          invitingOrganizationId: row.organizationId,
          invitedOrganizationId: orgId,
          invitedById: actor.userId,
          message,
          fields,
        })),
      });
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: id,
        organizationId: row.organizationId,
        actorId: actor.userId,
        action: "shared",
        changes: [
          { field: "sharedWith", from: null, to: partnerOrganizationIds.map((orgId) => orgById.get(orgId)!.name) },
          { field: "sharedFields", from: null, to: fields },
          { field: "message", from: null, to: message },
        ],
      });
      const ref = reference(row.number);
      for (const orgId of partnerOrganizationIds) {
        await notify(tx, {
          userIds: await activeUserIdsWithAceRole(tx, orgId, ["ALLIANCE_LEAD", "ACE_MANAGER"]),
          kind: "SHARE_INVITATION_RECEIVED",
          title: `${row.organization.name} invited you to collaborate on ${ref}`,
          body: `${actor.name} of ${row.organization.name} wants to share opportunity ${ref} with your organisation.\n\nMessage: ${message}\n\nAccept or reject the invitation under Multi-partner opportunities → Invitations.`,
          link: "/shared",
          entity: { type: ENTITY, id },
        });
      }
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new InvalidTransitionError(ALREADY_SHARED, [{ path: "partnerOrganizationIds", message: ALREADY_SHARED }]);
    throw e;
  }
  return listOpportunityCollaborators(actor, id);
}

/** Every invitation of an opportunity the actor sees in full (sender side), newest first. */
export async function listOpportunityCollaborators(actor: Actor, id: string): Promise<CollaboratorView[]> {
  const row = await loadVisible(actor, id);
  const rows = await db().shareInvitation.findMany({
    where: { opportunityId: id },
    select: invitationSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  const people = await peopleOf(rows.map((r) => r.invitedById));
  const senderMayEdit = canPartnerEdit(actor, row);
  return rows.map((r) => toCollaborator(actor, r, people, senderMayEdit));
}

/** Withdraws a pending invitation (sender side: who can edit the opportunity). */
export async function withdrawShareInvitation(actor: Actor, invitationId: string, input?: unknown): Promise<CollaboratorView[]> {
  const { version } = parseInput(OptionalVersionSchema, input) ?? {};
  if (typeof invitationId !== "string" || invitationId.length === 0 || invitationId.length > 64) throw new NotFoundError(INVITATION_NOT_FOUND);
  const inv = await db().shareInvitation.findFirst({ where: { id: invitationId }, select: invitationSelect });
  if (!inv) throw new NotFoundError(INVITATION_NOT_FOUND);
  let row;
  try {
    row = await loadVisible(actor, inv.opportunityId);
  } catch {
    throw new NotFoundError(INVITATION_NOT_FOUND);
  }
  if (!canPartnerEdit(actor, row)) throw new ForbiddenError("Only people who can edit this opportunity can withdraw its invitations");
  await answer(actor, inv, "WITHDRAW", version);
  return listOpportunityCollaborators(actor, inv.opportunityId);
}

// ---- Invited side -------------------------------------------------------------------------

/** Invitations received by the actor's organisation, newest first, paginated in SQL. */
export async function listShareInvitations(actor: Actor, query: unknown = {}): Promise<ShareInvitationList> {
  const { page, pageSize, status } = PageSchema.parse(query ?? {});
  if (!maySeeSharesOf(actor, actor.organizationId)) return { rows: [], total: 0, page, pageSize };
  const where: Prisma.ShareInvitationWhereInput = { invitedOrganizationId: actor.organizationId, ...(status ? { status } : {}) };
  const client = db();
  const [rows, total] = await Promise.all([
    client.shareInvitation.findMany({
      where,
      select: invitationSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    client.shareInvitation.count({ where }),
  ]);
  const people = await peopleOf(rows.flatMap((r) => [r.invitedById, r.answeredById]));
  return { rows: rows.map((r) => toReceived(actor, r, people)), total, page, pageSize };
}

/**
 * The same list a keyset page at a time (the REST API's cursor): newest first, then by id;
 * starts strictly after `after` (the last row's `invitedAt` and `id`). Fetch `take` = page
 * size + 1 to know whether there is a next page.
 */
export async function listShareInvitationsAfter(
  actor: Actor,
  filters: { status?: ShareStatus },
  after: { invitedAt: string; id: string } | undefined,
  take: number,
): Promise<ReceivedShareInvitation[]> {
  if (!maySeeSharesOf(actor, actor.organizationId)) return [];
  const at = after ? new Date(after.invitedAt) : null;
  const where: Prisma.ShareInvitationWhereInput = {
    invitedOrganizationId: actor.organizationId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(after && at ? { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { gt: after.id } }] } : {}),
  };
  const rows = await db().shareInvitation.findMany({ where, select: invitationSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take });
  const people = await peopleOf(rows.flatMap((r) => [r.invitedById, r.answeredById]));
  return rows.map((r) => toReceived(actor, r, people));
}

/** One invitation received by the actor's organisation. */
export async function getShareInvitation(actor: Actor, invitationId: string): Promise<ReceivedShareInvitation> {
  const row = await loadReceived(actor, invitationId);
  const people = await peopleOf([row.invitedById, row.answeredById]);
  return toReceived(actor, row, people);
}

export async function acceptShareInvitation(actor: Actor, invitationId: string, input?: unknown): Promise<ReceivedShareInvitation> {
  return answerReceived(actor, invitationId, "ACCEPT", input);
}

export async function rejectShareInvitation(actor: Actor, invitationId: string, input?: unknown): Promise<ReceivedShareInvitation> {
  return answerReceived(actor, invitationId, "REJECT", input);
}

async function answerReceived(actor: Actor, invitationId: string, event: "ACCEPT" | "REJECT", input: unknown) {
  const row = await loadReceived(actor, invitationId);
  if (!mayAnswerShare(actor, row.invitedOrganizationId)) throw new ForbiddenError(NOT_ALLOWED_ANSWER);
  const { version } = parseInput(OptionalVersionSchema, input) ?? {};
  await answer(actor, row, event, version);
  return getShareInvitation(actor, invitationId);
}

const ACTIONS: Record<ShareEvent, string> = { ACCEPT: "share_accepted", REJECT: "share_rejected", WITHDRAW: "share_withdrawn" };
const VERBS: Record<ShareEvent, string> = { ACCEPT: "accepted", REJECT: "rejected", WITHDRAW: "withdrew" };

/**
 * One transition of an invitation: the machine decides, then a guarded update (id + status +
 * version) — of two racing answers exactly one matches; the other gets StaleVersionError
 * with the fresh invitation.
 */
async function answer(actor: Actor, inv: InvitationRow, event: ShareEvent, version: number | undefined) {
  const verdict = shareTransition(inv.status, event);
  if (!verdict.ok) throw new InvalidTransitionError(`This invitation was already ${inv.status.toLowerCase()}`);
  if (version !== undefined && version !== inv.version) throw new StaleVersionError(await freshInvitation(actor, inv.id));
  const now = new Date();
  const won = await db().$transaction(async (tx) => {
    const res = await tx.shareInvitation.updateMany({
      where: { id: inv.id, status: inv.status, version: inv.version },
      data:
        event === "WITHDRAW"
          ? { status: verdict.to, withdrawnById: actor.userId, withdrawnAt: now, version: { increment: 1 } }
          : { status: verdict.to, answeredById: actor.userId, answeredAt: now, version: { increment: 1 } },
    });
    if (res.count === 0) return false;
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: inv.opportunityId,
      organizationId: inv.opportunity.organizationId,
      actorId: actor.userId,
      action: ACTIONS[event],
      changes: [
        { field: "shareInvitation", from: null, to: { id: inv.id, organization: inv.invitedOrganization.name } },
        { field: "status", from: inv.status, to: verdict.to },
      ],
    });
    if (event !== "WITHDRAW") {
      const ref = reference(inv.opportunity.number);
      await notify(tx, {
        userIds: [inv.invitedById],
        kind: "SHARE_INVITATION_ANSWERED",
        title: `${inv.invitedOrganization.name} ${VERBS[event]} your invitation to ${ref}`,
        body: `${actor.name} of ${inv.invitedOrganization.name} ${VERBS[event]} the invitation to collaborate on ${ref}.`,
        link: `/opportunities/${inv.opportunityId}`,
        entity: { type: ENTITY, id: inv.opportunityId },
      });
    }
    return true;
  });
  if (!won) throw new StaleVersionError(await freshInvitation(actor, inv.id));
}

async function freshInvitation(actor: Actor, id: string): Promise<ReceivedShareInvitation | null> {
  const row = await db().shareInvitation.findFirst({ where: { AND: [{ id }, shareInvitationScope(actor)] }, select: invitationSelect });
  if (!row) return null;
  return toReceived(actor, row, await peopleOf([row.invitedById, row.answeredById]));
}

/** Opportunities shared with the actor's organisation (accepted), most recently accepted first. */
export async function listSharedWithMe(actor: Actor, query: unknown = {}): Promise<SharedOpportunityList> {
  const { page, pageSize } = PageSchema.parse(query ?? {});
  if (!maySeeSharesOf(actor, actor.organizationId)) return { rows: [], total: 0, page, pageSize };
  const where: Prisma.ShareInvitationWhereInput = { invitedOrganizationId: actor.organizationId, status: "ACCEPTED" };
  const client = db();
  const [rows, total] = await Promise.all([
    client.shareInvitation.findMany({
      where,
      select: {
        fields: true,
        answeredAt: true,
        invitingOrganization: { select: { id: true, name: true } },
        opportunity: { select: { id: true, number: true, title: true, customerName: true, stage: true } },
      },
      orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    client.shareInvitation.count({ where }),
  ]);
  return {
    rows: rows.map((r) => {
      const groups = groupsOf(r.fields);
      return {
        id: r.opportunity.id,
        reference: reference(r.opportunity.number),
        invitingOrganization: r.invitingOrganization,
        fields: groups,
        title: groups.includes("PROJECT") ? r.opportunity.title || null : null,
        customerName: groups.includes("CUSTOMER") ? r.opportunity.customerName || null : null,
        stage: groups.includes("STAGE") ? (r.opportunity.stage as SalesStage) : null,
        acceptedAt: iso(r.answeredAt),
      };
    }),
    total,
    page,
    pageSize,
  };
}

/** The read-only shared view, or null when the opportunity is not shared with the actor's organisation. */
export async function findSharedOpportunity(actor: Actor, id: string): Promise<SharedOpportunityView | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  const client = db();
  const row = await client.opportunity.findFirst({
    where: { AND: [{ id }, sharedOpportunityScope(actor)] },
    select: {
      id: true,
      number: true,
      status: true,
      stage: true,
      data: true,
      latestNextStep: true,
      organization: { select: { id: true, name: true } },
      shares: {
        where: { status: "ACCEPTED" },
        select: { id: true, invitedOrganizationId: true, fields: true, message: true, answeredAt: true, invitedOrganization: { select: { id: true, name: true } } },
        orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) return null;
  const mine = row.shares.find((s) => s.invitedOrganizationId === actor.organizationId);
  if (!mine) return null;
  const groups = groupsOf(mine.fields);
  const data = pickSharedFields(dataOf(row), groups);
  const project = (data.project ?? {}) as { expectedMonthlyRevenue?: Money; targetCloseDate?: string };
  return {
    id: row.id,
    reference: reference(row.number),
    invitingOrganization: row.organization,
    invitationId: mine.id,
    message: mine.message,
    fields: groups,
    acceptedAt: iso(mine.answeredAt),
    data,
    status: groups.includes("STAGE") ? (row.status as ReviewStatus) : null,
    stage: groups.includes("STAGE") ? (row.stage as SalesStage) : null,
    expectedMonthlyRevenue: groups.includes("REVENUE") ? (project.expectedMonthlyRevenue ?? null) : null,
    targetCloseDate: groups.includes("REVENUE") ? (project.targetCloseDate ?? null) : null,
    latestNextStep: groups.includes("NEXT_STEP") ? row.latestNextStep : null,
    collaborators: [
      { organization: row.organization, role: "OWNER", status: null },
      ...row.shares.map((s) => ({ organization: s.invitedOrganization, role: "PARTNER" as const, status: "ACCEPTED" as ShareStatus })),
    ],
  };
}

export async function getSharedOpportunity(actor: Actor, id: string): Promise<SharedOpportunityView> {
  const view = await findSharedOpportunity(actor, id);
  if (!view) throw new NotFoundError(NOT_FOUND);
  return view;
}

/** What the detail page's share card and dialog need (sender side). */
export async function getSharePanel(actor: Actor, id: string): Promise<SharePanel> {
  const row = await loadVisible(actor, id);
  const collaborators = await listOpportunityCollaborators(actor, id);
  const open = collaborators.filter((c) => isOpenShare(c.status));
  const canShare = mayShare(actor, row);
  let partners: PartnerOption[] = [];
  if (canShare) {
    const ids = await activePartnerIds(row.organizationId);
    const invited = new Set(open.map((c) => c.organization.id));
    const orgs = await db().organization.findMany({
      where: { id: { in: [...ids] }, kind: "PARTNER" },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    });
    partners = orgs.map((o) => ({ ...o, alreadyInvited: invited.has(o.id) }));
  }
  return {
    canShare,
    open: open.length,
    remaining: Math.max(0, MAX_PARTNERS_PER_OPPORTUNITY - open.length),
    maxPerShare: MAX_PARTNERS_PER_SHARE,
    partners,
    collaborators,
  };
}
