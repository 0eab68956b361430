import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { ConnectionRequestSchema } from "@/lib/domain/people";
import { can } from "@/lib/authz/policy";
import { connectionScope } from "@/lib/authz/scope";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";

const connectionSelect = {
  id: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  requesterOrg: { select: { id: true, name: true } },
  addresseeOrg: { select: { id: true, name: true } },
} satisfies Prisma.PartnerConnectionSelect;

export type ConnectionView = Prisma.PartnerConnectionGetPayload<{ select: typeof connectionSelect }>;

export function listConnections(actor: Actor, opts: { status?: "PENDING" | "ACTIVE" | "ENDED" } = {}) {
  return db().partnerConnection.findMany({
    where: { AND: [connectionScope(actor), opts.status ? { status: opts.status } : {}] },
    select: connectionSelect,
    orderBy: [{ status: "desc" }, { updatedAt: "desc" }],
    take: 500,
  });
}

/** Partner organisations the actor's organisation could connect to (not itself, no open connection). */
export async function connectablePartners(actor: Actor) {
  const existing = await db().partnerConnection.findMany({
    where: {
      status: { in: ["PENDING", "ACTIVE"] },
      OR: [{ requesterOrgId: actor.organizationId }, { addresseeOrgId: actor.organizationId }],
    },
    select: { requesterOrgId: true, addresseeOrgId: true },
  });
  const taken = new Set(existing.flatMap((c) => [c.requesterOrgId, c.addresseeOrgId]));
  taken.add(actor.organizationId);
  return db().organization.findMany({
    where: { kind: "PARTNER", id: { notIn: [...taken] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

function assertManage(actor: Actor) {
  if (!can(actor, "organization.manageConnections", { kind: "organization", id: actor.organizationId, organizationKind: actor.organizationKind }))
    throw new ForbiddenError("Only your alliance lead manages partner connections.");
}

export async function requestConnection(actor: Actor, input: unknown) {
  assertManage(actor);
  const { addresseeOrganizationId } = parseInput(ConnectionRequestSchema, input);
  const target = await db().organization.findFirst({ where: { id: addresseeOrganizationId, kind: "PARTNER" }, select: { id: true } });
  if (!target || target.id === actor.organizationId)
    throw new ValidationError([{ path: "addresseeOrganizationId", message: "Choose another partner organisation" }]);
  return db().$transaction(async (tx) => {
    const open = await tx.partnerConnection.findFirst({
      where: {
        status: { in: ["PENDING", "ACTIVE"] },
        OR: [
          { requesterOrgId: actor.organizationId, addresseeOrgId: target.id },
          { requesterOrgId: target.id, addresseeOrgId: actor.organizationId },
        ],
      },
    });
    if (open) throw new ValidationError([{ path: "addresseeOrganizationId", message: "A connection with this partner already exists" }]);
    // An ended connection in the same direction is reopened rather than duplicated.
    const conn = await tx.partnerConnection.upsert({
      where: { requesterOrgId_addresseeOrgId: { requesterOrgId: actor.organizationId, addresseeOrgId: target.id } },
      create: { requesterOrgId: actor.organizationId, addresseeOrgId: target.id },
      update: { status: "PENDING", version: { increment: 1 } },
      select: connectionSelect,
    });
    await recordHistory(tx, {
      entityType: "CONNECTION",
      entityId: conn.id,
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "requested",
      changes: [{ field: "status", from: null, to: "PENDING" }],
    });
    return conn;
  });
}

async function transition(actor: Actor, id: string, version: number, to: "ACTIVE" | "ENDED") {
  assertManage(actor);
  const conn = await db().partnerConnection.findFirst({ where: { AND: [{ id }, connectionScope(actor)] }, select: connectionSelect });
  if (!conn) throw new NotFoundError("Connection not found");
  if (to === "ACTIVE") {
    if (conn.status !== "PENDING") throw new InvalidTransitionError("Only a pending connection can be accepted.");
    if (conn.addresseeOrg.id !== actor.organizationId) throw new ForbiddenError("The other partner accepts this request.");
  } else if (conn.status === "ENDED") {
    throw new InvalidTransitionError("This connection has already ended.");
  }
  return db().$transaction(async (tx) => {
    const res = await tx.partnerConnection.updateMany({
      where: { id, version, status: conn.status },
      data: { status: to, version: { increment: 1 } },
    });
    if (res.count === 0) throw new StaleVersionError(await tx.partnerConnection.findUnique({ where: { id }, select: connectionSelect }));
    await recordHistory(tx, {
      entityType: "CONNECTION",
      entityId: id,
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: to === "ACTIVE" ? "accepted" : "ended",
      changes: [{ field: "status", from: conn.status, to }],
    });
    return tx.partnerConnection.findUniqueOrThrow({ where: { id }, select: connectionSelect });
  });
}

export const acceptConnection = (actor: Actor, id: string, version: number) => transition(actor, id, version, "ACTIVE");
export const endConnection = (actor: Actor, id: string, version: number) => transition(actor, id, version, "ENDED");
