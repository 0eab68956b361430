/**
 * What a referral user may put a deal into (domain.md §1 "Co-sell referrals"): a
 * `REFERRAL_USER` sees a deal only when its location matches their scope (`GLOBAL` matches
 * every location) **and** they are on its team. A deal they create, accept or edit must
 * stay within that reach, otherwise it would be saved and then vanish for them (not found,
 * and a retry would create a duplicate). Referral admins and provider sellers have no such
 * limit.
 */
import type { Actor } from "../actor";
import { GLOBAL_SCOPE } from "../roles";

type ReachActor = Pick<Actor, "organizationKind" | "referralRole" | "locationScope" | "email">;

/** True when the actor's deals are limited by location scope and team (a partner's referral user). */
export const isScopedReferralUser = (actor: ReachActor): boolean =>
  actor.organizationKind === "PARTNER" && actor.referralRole === "REFERRAL_USER";

/** The locations (of `locations`) the actor may give a deal: all, or only the one of their scope. */
export function locationsWithinReach(actor: ReachActor, locations: readonly string[]): string[] {
  if (!isScopedReferralUser(actor) || actor.locationScope === GLOBAL_SCOPE) return [...locations];
  const scope = actor.locationScope?.toUpperCase();
  return locations.filter((l) => l.toUpperCase() === scope);
}

export type ReachError = { path: "location" | "team"; message: string };

/**
 * Refusals for a deal a referral user is about to write: `location` (when given) outside
 * their scope, `team` (when given) without their own email. Empty for everybody else.
 */
export function dealReachErrors(
  actor: ReachActor,
  deal: { location?: string | null; teamEmails?: readonly string[] | null },
): ReachError[] {
  if (!isScopedReferralUser(actor)) return [];
  const errors: ReachError[] = [];
  const scope = actor.locationScope;
  if (deal.location != null && scope !== GLOBAL_SCOPE && deal.location.toUpperCase() !== scope?.toUpperCase()) {
    errors.push({
      path: "location",
      message: scope ? `You work on deals in ${scope} only: choose that location` : "You have no location scope: ask your referral admin",
    });
  }
  if (deal.teamEmails != null) {
    const me = actor.email.trim().toLowerCase();
    if (!deal.teamEmails.some((e) => e.trim().toLowerCase() === me)) {
      errors.push({ path: "team", message: "Keep yourself on the team: you see only the deals whose team you are on" });
    }
  }
  return errors;
}
