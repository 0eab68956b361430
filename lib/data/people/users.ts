import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { roleRuleErrors, UserCreateSchema, UserRolesUpdateSchema, UserStatusUpdateSchema } from "@/lib/domain/people";
import { can, type UserAction } from "@/lib/authz/policy";
import { userScope } from "@/lib/authz/scope";
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { diffChanges, recordHistory } from "../history";
import { parseInput } from "../validate";

const userSelect = {
  id: true,
  email: true,
  name: true,
  status: true,
  aceRole: true,
  referralRole: true,
  locationScope: true,
  providerRole: true,
  version: true,
  createdAt: true,
  organizationId: true,
  organization: { select: { id: true, name: true, kind: true, locations: true } },
} satisfies Prisma.UserSelect;

export type UserView = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export async function listUsers(actor: Actor, opts: { organizationId?: string; q?: string; status?: "ACTIVE" | "INACTIVE" } = {}) {
  return db().user.findMany({
    where: {
      AND: [
        userScope(actor),
        opts.organizationId ? { organizationId: opts.organizationId } : {},
        opts.status ? { status: opts.status } : {},
        opts.q
          ? { OR: [{ name: { contains: opts.q, mode: "insensitive" } }, { email: { contains: opts.q, mode: "insensitive" } }] }
          : {},
      ],
    },
    select: userSelect,
    orderBy: [{ status: "asc" }, { name: "asc" }],
    take: 500,
  });
}

export async function getUser(actor: Actor, id: string): Promise<UserView> {
  const user = await db().user.findFirst({ where: { AND: [{ id }, userScope(actor)] }, select: userSelect });
  if (!user) throw new NotFoundError("User not found");
  return user;
}

function assertCan(actor: Actor, action: UserAction, user: UserView) {
  if (!can(actor, action, { kind: "user", id: user.id, organizationId: user.organizationId, organizationKind: user.organization.kind }))
    throw new ForbiddenError();
}

export async function createUser(actor: Actor, input: unknown) {
  if (!can(actor, "user.editProfile", { kind: "user", id: "", organizationId: "", organizationKind: "PARTNER" })) throw new NotFoundError();
  const data = parseInput(UserCreateSchema, input);
  const org = await db().organization.findUnique({ where: { id: data.organizationId }, select: { kind: true, locations: true } });
  if (!org) throw new ValidationError([{ path: "organizationId", message: "Choose an existing organisation" }]);
  const ruleErrors = roleRuleErrors(data, org);
  if (ruleErrors.length) throw new ValidationError(ruleErrors);
  const { password, ...rest } = data;
  const passwordHash = await hashPassword(password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...rest, passwordHash }, select: userSelect });
      await recordHistory(tx, {
        entityType: "USER",
        entityId: user.id,
        organizationId: user.organizationId,
        actorId: actor.userId,
        action: "created",
        changes: diffChanges({}, rest),
      });
      return user;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
      throw new ValidationError([{ path: "email", message: "A user with this email already exists" }]);
    throw e;
  }
}

export async function updateUserRoles(actor: Actor, id: string, input: unknown) {
  const before = await getUser(actor, id);
  const { version, ...patch } = parseInput(UserRolesUpdateSchema, input);
  if (patch.aceRole !== undefined && patch.aceRole !== before.aceRole) assertCan(actor, "user.setAceRole", before);
  if (
    (patch.referralRole !== undefined && patch.referralRole !== before.referralRole) ||
    (patch.locationScope !== undefined && patch.locationScope !== before.locationScope)
  )
    assertCan(actor, "user.setReferralRole", before);
  if (patch.providerRole !== undefined && patch.providerRole !== before.providerRole) assertCan(actor, "user.setProviderRole", before);
  const next = { ...before, ...patch };
  // A scope only means something for referral users.
  if (next.referralRole !== "REFERRAL_USER") next.locationScope = null;
  const ruleErrors = roleRuleErrors(next, before.organization);
  if (ruleErrors.length) throw new ValidationError(ruleErrors);
  const data = { aceRole: next.aceRole, referralRole: next.referralRole, locationScope: next.locationScope, providerRole: next.providerRole };
  return db().$transaction(async (tx) => {
    const res = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (res.count === 0) throw new StaleVersionError(await tx.user.findUnique({ where: { id }, select: userSelect }));
    await recordHistory(tx, {
      entityType: "USER",
      entityId: id,
      organizationId: before.organizationId,
      actorId: actor.userId,
      action: "roles_changed",
      changes: diffChanges(before, data),
    });
    return tx.user.findUniqueOrThrow({ where: { id }, select: userSelect });
  });
}

export async function setUserStatus(actor: Actor, id: string, input: unknown) {
  const before = await getUser(actor, id);
  assertCan(actor, "user.setStatus", before);
  const { status, version } = parseInput(UserStatusUpdateSchema, input);
  return db().$transaction(async (tx) => {
    const res = await tx.user.updateMany({ where: { id, version }, data: { status, version: { increment: 1 } } });
    if (res.count === 0) throw new StaleVersionError(await tx.user.findUnique({ where: { id }, select: userSelect }));
    await recordHistory(tx, {
      entityType: "USER",
      entityId: id,
      organizationId: before.organizationId,
      actorId: actor.userId,
      action: status === "ACTIVE" ? "reactivated" : "deactivated",
      changes: diffChanges(before, { status }),
    });
    return tx.user.findUniqueOrThrow({ where: { id }, select: userSelect });
  });
}
