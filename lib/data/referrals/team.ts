/** Quick-add suggestions for a deal team (§4.2 step 5): the actor, then recent members of the organisation's deals. */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dealScope } from "@/lib/authz/scope";
import { PhoneSchema, locationsWithinReach } from "@/lib/domain/referral";

export type TeamSuggestion = { name: string; email: string; phone: string };

export async function recentTeamMembers(actor: Actor, limit = 12): Promise<TeamSuggestion[]> {
  if (actor.organizationKind !== "PARTNER") return [];
  const rows = await db().dealTeamMember.findMany({
    where: { deal: dealScope(actor) },
    select: { name: true, email: true, phone: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const out: TeamSuggestion[] = [{ name: actor.name, email: actor.email, phone: (await knownPhoneOf(actor)) ?? "" }];
  const seen = new Set([actor.email]);
  for (const r of rows) {
    if (seen.has(r.email) || !r.phone) continue;
    seen.add(r.email);
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The phone number the actor last gave on a deal team of their organisation (matched by user
 * or email), or null when none is known (the portal keeps no phone on the user).
 */
export async function knownPhoneOf(actor: Actor): Promise<string | null> {
  if (actor.organizationKind !== "PARTNER") return null;
  const rows = await db().dealTeamMember.findMany({
    where: {
      deal: { organizationId: actor.organizationId },
      OR: [{ userId: actor.userId }, { email: actor.email.toLowerCase() }],
      phone: { not: "" },
    },
    select: { phone: true },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  return rows.find((r) => PhoneSchema.safeParse(r.phone).success)?.phone ?? null;
}

/**
 * The program locations the actor may give a deal (the wizard's choice, the list's filter):
 * the organisation's, and for a referral user only the one of their scope (§1).
 */
export async function organizationLocations(actor: Actor): Promise<string[]> {
  if (actor.organizationKind !== "PARTNER") return [];
  const org = await db().organization.findUnique({ where: { id: actor.organizationId }, select: { locations: true } });
  return locationsWithinReach(actor, org?.locations ?? []);
}
