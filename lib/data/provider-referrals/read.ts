/**
 * Reading provider referrals. Partners see only referrals still pending (an overdue one is
 * never shown, whether or not the sweep ran) and only their pre-acceptance fields: the row's
 * `data` is passed through `pickPreAcceptanceFields` here, on the server, so no other field
 * reaches a page or the API. Provider sellers see every referral they sent, with its live
 * status (an overdue PENDING shows as EXPIRED).
 */
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import { toOpportunityInput } from "@/lib/domain/opportunity";
import { pickPreAcceptanceFields, type InvitationStatus } from "@/lib/domain/provider-referral";
import { NotFoundError } from "@/lib/errors";
import type {
  InvitationView,
  PendingReferral,
  ReferralTarget,
  SentReferral,
  SentReferralDetail,
  SentReferralList,
  SentReferralQuery,
} from "./contract";
import { NOT_FOUND, addressedTo, asOpportunityJson, dataOf, effectiveStatus, opportunityFieldsOf, pendingWhere, reference } from "./shared";

const MAX_PENDING = 200;

const pendingSelect = {
  id: true,
  number: true,
  sentAt: true,
  expiresAt: true,
  data: true,
  recipientUser: { select: { id: true, name: true } },
} satisfies Prisma.OpportunityInvitationSelect;

function toPending(row: Prisma.OpportunityInvitationGetPayload<{ select: typeof pendingSelect }>): PendingReferral {
  return {
    id: row.id,
    reference: reference(row.number),
    status: "PENDING",
    sentAt: row.sentAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    recipient: row.recipientUser,
    opportunity: pickPreAcceptanceFields(asOpportunityJson(dataOf(row), row.sentAt)),
  };
}

const isPartnerResponder = (actor: Actor) => actor.organizationKind === "PARTNER" && actor.aceRole !== null;

/** The partner's "Pending acceptance": still pending, addressed to the actor, soonest expiry first. */
export async function listPendingReferrals(actor: Actor, now: Date = new Date()): Promise<PendingReferral[]> {
  if (!isPartnerResponder(actor)) return [];
  const rows = await db().opportunityInvitation.findMany({
    where: { AND: [addressedTo(actor), pendingWhere(now)] },
    select: pendingSelect,
    orderBy: [{ expiresAt: "asc" }, { number: "asc" }],
    take: MAX_PENDING,
  });
  return rows.map(toPending);
}

/** Number of pending referrals addressed to the actor (dashboard, navigation badge). */
export async function countPendingReferrals(actor: Actor, now: Date = new Date()): Promise<number> {
  if (!isPartnerResponder(actor)) return 0;
  return db().opportunityInvitation.count({ where: { AND: [addressedTo(actor), pendingWhere(now)] } });
}

export async function getPendingReferral(actor: Actor, id: string, now: Date = new Date()): Promise<PendingReferral> {
  if (!isPartnerResponder(actor) || !validId(id)) throw new NotFoundError(NOT_FOUND);
  const row = await db().opportunityInvitation.findFirst({
    where: { AND: [{ id }, addressedTo(actor), pendingWhere(now)] },
    select: pendingSelect,
  });
  if (!row) throw new NotFoundError(NOT_FOUND);
  return toPending(row);
}

const sentSelect = {
  id: true,
  number: true,
  status: true,
  customerName: true,
  title: true,
  sentAt: true,
  expiresAt: true,
  answeredAt: true,
  answeredById: true,
  rejectReason: true,
  rejectComment: true,
  opportunityId: true,
  version: true,
  partnerOrganization: { select: { id: true, name: true } },
  recipientUser: { select: { id: true, name: true } },
} satisfies Prisma.OpportunityInvitationSelect;
type SentRow = Prisma.OpportunityInvitationGetPayload<{ select: typeof sentSelect }>;

async function namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

function toSent(row: SentRow, names: Map<string, string>, now: Date): SentReferral {
  return {
    id: row.id,
    reference: reference(row.number),
    status: effectiveStatus(row, now),
    partner: row.partnerOrganization,
    recipient: row.recipientUser,
    customerName: row.customerName,
    title: row.title,
    sentAt: row.sentAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answeredBy: row.answeredById ? { id: row.answeredById, name: names.get(row.answeredById) ?? "" } : null,
    rejectReason: row.rejectReason,
    rejectComment: row.rejectComment,
    opportunityId: row.opportunityId,
    version: row.version,
  };
}

/** Where clause of a status filter, with read-time expiry (a PENDING past its expiry is EXPIRED). */
function statusWhere(status: InvitationStatus | undefined, now: Date): Prisma.OpportunityInvitationWhereInput {
  switch (status) {
    case "PENDING":
      return pendingWhere(now);
    case "EXPIRED":
      return { OR: [{ status: "EXPIRED" }, { status: "PENDING", expiresAt: { lte: now } }] };
    case "ACCEPTED":
    case "REJECTED":
      return { status };
    default:
      return {};
  }
}

const isSeller = (actor: Actor) => hasPermission(actor, "providerReferral.send");

