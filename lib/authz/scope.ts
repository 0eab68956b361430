/**
 * Row scoping: for each kind of object, the Prisma `where` that limits a query to what
 * the actor may see (domain.md §1 Visibility). Every data function composes its filters
 * with these; an object outside the scope is "not found".
 */
import { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { GLOBAL_SCOPE } from "@/lib/domain/roles";
import { permissionsOf } from "./policy";

/** Matches nothing: for actors without any access to a kind of object. */
export const NOTHING = { id: { in: [] as string[] } };

export function userScope(actor: Actor): Prisma.UserWhereInput {
  const perms = permissionsOf(actor);
  if (perms.has("admin.users")) return {};
  if (perms.has("team.view")) return { organizationId: actor.organizationId };
  return { id: actor.userId };
}

export function organizationScope(actor: Actor): Prisma.OrganizationWhereInput {
  if (permissionsOf(actor).has("admin.organizations")) return {};
  return { id: actor.organizationId };
}

/** Connections the actor's organisation is a party to (provider admins: all). */
export function connectionScope(actor: Actor): Prisma.PartnerConnectionWhereInput {
  if (permissionsOf(actor).has("admin.organizations")) return {};
  if (!permissionsOf(actor).has("connections.view")) return NOTHING;
  return { OR: [{ requesterOrgId: actor.organizationId }, { addresseeOrgId: actor.organizationId }] };
}

/**
 * ACE opportunities the actor sees (§1): org-wide ACE roles all of their organisation's;
 * ACE users those they created or own; validators (and provider admins) every opportunity
 * submitted at least once, never drafts; provider sellers approved opportunities whose
 * provider team lists them; everyone else none. Opportunities shared with the actor's
 * organisation are NOT in this scope: they are seen only through `sharedOpportunityScope`,
 * read-only and limited to the shared fields (lib/data/opportunities/sharing.ts). Its SQL
 * twin `opportunityScopeSql` below must change with it (the list runs on it).
 */
export function opportunityScope(actor: Actor): Prisma.OpportunityWhereInput {
  if (actor.organizationKind === "PARTNER") {
    if (!actor.aceRole) return NOTHING;
    if (actor.aceRole === "ACE_USER")
      return { organizationId: actor.organizationId, OR: [{ createdById: actor.userId }, { ownerId: actor.userId }] };
    return { organizationId: actor.organizationId };
  }
  switch (actor.providerRole) {
    case "VALIDATOR":
    case "PROVIDER_ADMIN":
      return { firstSubmittedAt: { not: null } };
    case "PROVIDER_SELLER":
      return { status: "APPROVED", providerTeam: { some: { userId: actor.userId } } };
    default:
      return NOTHING;
  }
}

/**
 * Opportunities shared with the actor's organisation (§1, §2.9): an invitation to it was
 * accepted; seen by its users with an ACE role, through the shared view only.
 */
export function sharedOpportunityScope(actor: Actor): Prisma.OpportunityWhereInput {
  if (actor.organizationKind !== "PARTNER" || !actor.aceRole) return NOTHING;
  return { shares: { some: { invitedOrganizationId: actor.organizationId, status: "ACCEPTED" } } };
}

/**
 * Share invitations the actor sees (§2.9): those received by their organisation (users with
 * an ACE role) and those of opportunities they see (the sender side).
 */
export function shareInvitationScope(actor: Actor): Prisma.ShareInvitationWhereInput {
  if (actor.organizationKind !== "PARTNER" || !actor.aceRole) return NOTHING;
  return { OR: [{ invitedOrganizationId: actor.organizationId }, { opportunity: opportunityScope(actor) }] };
}

/**
 * `opportunityScope` as an SQL condition on the `Opportunity` row aliased `alias`, for the
 * hand-written list, keyset and totals statements (lib/data/opportunities/list-sql.ts).
 * The two must select the same rows: tests/integration/opportunity-scope-sql.test.ts
 * checks them against each other for every demo persona. Change both together.
 */
export function opportunityScopeSql(actor: Actor, alias = "o"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`opportunityScopeSql: bad alias ${alias}`);
  const o = Prisma.raw(`"${alias}"`);
  const none = Prisma.sql`FALSE`;
  if (actor.organizationKind === "PARTNER") {
    if (!actor.aceRole) return none;
    if (actor.aceRole === "ACE_USER")
      return Prisma.sql`(${o}."organizationId" = ${actor.organizationId} AND (${o}."createdById" = ${actor.userId} OR ${o}."ownerId" = ${actor.userId}))`;
    return Prisma.sql`${o}."organizationId" = ${actor.organizationId}`;
  }
  switch (actor.providerRole) {
    case "VALIDATOR":
    case "PROVIDER_ADMIN":
      return Prisma.sql`${o}."firstSubmittedAt" IS NOT NULL`;
    case "PROVIDER_SELLER":
      return Prisma.sql`(${o}."status" = 'APPROVED' AND EXISTS (
        SELECT 1 FROM "ProviderTeamMember" ptm WHERE ptm."opportunityId" = ${o}."id" AND ptm."userId" = ${actor.userId}))`;
    default:
      return none;
  }
}

/** Deal types provider sellers see (§1): partner-led, co-sell and assessments; P2P only when made visible; never private. */
const PROVIDER_VISIBLE_DEALS: Prisma.DealWhereInput[] = [
  { dealType: { in: ["PARTNER_LED", "CO_SELL", "SOLUTION_ASSESSMENT"] } },
  { dealType: "P2P", visibleToProvider: true },
];

/**
 * Co-sell deals the actor sees (§1): referral admins every deal of their organisation;
 * referral users those whose location matches their scope (GLOBAL matches every location)
 * and whose deal team lists them (by user id or email); provider sellers deals visible to
 * the provider and inbound deals they sent; everyone else none. A private deal is never
 * visible outside its organisation.
 */
export function dealScope(actor: Actor): Prisma.DealWhereInput {
  if (actor.organizationKind === "PARTNER") {
    if (actor.referralRole === "REFERRAL_ADMIN") return { organizationId: actor.organizationId };
    if (actor.referralRole === "REFERRAL_USER") {
      const scope = actor.locationScope;
      if (!scope) return NOTHING;
      return {
        organizationId: actor.organizationId,
        ...(scope === GLOBAL_SCOPE ? {} : { location: scope }),
        team: { some: { OR: [{ userId: actor.userId }, { email: actor.email.toLowerCase() }] } },
      };
    }
    return NOTHING;
  }
  if (actor.providerRole === "PROVIDER_SELLER") {
    return { OR: [...PROVIDER_VISIBLE_DEALS, { direction: "INBOUND", senderUserId: actor.userId }] };
  }
  return NOTHING;
}
