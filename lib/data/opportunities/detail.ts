import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import type { Origin, ProviderTeamRole, ReviewStatus, SalesStage } from "@/lib/domain/opportunity";
import { opportunityScope } from "@/lib/authz/scope";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { HistoryItem, OpportunityDetail, PersonRef } from "./contract";
import { abilitiesOf } from "./abilities";
import { ENTITY, NOT_FOUND, dataOf, fromDbDate, iso, loadVisible, reference, toMoney } from "./shared";

const detailSelect = {
  id: true,
  number: true,
  organization: { select: { id: true, name: true } },
  organizationId: true,
  customerName: true,
  title: true,
  status: true,
  stage: true,
  origin: true,
  ownerId: true,
  createdById: true,
  targetCloseDate: true,
  expectedMonthlyRevenueMinor: true,
  currency: true,
  latestNextStep: true,
  submittedAt: true,
  updatedAt: true,
  createdAt: true,
  version: true,
  data: true,
  closeDate: true,
  closedLostReason: true,
  parentOpportunityId: true,
  providerStage: true,
  providerCloseDate: true,
  providerClosedLostReason: true,
  providerVersion: true,
  reviewComments: {
    select: { id: true, decision: true, comment: true, authorId: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  },
  nextSteps: {
    select: { id: true, text: true, authorId: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  },
  providerTeam: { select: { id: true, role: true, name: true, email: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.OpportunitySelect;

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** Names (and emails) of the given users in one query. */
export async function peopleById(ids: Iterable<string>, client: Client = db()): Promise<Map<string, PersonRef & { email: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await client.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((u) => [u.id, u]));
}

/** Unknown ids (users are never deleted, so: none in practice) get a placeholder. */
const personOf = (people: Map<string, PersonRef>, id: string): PersonRef => {
  const person = people.get(id);
  return person ? { id: person.id, name: person.name } : { id, name: "Former user" };
};

/** The detail if the actor sees it, else null. */
export async function findDetail(actor: Actor, id: string, client: Client = db()): Promise<OpportunityDetail | null> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  const row = await client.opportunity.findFirst({ where: { AND: [{ id }, opportunityScope(actor)] }, select: detailSelect });
  if (!row) return null;
  // Owner, creator and every author in one query.
  const people = await peopleById(
    [row.ownerId, row.createdById, ...row.reviewComments.map((c) => c.authorId), ...row.nextSteps.map((s) => s.authorId)],
    client,
  );
  return {
    id: row.id,
    reference: reference(row.number),
    organization: row.organization,
    customerName: row.customerName,
    title: row.title,
    status: row.status as ReviewStatus,
    stage: row.stage as SalesStage,
    origin: row.origin as Origin,
    owner: { ...personOf(people, row.ownerId), email: people.get(row.ownerId)?.email ?? "" },
    createdBy: personOf(people, row.createdById),
    targetCloseDate: fromDbDate(row.targetCloseDate),
    expectedMonthlyRevenue: toMoney(row.expectedMonthlyRevenueMinor, row.currency),
    latestNextStep: row.latestNextStep,
    submittedAt: iso(row.submittedAt),
    updatedAt: row.updatedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    data: dataOf(row),
    closeDate: fromDbDate(row.closeDate),
    closedLostReason: row.closedLostReason,
    parentOpportunityId: row.parentOpportunityId,
    reviewComments: row.reviewComments.map((c) => ({
      id: c.id,
      decision: c.decision,
      comment: c.comment,
      author: personOf(people, c.authorId),
      at: c.createdAt.toISOString(),
    })),
    nextSteps: row.nextSteps.map((s) => ({ id: s.id, text: s.text, author: personOf(people, s.authorId), at: s.createdAt.toISOString() })),
    providerFields: {
      providerStage: row.providerStage,
      providerCloseDate: fromDbDate(row.providerCloseDate),
      providerClosedLostReason: row.providerClosedLostReason,
      version: row.providerVersion,
    },
    providerTeam: row.providerTeam.map((m) => ({ id: m.id, role: m.role as ProviderTeamRole, name: m.name, email: m.email })),
    can: abilitiesOf(actor, {
      organizationId: row.organizationId,
      ownerId: row.ownerId,
      createdById: row.createdById,
      status: row.status as ReviewStatus,
      stage: row.stage as SalesStage,
    }),
  };
}

/** One opportunity with its review comments and next steps (newest first), provider side and abilities. */
export async function getOpportunity(actor: Actor, id: string): Promise<OpportunityDetail> {
  const detail = await findDetail(actor, id);
  if (!detail) throw new NotFoundError(NOT_FOUND);
  return detail;
}

/** The opportunity's history, newest first (actor names resolved in one query); the latest 1000 entries. */
export async function opportunityHistory(actor: Actor, id: string): Promise<HistoryItem[]> {
  return opportunityHistoryAfter(actor, id, undefined, 1000);
}

/** Where a history page starts: strictly after (older than) the entry with this `at` and id. */
export type HistoryAfter = { at: string; id: string };

/**
 * One keyset page of the opportunity's history, newest first by (at, id), starting strictly
 * after `after` (the REST API's cursor): entries written meanwhile never repeat or shift a
 * page, and every entry is reachable however long the history is. `take` rows at most
 * (the API asks for limit + 1 to know whether there is a next page).
 */
export async function opportunityHistoryAfter(actor: Actor, id: string, after: HistoryAfter | undefined, take: number): Promise<HistoryItem[]> {
  await loadVisible(actor, id);
  let position: Prisma.HistoryEntryWhereInput = {};
  if (after) {
    const at = new Date(after.at);
    // Outside years 1–9999 PostgreSQL could not compare it (a forged cursor): refused, never a 500.
    const year = at.getUTCFullYear();
    if (Number.isNaN(at.getTime()) || year < 1 || year > 9999 || typeof after.id !== "string" || after.id.length > 200)
      throw new ValidationError([{ path: "cursor", message: "Invalid cursor" }]);
    position = { OR: [{ at: { lt: at } }, { at, id: { lt: after.id } }] };
  }
  const entries = await db().historyEntry.findMany({
    where: { AND: [{ entityType: ENTITY, entityId: id }, position] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, Math.floor(take)), 1000),
  });
  const people = await peopleById(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])));
  return entries.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorId ? personOf(people, e.actorId) : null,
    action: e.action,
    changes: Array.isArray(e.changes)
      ? (e.changes as { field: string; from: unknown; to: unknown }[]).map((c) => ({ field: c.field, from: c.from ?? null, to: c.to ?? null }))
      : [],
  }));
}
