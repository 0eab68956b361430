/**
 * The co-sell directory (domain.md §4.5): partner organisations on the portal with an active
 * referral admin. P2P invitations and partner-to-partner referrals go only to them.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { assertCatalogAccess } from "./customers";

export type DirectoryPartner = { id: string; name: string; locations: string[]; solutionAssessmentApproved: boolean };

export const coSellDirectoryWhere = {
  kind: "PARTNER",
  users: { some: { referralRole: "REFERRAL_ADMIN", status: "ACTIVE" } },
} as const;

/** Partners the actor may invite or send a deal to (never the actor's own organisation). */
export async function coSellDirectory(actor: Actor, opts: { q?: string } = {}): Promise<DirectoryPartner[]> {
  assertCatalogAccess(actor);
  const q = opts.q?.trim().slice(0, 120);
  return db().organization.findMany({
    where: { ...coSellDirectoryWhere, id: { not: actor.organizationId }, ...(q ? { name: { contains: q, mode: "insensitive" } } : {}) },
    select: { id: true, name: true, locations: true, solutionAssessmentApproved: true },
    orderBy: { name: "asc" },
    take: 200,
  });
}
