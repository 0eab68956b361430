/** Quick-add suggestions for a deal team (§4.2 step 5): the actor, then recent members of the organisation's deals. */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dealScope } from "@/lib/authz/scope";

export type TeamSuggestion = { name: string; email: string; phone: string };

export async function recentTeamMembers(actor: Actor, limit = 12): Promise<TeamSuggestion[]> {
  if (actor.organizationKind !== "PARTNER") return [];
  const rows = await db().dealTeamMember.findMany({
    where: { deal: dealScope(actor) },
    select: { name: true, email: true, phone: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const out: TeamSuggestion[] = [{ name: actor.name, email: actor.email, phone: rows.find((r) => r.email === actor.email)?.phone ?? "" }];
  const seen = new Set([actor.email]);
  for (const r of rows) {
    if (seen.has(r.email)) continue;
    seen.add(r.email);
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/** The actor's organisation's program locations (filters, the wizard's location choice). */
export async function organizationLocations(actor: Actor): Promise<string[]> {
  if (actor.organizationKind !== "PARTNER") return [];
  const org = await db().organization.findUnique({ where: { id: actor.organizationId }, select: { locations: true } });
  return org?.locations ?? [];
}
