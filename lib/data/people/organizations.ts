import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { OrganizationInputSchema, OrganizationUpdateSchema } from "@/lib/domain/people";
import { can } from "@/lib/authz/policy";
import { organizationScope } from "@/lib/authz/scope";
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { diffChanges, recordHistory } from "../history";
import { parseInput } from "../validate";

const orgSelect = {
  id: true,
  kind: true,
  name: true,
  timeZone: true,
  locations: true,
  solutionAssessmentApproved: true,
  trainingPartner: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.OrganizationSelect;

export type OrganizationView = Prisma.OrganizationGetPayload<{ select: typeof orgSelect }> & { userCount?: number };

export async function listOrganizations(actor: Actor, opts: { q?: string; kind?: "PARTNER" | "PROVIDER" } = {}) {
  const where: Prisma.OrganizationWhereInput = {
    AND: [
      organizationScope(actor),
      opts.kind ? { kind: opts.kind } : {},
      opts.q ? { name: { contains: opts.q, mode: "insensitive" } } : {},
    ],
  };
  const rows = await db().organization.findMany({
    where,
    select: { ...orgSelect, _count: { select: { users: true } } },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
    take: 500,
  });
  return rows.map(({ _count, ...o }) => ({ ...o, userCount: _count.users }));
}

export async function getOrganization(actor: Actor, id: string): Promise<OrganizationView> {
  const org = await db().organization.findFirst({ where: { AND: [{ id }, organizationScope(actor)] }, select: orgSelect });
  if (!org) throw new NotFoundError("Organisation not found");
  return org;
}

export async function createOrganization(actor: Actor, input: unknown) {
  if (!can(actor, "organization.edit", { kind: "organization", id: "", organizationKind: "PARTNER" })) throw new NotFoundError();
  const data = parseInput(OrganizationInputSchema, input);
  if (data.kind === "PROVIDER") {
    const existing = await db().organization.count({ where: { kind: "PROVIDER" } });
    if (existing > 0) throw new ValidationError([{ path: "kind", message: "There is one provider organisation per deployment" }]);
  }
  return db().$transaction(async (tx) => {
    const org = await tx.organization.create({ data, select: orgSelect });
    await recordHistory(tx, {
      entityType: "ORGANIZATION",
      entityId: org.id,
      organizationId: org.id,
      actorId: actor.userId,
      action: "created",
      changes: diffChanges({}, data),
    });
    return org;
  });
}

export async function updateOrganization(actor: Actor, id: string, input: unknown) {
  const before = await getOrganization(actor, id);
  if (!can(actor, "organization.edit", { kind: "organization", id, organizationKind: before.kind })) throw new ForbiddenError();
  const { version, ...patch } = parseInput(OrganizationUpdateSchema, input);
  if (before.kind === "PARTNER" && patch.locations && patch.locations.length === 0)
    throw new ValidationError([{ path: "locations", message: "A partner needs at least one location" }]);
  if (patch.locations)
    await assertLocationsRemovable(
      id,
      before.locations.filter((l) => !patch.locations!.includes(l)),
    );
  return db().$transaction(async (tx) => {
    const res = await tx.organization.updateMany({ where: { id, version }, data: { ...patch, version: { increment: 1 } } });
    if (res.count === 0) throw new StaleVersionError(await tx.organization.findUnique({ where: { id }, select: orgSelect }));
    await recordHistory(tx, {
      entityType: "ORGANIZATION",
      entityId: id,
      organizationId: id,
      actorId: actor.userId,
      action: "updated",
      changes: diffChanges(before, patch),
    });
    return tx.organization.findUniqueOrThrow({ where: { id }, select: orgSelect });
  });
}

const NAMED = 5;
const listed = (items: string[]) => items.slice(0, NAMED).join(", ") + (items.length > NAMED ? ` and ${items.length - NAMED} more` : "");

/**
 * A location still in use cannot be removed (domain §1: a referral user's scope is GLOBAL or
 * one of the organisation's locations; a deal's location never changes after creation).
 * The refusal names the users to rescope first and the deals that keep it.
 */
async function assertLocationsRemovable(organizationId: string, removed: string[]) {
  if (removed.length === 0) return;
  const [users, deals] = await Promise.all([
    db().user.findMany({
      where: { organizationId, locationScope: { in: removed } },
      select: { name: true, email: true, locationScope: true },
      orderBy: { name: "asc" },
    }),
    db().deal.findMany({
      where: { organizationId, OR: [{ location: { in: removed } }, { assessmentLocation: { in: removed } }] },
      select: { number: true, location: true, assessmentLocation: true },
      orderBy: { number: "asc" },
    }),
  ]);
  const reasons: string[] = [];
  if (users.length > 0)
    reasons.push(`change the location scope of ${listed(users.map((u) => `${u.name} <${u.email}> (${u.locationScope})`))} first`);
  if (deals.length > 0)
    reasons.push(`co-sell deals ${listed(deals.map((d) => `D-${d.number}`))} are there (a deal's location never changes)`);
  if (reasons.length === 0) return;
  const used = new Set([...users.map((u) => u.locationScope), ...deals.flatMap((d) => [d.location, d.assessmentLocation])]);
  const blocked = removed.filter((l) => used.has(l));
  throw new ValidationError([{ path: "locations", message: `${blocked.join(", ")} cannot be removed: ${reasons.join("; ")}` }]);
}