/** The seller's "Sent referrals", newest first. */
export async function listSentReferrals(actor: Actor, query: SentReferralQuery = {}, now: Date = new Date()): Promise<SentReferralList> {
  const pageSize = Math.min(Math.max(1, Math.trunc(query.pageSize ?? 25) || 25), 200);
  const page = Math.max(1, Math.trunc(query.page ?? 1) || 1);
  if (!isSeller(actor)) return { rows: [], total: 0, page, pageSize };
  const q = query.q?.trim().slice(0, 120);
  const where: Prisma.OpportunityInvitationWhereInput = {
    AND: [
      addressedTo(actor),
      statusWhere(query.status, now),
      q
        ? {
            OR: [
              { customerName: { contains: q, mode: "insensitive" } },
              { title: { contains: q, mode: "insensitive" } },
              { partnerOrganization: { name: { contains: q, mode: "insensitive" } } },
            ],
          }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db().opportunityInvitation.count({ where }),
    db().opportunityInvitation.findMany({
      where,
      select: sentSelect,
      orderBy: [{ sentAt: "desc" }, { number: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const names = await namesOf(rows.map((r) => r.answeredById));
  return { rows: rows.map((r) => toSent(r, names, now)), total, page, pageSize };
}

export async function getSentReferral(actor: Actor, id: string, now: Date = new Date()): Promise<SentReferralDetail> {
  if (!isSeller(actor) || !validId(id)) throw new NotFoundError(NOT_FOUND);
  const row = await db().opportunityInvitation.findFirst({
    where: { AND: [{ id }, addressedTo(actor)] },
    select: { ...sentSelect, data: true },
  });
  if (!row) throw new NotFoundError(NOT_FOUND);
  const names = await namesOf([row.answeredById]);
  const data = dataOf(row);
  return {
    ...toSent(row, names, now),
    opportunity: toOpportunityInput(opportunityFieldsOf(data)),
    nextStep: data.nextStep ?? null,
    leadSource: data.leadSource ?? null,
    providerTeam: data.providerTeam ?? [],
  };
}

/** A keyset page of invitations for `GET /opportunity-invitations`, newest first. */
export type InvitationPageQuery = { status?: InvitationStatus; q?: string; beforeNumber?: number; take: number };
export type InvitationPageRow = ({ audience: "PARTNER" } & PendingReferral) | ({ audience: "PROVIDER" } & SentReferral);

/**
 * `GET /opportunity-invitations`, one keyset page (newest first, by number): partners the
 * pending referrals addressed to them (pre-acceptance fields only, as `listPendingReferrals`);
 * provider sellers the referrals they sent (as `listSentReferrals`). Rows older than
 * `beforeNumber` only, so rows sent meanwhile never shift a later page.
 */
export async function pageInvitations(actor: Actor, query: InvitationPageQuery, now: Date = new Date()): Promise<InvitationPageRow[]> {
  const position: Prisma.OpportunityInvitationWhereInput = query.beforeNumber !== undefined ? { number: { lt: query.beforeNumber } } : {};
  const q = query.q?.trim().slice(0, 120);
  const text = (extra: Prisma.OpportunityInvitationWhereInput[] = []): Prisma.OpportunityInvitationWhereInput =>
    q
      ? {
          OR: [
            { customerName: { contains: q, mode: "insensitive" } },
            { title: { contains: q, mode: "insensitive" } },
            ...extra,
          ],
        }
      : {};
  const take = Math.min(Math.max(1, Math.trunc(query.take) || 1), MAX_PENDING + 1);
  if (isPartnerResponder(actor)) {
    if (query.status && query.status !== "PENDING") return [];
    const rows = await db().opportunityInvitation.findMany({
      where: { AND: [addressedTo(actor), pendingWhere(now), position, text()] },
      select: { ...pendingSelect, number: true },
      orderBy: { number: "desc" },
      take,
    });
    return rows.map((r) => ({ audience: "PARTNER" as const, ...toPending(r) }));
  }
  if (!isSeller(actor)) return [];
  const rows = await db().opportunityInvitation.findMany({
    where: { AND: [addressedTo(actor), statusWhere(query.status, now), position, text([{ partnerOrganization: { name: { contains: q ?? "", mode: "insensitive" } } }])] },
    select: sentSelect,
    orderBy: { number: "desc" },
    take,
  });
  const names = await namesOf(rows.map((r) => r.answeredById));
  return rows.map((r) => ({ audience: "PROVIDER" as const, ...toSent(r, names, now) }));
}

/** `GET /opportunity-invitations/{id}`: the partner's pending view, or the sender's full view. */
export async function getInvitation(actor: Actor, id: string, now: Date = new Date()): Promise<InvitationView> {
  if (isPartnerResponder(actor)) return { audience: "PARTNER", ...(await getPendingReferral(actor, id, now)) };
  if (isSeller(actor)) return { audience: "PROVIDER", ...(await getSentReferral(actor, id, now)) };
  throw new NotFoundError(NOT_FOUND);
}

/** Partner organisations a seller may refer deals to, with the users who may be named. */
export async function referralTargets(actor: Actor): Promise<ReferralTarget[]> {
  if (!isSeller(actor)) return [];
  const orgs = await db().organization.findMany({
    where: { kind: "PARTNER" },
    select: {
      id: true,
      name: true,
      timeZone: true,
      trainingPartner: true,
      users: {
        where: { status: "ACTIVE", aceRole: { not: null } },
        select: { id: true, name: true, email: true, aceRole: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    timeZone: o.timeZone,
    trainingPartner: o.trainingPartner,
    recipients: o.users.map((u) => ({ id: u.id, name: u.name, email: u.email, aceRole: u.aceRole! })),
    hasAllianceLead: o.users.some((u) => u.aceRole === "ALLIANCE_LEAD"),
  }));
}

const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;
