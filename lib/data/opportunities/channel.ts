/**
 * Collaboration channels (domain.md §2.8).
 *
 *   requestCollaborationChannel(actor, opportunityId, { inviteeIds })       → ChannelView
 *   recordChannelCreated(actor, opportunityId, { name, url, version? })     → ChannelView (provider account manager / admin)
 *   archiveCollaborationChannel(actor, opportunityId, { version? }?)        → ChannelView
 *   joinCollaborationChannel(actor, channelId)  / leaveCollaborationChannel(actor, channelId) → MyChannel
 *   getChannelPanel(actor, opportunityId)                                   → ChannelPanel (detail page)
 *   channelInviteeOptions(actor, opportunityId)                             → InviteeOption[]
 *   listMyChannels(actor, { page?, pageSize? })                             → MyChannelList
 *   getChannelOptOut(actor) / setChannelOptOut(actor, { optOut })           → { optOut }
 *
 * Requesting: who can edit the opportunity, when it is APPROVED at QUALIFIED or later and not
 * terminal, with one open (REQUESTED or CREATED) channel per opportunity (partial unique
 * index). Invitees: active users of the requester's organisation with an ACE role (they use
 * ACE Pipeline Manager) who did not opt out. Recording the created channel: the provider
 * account manager on the opportunity's provider team, or a provider admin. Joining and
 * leaving: the invitee, from "My collaboration channels" (an ACE user need not see the
 * opportunity itself). Each write is one transaction with a history row on the opportunity.
 */
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import {
  ChannelCreatedSchema,
  ChannelOptOutSchema,
  ChannelRequestSchema,
  channelEligibility,
  channelTransition,
  inviteeTransition,
  type ChannelEligibility,
  type ChannelStatus,
  type InviteeEvent,
  type InviteeStatus,
  type ReviewStatus,
  type SalesStage,
} from "@/lib/domain/opportunity";
import { z } from "zod";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import { notify } from "../notifications/notify";
import { parseInput } from "../validate";
import type { PersonRef } from "./contract";
import { ENTITY, canPartnerEdit, isUniqueViolation, loadVisible, reference, type OpportunityRow } from "./shared";

const CHANNEL_NOT_FOUND = "Collaboration channel not found";
const ONE_OPEN = "This opportunity already has an open collaboration channel request";
const ELIGIBILITY_MESSAGES: Record<Exclude<ChannelEligibility, { ok: true }>["reason"], string> = {
  NOT_APPROVED: "A collaboration channel can be requested once the opportunity is approved",
  STAGE_TOO_EARLY: "A collaboration channel can be requested from the Qualified stage on",
  TERMINAL_STAGE: "A closed opportunity cannot get a collaboration channel",
};

// ---- Types --------------------------------------------------------------------------------

export type ChannelInviteeView = { id: string; user: PersonRef & { email: string }; status: InviteeStatus; joinedAt: string | null; leftAt: string | null };

export type ChannelView = {
  id: string;
  opportunityId: string;
  status: ChannelStatus;
  requestedBy: PersonRef;
  requestedAt: string;
  name: string | null;
  url: string | null;
  createdBy: PersonRef | null;
  createdAt: string | null;
  archivedAt: string | null;
  version: number;
  invitees: ChannelInviteeView[];
};

export type ChannelPanel = {
  /** The open channel, else the latest archived one, else null. */
  channel: ChannelView | null;
  eligibility: ChannelEligibility;
  can: { request: boolean; recordCreated: boolean; archive: boolean; join: boolean; leave: boolean };
  /** The actor's own invitee status on the channel, when invited. */
  myStatus: InviteeStatus | null;
  /** People the actor may invite (only when `can.request`). */
  inviteeOptions: InviteeOption[];
};

export type InviteeOption = { id: string; name: string; email: string };

export type MyChannel = {
  channelId: string;
  opportunityId: string;
  reference: string;
  title: string;
  status: ChannelStatus;
  name: string | null;
  url: string | null;
  myStatus: InviteeStatus;
  can: { join: boolean; leave: boolean };
};
export type MyChannelList = { rows: MyChannel[]; total: number; page: number; pageSize: number };

// ---- Helpers ------------------------------------------------------------------------------

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

