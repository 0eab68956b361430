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
  if (!can(actor, "organization.edit", { kind: "organization", id: "", organizationKind: "PARTNER" }))
    throw new NotFoundError();
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
