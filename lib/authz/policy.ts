/**
 * Who may do what: the one role → permission map of the portal (domain.md §1).
 * The server enforces it in every service; the UI reads the same functions to decide what
 * to show. Row-level visibility (which objects an actor sees) lives in ./scope.ts.
 * Pure: no database, no Next.
 */
import type { Actor } from "@/lib/domain/actor";
import type { AceRole, ProviderRole, ReferralRole } from "@/lib/domain/roles";

export const PERMISSIONS = [
  // ACE opportunities (partners)
  "opportunity.view",
  "opportunity.create",
  "opportunity.import",
  "opportunity.viewTeamPipeline",
  "opportunity.respondToProviderReferral",
  "opportunity.answerShareInvitation",
  // ACE opportunities (provider)
  "opportunity.review",
  "opportunity.editProviderFields",
  "providerReferral.send",
  // Co-sell referrals
  "referral.view",
  "referral.create",
  "referral.viewAllLocations",
  "assessment.create",
  "referral.providerDecision",
  /** Send a co-sell deal to a partner as an inbound referral (provider sellers; partners do it through referral.create). */
  "referral.send",
  // Administration
  "admin.organizations",
  "admin.users",
  "admin.exchangeRates",
  "admin.registrations",
  "team.view",
  "team.manageAceRoles",
  "team.manageReferralRoles",
  "team.manageStatus",
  "connections.view",
  "connections.manage",
  // Everyone signed in
  "settings.apiTokens",
  "notifications.view",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYONE: Permission[] = ["settings.apiTokens", "notifications.view"];

const ACE_ROLE_PERMISSIONS: Record<AceRole, Permission[]> = {
  ALLIANCE_LEAD: [
    "opportunity.view",
    "opportunity.create",
    "opportunity.import",
    "opportunity.viewTeamPipeline",
    "opportunity.respondToProviderReferral",
    "opportunity.answerShareInvitation",
    "team.view",
    "team.manageAceRoles",
    "team.manageStatus",
    "connections.view",
    "connections.manage",
  ],
  ALLIANCE_TEAM: ["opportunity.view", "opportunity.create", "opportunity.import", "opportunity.viewTeamPipeline", "connections.view"],
  ACE_MANAGER: [
    "opportunity.view",
    "opportunity.create",
    "opportunity.import",
    "opportunity.viewTeamPipeline",
    "opportunity.answerShareInvitation",
    "connections.view",
  ],
  ACE_USER: ["opportunity.view", "opportunity.create", "opportunity.import"],
};

const REFERRAL_ROLE_PERMISSIONS: Record<ReferralRole, Permission[]> = {
  REFERRAL_ADMIN: [
    "referral.view",
    "referral.create",
    "referral.viewAllLocations",
    "team.view",
    "team.manageReferralRoles",
    "team.manageStatus",
  ],
  REFERRAL_USER: ["referral.view", "referral.create"],
};

const PROVIDER_ROLE_PERMISSIONS: Record<ProviderRole, Permission[]> = {
  VALIDATOR: ["opportunity.review"],
  PROVIDER_SELLER: [
    "opportunity.view",
    "opportunity.editProviderFields",
    "providerReferral.send",
    "referral.view",
    "referral.providerDecision",
    "referral.send",
  ],
  PROVIDER_ADMIN: ["admin.organizations", "admin.users", "admin.exchangeRates", "admin.registrations", "opportunity.editProviderFields"],
};

/** Every permission the actor's roles grant. */
export function permissionsOf(actor: Actor): Set<Permission> {
  const granted = new Set<Permission>(EVERYONE);
  const add = (list: Permission[] | undefined) => list?.forEach((p) => granted.add(p));
  if (actor.organizationKind === "PARTNER") {
    if (actor.aceRole) add(ACE_ROLE_PERMISSIONS[actor.aceRole]);
    if (actor.referralRole) add(REFERRAL_ROLE_PERMISSIONS[actor.referralRole]);
    if (actor.referralRole && actor.solutionAssessmentApproved) granted.add("assessment.create");
  } else if (actor.providerRole) {
    add(PROVIDER_ROLE_PERMISSIONS[actor.providerRole]);
  }
  return granted;
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return permissionsOf(actor).has(permission);
}

/** A user as the people-administration rules see it. */
export type UserResource = { kind: "user"; id: string; organizationId: string; organizationKind: "PARTNER" | "PROVIDER" };
export type OrganizationResource = { kind: "organization"; id: string; organizationKind: "PARTNER" | "PROVIDER" };

export type UserAction =
  "user.view" | "user.setAceRole" | "user.setReferralRole" | "user.setProviderRole" | "user.setStatus" | "user.editProfile";
export type OrganizationAction = "organization.view" | "organization.edit" | "organization.manageConnections";

/**
 * can(actor, action, resource): the resource-aware check used by services before a write
 * and by pages to decide which controls to show.
 */
export function can(actor: Actor, action: UserAction, resource: UserResource): boolean;
export function can(actor: Actor, action: OrganizationAction, resource: OrganizationResource): boolean;
export function can(actor: Actor, action: UserAction | OrganizationAction, resource: UserResource | OrganizationResource): boolean {
  const perms = permissionsOf(actor);
  const isAdmin = perms.has("admin.users");
  if (resource.kind === "user") {
    const sameOrg = resource.organizationId === actor.organizationId;
    const self = resource.id === actor.userId;
    switch (action) {
      case "user.view":
        return isAdmin || self || (sameOrg && perms.has("team.view"));
      case "user.editProfile":
        return isAdmin;
      // Nobody changes their own roles: an alliance lead dropping ALLIANCE_LEAD (or a referral
      // admin dropping REFERRAL_ADMIN) could leave the organisation without anyone to undo it.
      case "user.setAceRole":
        return resource.organizationKind === "PARTNER" && !self && (isAdmin || (sameOrg && perms.has("team.manageAceRoles")));
      case "user.setReferralRole":
        return resource.organizationKind === "PARTNER" && !self && (isAdmin || (sameOrg && perms.has("team.manageReferralRoles")));
      case "user.setProviderRole":
        return resource.organizationKind === "PROVIDER" && isAdmin && !self;
      case "user.setStatus":
        // Nobody deactivates themselves: an organisation must not lock itself out by accident.
        return !self && (isAdmin || (sameOrg && perms.has("team.manageStatus")));
      default:
        return false;
    }
  }
  const ownOrg = resource.id === actor.organizationId;
  switch (action) {
    case "organization.view":
      return perms.has("admin.organizations") || ownOrg;
    case "organization.edit":
      return perms.has("admin.organizations");
    case "organization.manageConnections":
      return resource.organizationKind === "PARTNER" && ((ownOrg && perms.has("connections.manage")) || perms.has("admin.organizations"));
    default:
      return false;
  }
}