const channelSelect = {
  id: true,
  opportunityId: true,
  status: true,
  requestedById: true,
  requestedAt: true,
  name: true,
  url: true,
  createdById: true,
  createdAt: true,
  archivedAt: true,
  version: true,
  invitees: {
    select: { id: true, userId: true, status: true, joinedAt: true, leftAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ invitedAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.CollaborationChannelSelect;
type ChannelRow = Prisma.CollaborationChannelGetPayload<{ select: typeof channelSelect }>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

async function toView(row: ChannelRow, client: Client = db()): Promise<ChannelView> {
  const ids = [row.requestedById, row.createdById].filter((x): x is string => !!x);
  const users = await client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byId = new Map(users.map((u) => [u.id, u]));
  const ref = (id: string) => byId.get(id) ?? { id, name: "Former user" };
  return {
    id: row.id,
    opportunityId: row.opportunityId,
    status: row.status,
    requestedBy: ref(row.requestedById),
    requestedAt: row.requestedAt.toISOString(),
    name: row.name,
    url: row.url,
    createdBy: row.createdById ? ref(row.createdById) : null,
    createdAt: iso(row.createdAt),
    archivedAt: iso(row.archivedAt),
    version: row.version,
    invitees: row.invitees.map((i) => ({ id: i.id, user: i.user, status: i.status, joinedAt: iso(i.joinedAt), leftAt: iso(i.leftAt) })),
  };
}

/** The open channel of an opportunity, else its latest one. */
async function currentChannel(opportunityId: string, client: Client = db()): Promise<ChannelRow | null> {
  const open = await client.collaborationChannel.findFirst({
    where: { opportunityId, status: { in: ["REQUESTED", "CREATED"] } },
    select: channelSelect,
  });
  if (open) return open;
  return client.collaborationChannel.findFirst({ where: { opportunityId }, select: channelSelect, orderBy: [{ requestedAt: "desc" }, { id: "asc" }] });
}

/** Provider users linked as ACCOUNT_MANAGER on the opportunity's provider team. */
async function accountManagerIds(opportunityId: string, client: Client = db()): Promise<string[]> {
  const rows = await client.providerTeamMember.findMany({
    where: { opportunityId, role: "ACCOUNT_MANAGER", userId: { not: null } },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId!))];
}

/** The provider account manager on the opportunity's provider team, or a provider admin. */
async function isChannelRecorder(actor: Actor, opportunityId: string, client: Client = db()): Promise<boolean> {
  if (actor.organizationKind !== "PROVIDER") return false;
  if (actor.providerRole === "PROVIDER_ADMIN") return true;
  if (actor.providerRole !== "PROVIDER_SELLER") return false;
  return (await accountManagerIds(opportunityId, client)).includes(actor.userId);
}

const eligibilityOf = (row: OpportunityRow) => channelEligibility(row.status as ReviewStatus, row.stage as SalesStage);

/** Active users of the organisation with an ACE role who did not opt out of channel invitations. */
async function eligibleInvitees(organizationId: string, client: Client = db()): Promise<InviteeOption[]> {
  return client.user.findMany({
    where: { organizationId, status: "ACTIVE", aceRole: { not: null }, channelInvitationsOptOut: false },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
}

const titleOf = (row: OpportunityRow) => {
  const data = row.data as { project?: { title?: string } } | null;
  return data?.project?.title ? `"${data.project.title}" (${reference(row.number)})` : reference(row.number);
};

// ---- Request ------------------------------------------------------------------------------

/**
 * Requests a channel and invites people of the actor's organisation. Each refused invitee
 * is reported at `inviteeIds.<i>` (not of your organisation, inactive, without an ACE role,
 * opted out). Notifies the opportunity's provider account manager(s); without one linked on
 * the provider team, the provider admins.
 */
export async function requestCollaborationChannel(actor: Actor, id: string, input: unknown): Promise<ChannelView> {
  const row = await loadVisible(actor, id);
  if (!canPartnerEdit(actor, row)) throw new ForbiddenError("Only people who can edit this opportunity can request a collaboration channel");
  const eligibility = eligibilityOf(row);
  if (!eligibility.ok) throw new InvalidTransitionError(ELIGIBILITY_MESSAGES[eligibility.reason]);
  const { inviteeIds } = parseInput(ChannelRequestSchema, input);

  const users = await db().user.findMany({
    where: { id: { in: inviteeIds } },
    select: { id: true, organizationId: true, status: true, aceRole: true, channelInvitationsOptOut: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const errors: { path: string; message: string }[] = [];
  inviteeIds.forEach((userId, i) => {
    const u = byId.get(userId);
    const path = `inviteeIds.${i}`;
    if (!u || u.organizationId !== row.organizationId) errors.push({ path, message: "Invite people of your own organisation only" });
    else if (u.status !== "ACTIVE") errors.push({ path, message: "This user is inactive and cannot be invited" });
    else if (!u.aceRole) errors.push({ path, message: "This user has no access to ACE Pipeline Manager" });
    else if (u.channelInvitationsOptOut) errors.push({ path, message: "This user opted out of collaboration channel invitations" });
  });
  if (errors.length > 0) throw new ValidationError(errors);

  let channelId: string;
  const now = Date.now();
  try {
    channelId = await db().$transaction(async (tx) => {
      const open = await tx.collaborationChannel.findFirst({ where: { opportunityId: id, status: { in: ["REQUESTED", "CREATED"] } }, select: { id: true } });
      if (open) throw new InvalidTransitionError(ONE_OPEN);
      const channel = await tx.collaborationChannel.create({
        // Increasing invitedAt keeps the invitees in the order given.
        data: { opportunityId: id, requestedById: actor.userId, invitees: { create: inviteeIds.map((userId, i) => ({ userId, invitedAt: new Date(now + i) })) } },
        select: { id: true },
      });
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: id,
        organizationId: row.organizationId,
        actorId: actor.userId,
        action: "channel_requested",
        changes: [{ field: "collaborationChannel", from: null, to: { status: "REQUESTED", invitees: inviteeIds.length } }],
      });
      let recipients = await accountManagerIds(id, tx);
      if (recipients.length === 0) {
        recipients = (await tx.user.findMany({ where: { providerRole: "PROVIDER_ADMIN", status: "ACTIVE" }, select: { id: true } })).map((u) => u.id);
      }
      await notify(tx, {
        userIds: recipients,
        kind: "COLLABORATION_CHANNEL_REQUESTED",
        title: `Collaboration channel requested for ${reference(row.number)}`,
        body: `${actor.name} of ${row.organization.name} requested a collaboration channel for ${titleOf(row)} with ${inviteeIds.length} invitee(s). Create the channel and record its name and link on the opportunity.`,
        link: `/opportunities/${id}`,
        entity: { type: ENTITY, id },
      });
      return channel.id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new InvalidTransitionError(ONE_OPEN);
    throw e;
  }
  const channel = await db().collaborationChannel.findUniqueOrThrow({ where: { id: channelId }, select: channelSelect });
  return toView(channel);
}

// ---- Created / archived -------------------------------------------------------------------

/** The provider account manager (or a provider admin) records the created channel's name and link; every invitee is emailed. */
export async function recordChannelCreated(actor: Actor, id: string, input: unknown): Promise<ChannelView> {
  const row = await loadVisible(actor, id);
  if (!(await isChannelRecorder(actor, id)))
    throw new ForbiddenError("Only the opportunity's provider account manager or a provider admin can record the channel");
  const { name, url, version } = parseInput(ChannelCreatedSchema, input);
  const channel = await currentChannel(id);
  if (!channel) throw new NotFoundError(CHANNEL_NOT_FOUND);
  const verdict = channelTransition(channel.status, "RECORD_CREATED");
  if (!verdict.ok) throw new InvalidTransitionError(channel.status === "CREATED" ? "The channel was already recorded as created" : "This channel was archived");
  if (version !== undefined && version !== channel.version) throw new StaleVersionError(await toView(channel));
  const now = new Date();
  const won = await db().$transaction(async (tx) => {
    const res = await tx.collaborationChannel.updateMany({
      where: { id: channel.id, status: channel.status, version: channel.version },
      data: { status: verdict.to, name, url, createdById: actor.userId, createdAt: now, version: { increment: 1 } },
    });
    if (res.count === 0) return false;
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: id,
      organizationId: row.organizationId,
      actorId: actor.userId,
      action: "channel_created",
      changes: [
        { field: "collaborationChannel.status", from: channel.status, to: verdict.to },
        { field: "collaborationChannel.name", from: null, to: name },
        { field: "collaborationChannel.url", from: null, to: url },
      ],
    });
    await notify(tx, {
      userIds: channel.invitees.filter((i) => i.status !== "LEFT").map((i) => i.userId),
      kind: "COLLABORATION_CHANNEL_CREATED",
      title: `Collaboration channel "${name}" is ready for ${reference(row.number)}`,
      body: `The provider created the collaboration channel "${name}" for ${titleOf(row)}. Join it here: ${url}`,
      link: "/shared?tab=channels",
      entity: { type: ENTITY, id },
    });
    return true;
  });
  const fresh = (await currentChannel(id))!;
  if (!won) throw new StaleVersionError(await toView(fresh));
  return toView(fresh);
}

const ArchiveSchema = z.strictObject({ version: z.number({ error: "Enter the version as a positive integer" }).int().positive().optional() }).optional();

/** Archives the open channel: who can edit the opportunity, or the provider account manager / admin. */
export async function archiveCollaborationChannel(actor: Actor, id: string, input?: unknown): Promise<ChannelView> {
  const row = await loadVisible(actor, id);
  if (!canPartnerEdit(actor, row) && !(await isChannelRecorder(actor, id)))
    throw new ForbiddenError("Only people who can edit this opportunity or its provider account manager can archive the channel");
  const { version } = parseInput(ArchiveSchema, input) ?? {};
  const channel = await currentChannel(id);
  if (!channel) throw new NotFoundError(CHANNEL_NOT_FOUND);
  const verdict = channelTransition(channel.status, "ARCHIVE");
  if (!verdict.ok) throw new InvalidTransitionError("This channel was already archived");
  if (version !== undefined && version !== channel.version) throw new StaleVersionError(await toView(channel));
  const won = await db().$transaction(async (tx) => {
    const res = await tx.collaborationChannel.updateMany({
      where: { id: channel.id, status: channel.status, version: channel.version },
      data: { status: verdict.to, archivedById: actor.userId, archivedAt: new Date(), version: { increment: 1 } },
    });
    if (res.count === 0) return false;
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: id,
      organizationId: row.organizationId,
      actorId: actor.userId,
      action: "channel_archived",
      changes: [{ field: "collaborationChannel.status", from: channel.status, to: verdict.to }],
    });
    return true;
  });
  const fresh = await db().collaborationChannel.findUniqueOrThrow({ where: { id: channel.id }, select: channelSelect });
  if (!won) throw new StaleVersionError(await toView(fresh));
  return toView(fresh);
}

// ---- Invitees -----------------------------------------------------------------------------

export async function joinCollaborationChannel(actor: Actor, channelId: string): Promise<MyChannel> {
  return moveInvitee(actor, channelId, "JOIN");
}

export async function leaveCollaborationChannel(actor: Actor, channelId: string): Promise<MyChannel> {
  return moveInvitee(actor, channelId, "LEAVE");
}

const myChannelSelect = {
  id: true,
  status: true,
  version: true,
  channel: {
    select: {
      id: true,
      status: true,
      name: true,
      url: true,
      opportunityId: true,
      opportunity: { select: { number: true, title: true, organizationId: true } },
    },
  },
} satisfies Prisma.CollaborationChannelInviteeSelect;
type MyInviteeRow = Prisma.CollaborationChannelInviteeGetPayload<{ select: typeof myChannelSelect }>;

const toMine = (r: MyInviteeRow): MyChannel => ({
  channelId: r.channel.id,
  opportunityId: r.channel.opportunityId,
  reference: reference(r.channel.opportunity.number),
  title: r.channel.opportunity.title,
  status: r.channel.status,
  // The link is only given out once the channel exists and while it is not archived.
  name: r.channel.name,
  url: r.channel.status === "CREATED" ? r.channel.url : null,
  myStatus: r.status,
  can: {
    join: inviteeTransition(r.channel.status, r.status, "JOIN").ok,
    leave: inviteeTransition(r.channel.status, r.status, "LEAVE").ok,
  },
});

async function loadMine(actor: Actor, channelId: string): Promise<MyInviteeRow> {
  if (typeof channelId !== "string" || channelId.length === 0 || channelId.length > 64) throw new NotFoundError(CHANNEL_NOT_FOUND);
  const row = await db().collaborationChannelInvitee.findFirst({
    where: { channelId, userId: actor.userId, user: { organizationId: actor.organizationId } },
    select: myChannelSelect,
  });
  if (!row) throw new NotFoundError(CHANNEL_NOT_FOUND);
  return row;
}

async function moveInvitee(actor: Actor, channelId: string, event: InviteeEvent): Promise<MyChannel> {
  const mine = await loadMine(actor, channelId);
  const verdict = inviteeTransition(mine.channel.status, mine.status, event);
  if (!verdict.ok) {
    throw new InvalidTransitionError(
      verdict.reason === "CHANNEL_NOT_READY"
        ? event === "JOIN"
          ? "The channel has not been created yet"
          : "This channel was archived"
        : event === "JOIN"
          ? "You already answered this invitation"
          : "You already left this channel",
    );
  }
  const now = new Date();
  const won = await db().$transaction(async (tx) => {
    const res = await tx.collaborationChannelInvitee.updateMany({
      where: { id: mine.id, status: mine.status, version: mine.version },
      data: event === "JOIN" ? { status: verdict.to, joinedAt: now, version: { increment: 1 } } : { status: verdict.to, leftAt: now, version: { increment: 1 } },
    });
    if (res.count === 0) return false;
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: mine.channel.opportunityId,
      organizationId: mine.channel.opportunity.organizationId,
      actorId: actor.userId,
      action: event === "JOIN" ? "channel_joined" : "channel_left",
      changes: [{ field: "collaborationChannel.invitee", from: mine.status, to: verdict.to }],
    });
    return true;
  });
  const fresh = await loadMine(actor, channelId);
  if (!won) throw new StaleVersionError(toMine(fresh));
  return toMine(fresh);
}

/** Channels the actor is invited to (any state), newest first, paginated in SQL. */
export async function listMyChannels(actor: Actor, query: unknown = {}): Promise<MyChannelList> {
  const { page, pageSize } = z
    .object({ page: z.coerce.number().int().min(1).max(100_000).catch(1), pageSize: z.coerce.number().int().min(1).max(100).catch(25) })
    .parse(query ?? {});
  const where: Prisma.CollaborationChannelInviteeWhereInput = { userId: actor.userId, user: { organizationId: actor.organizationId } };
  const [rows, total] = await Promise.all([
    db().collaborationChannelInvitee.findMany({ where, select: myChannelSelect, orderBy: [{ invitedAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().collaborationChannelInvitee.count({ where }),
  ]);
  return { rows: rows.map(toMine), total, page, pageSize };
}

// ---- Reads for the detail page ------------------------------------------------------------

export async function channelInviteeOptions(actor: Actor, id: string): Promise<InviteeOption[]> {
  const row = await loadVisible(actor, id);
  if (!canPartnerEdit(actor, row)) return [];
  return eligibleInvitees(row.organizationId);
}

export async function getChannelPanel(actor: Actor, id: string): Promise<ChannelPanel> {
  const row = await loadVisible(actor, id);
  const channelRow = await currentChannel(id);
  const channel = channelRow ? await toView(channelRow) : null;
  const eligibility = eligibilityOf(row);
  const open = channel !== null && channel.status !== "ARCHIVED";
  const partnerEdit = canPartnerEdit(actor, row);
  const recorder = await isChannelRecorder(actor, id);
  const me = channelRow?.invitees.find((i) => i.userId === actor.userId) ?? null;
  const request = partnerEdit && eligibility.ok && !open;
  return {
    channel,
    eligibility,
    can: {
      request,
      recordCreated: recorder && channel?.status === "REQUESTED",
      archive: open && (partnerEdit || recorder),
      join: !!me && !!channel && inviteeTransition(channel.status, me.status, "JOIN").ok,
      leave: !!me && !!channel && inviteeTransition(channel.status, me.status, "LEAVE").ok,
    },
    myStatus: me?.status ?? null,
    inviteeOptions: request ? await eligibleInvitees(row.organizationId) : [],
  };
}

// ---- Opt-out ------------------------------------------------------------------------------

export async function getChannelOptOut(actor: Actor): Promise<{ optOut: boolean }> {
  const user = await db().user.findUnique({ where: { id: actor.userId }, select: { channelInvitationsOptOut: true } });
  return { optOut: user?.channelInvitationsOptOut ?? false };
}

/** The user's own switch: opted-out users are not invited to channels again. */
export async function setChannelOptOut(actor: Actor, input: unknown): Promise<{ optOut: boolean }> {
  const { optOut } = parseInput(ChannelOptOutSchema, input);
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { channelInvitationsOptOut: true } });
    if (before.channelInvitationsOptOut === optOut) return;
    await tx.user.update({ where: { id: actor.userId }, data: { channelInvitationsOptOut: optOut } });
    await recordHistory(tx, {
      entityType: "USER",
      entityId: actor.userId,
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "channel_opt_out_changed",
      changes: [{ field: "channelInvitationsOptOut", from: before.channelInvitationsOptOut, to: optOut }],
    });
  });
  return { optOut };
}
