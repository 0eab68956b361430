/**
 * Who is told about what (domain.md §6): the recipient lists services pass to `notify()`.
 * All read with the caller's transaction client, so the list matches the change's snapshot.
 */
import type { Prisma } from "@/lib/db";
import type { AceRole } from "@/lib/domain/roles";

type Client = Prisma.TransactionClient;

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

/** Every active user of the organisation who holds an ACE role (§2.2 ACTION_REQUIRED). */
export async function activeAceUserIds(tx: Client, organizationId: string): Promise<string[]> {
  return ids(await tx.user.findMany({ where: { organizationId, status: "ACTIVE", aceRole: { not: null } }, select: { id: true } }));
}

/** Active users of the organisation holding one of `roles`. */
export async function activeUserIdsWithAceRole(tx: Client, organizationId: string, roles: readonly AceRole[]): Promise<string[]> {
  return ids(await tx.user.findMany({ where: { organizationId, status: "ACTIVE", aceRole: { in: [...roles] } }, select: { id: true } }));
}

/** Active referral admins of the organisation (co-sell deals, §4). */
export async function activeReferralAdminIds(tx: Client, organizationId: string): Promise<string[]> {
  return ids(await tx.user.findMany({ where: { organizationId, status: "ACTIVE", referralRole: "REFERRAL_ADMIN" }, select: { id: true } }));
}
