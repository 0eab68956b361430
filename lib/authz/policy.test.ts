import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import { can, PERMISSIONS, permissionsOf, type Permission } from "./policy";

const base: Actor = {
  userId: "u1",
  name: "U",
  email: "u@x.example",
  organizationId: "acme",
  organizationName: "Acme",
  organizationKind: "PARTNER",
  aceRole: null,
  referralRole: null,
  locationScope: null,
  providerRole: null,
  solutionAssessmentApproved: false,
  trainingPartner: false,
  timeZone: "UTC",
  locale: "en",
};
const partner = (over: Partial<Actor>): Actor => ({ ...base, ...over });
const provider = (providerRole: Actor["providerRole"]): Actor => ({
  ...base,
  organizationId: "nimbus",
  organizationKind: "PROVIDER",
  providerRole,
});

/** The whole matrix: persona → exactly the permissions it holds. */
const MATRIX: [string, Actor, Permission[]][] = [
  [
    "alliance lead + referral admin",
    partner({ aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN", solutionAssessmentApproved: true }),
    [
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
      "referral.view",
      "referral.create",
      "referral.viewAllLocations",
      "team.manageReferralRoles",
      "assessment.create",
    ],
  ],
  [
    "alliance team",
    partner({ aceRole: "ALLIANCE_TEAM" }),
    ["opportunity.view", "opportunity.create", "opportunity.import", "opportunity.viewTeamPipeline", "connections.view"],
  ],
  [
    "ACE manager + referral user",
    partner({ aceRole: "ACE_MANAGER", referralRole: "REFERRAL_USER", locationScope: "GLOBAL" }),
    [
      "opportunity.view",
      "opportunity.create",
      "opportunity.import",
      "opportunity.viewTeamPipeline",
      "opportunity.answerShareInvitation",
      "connections.view",
      "referral.view",
      "referral.create",
    ],
  ],
  ["ACE user", partner({ aceRole: "ACE_USER" }), ["opportunity.view", "opportunity.create", "opportunity.import"]],
  ["referral user without ACE role", partner({ referralRole: "REFERRAL_USER", locationScope: "US" }), ["referral.view", "referral.create"]],
  ["partner without roles", partner({}), []],
  ["validator", provider("VALIDATOR"), ["opportunity.review"]],
  [
    "provider seller",
    provider("PROVIDER_SELLER"),
    [
      "opportunity.view",
      "opportunity.editProviderFields",
      "providerReferral.send",
      "referral.view",
      "referral.providerDecision",
      "referral.send",
    ],
  ],
  [
    "provider admin",
    provider("PROVIDER_ADMIN"),
    ["admin.organizations", "admin.users", "admin.exchangeRates", "admin.registrations", "opportunity.editProviderFields"],
  ],
];

describe("permissionsOf: the role matrix", () => {
  it.each(MATRIX)("%s", (_name, actor, expected) => {
    const everyone: Permission[] = ["settings.apiTokens", "notifications.view"];
    expect([...permissionsOf(actor)].sort()).toEqual([...expected, ...everyone].sort());
  });
  it("grants assessments only to approved organisations' referral users", () => {
    expect(permissionsOf(partner({ referralRole: "REFERRAL_USER", locationScope: "US" })).has("assessment.create")).toBe(false);
    expect(
      permissionsOf(partner({ referralRole: "REFERRAL_USER", locationScope: "US", solutionAssessmentApproved: true })).has(
        "assessment.create",
      ),
    ).toBe(true);
  });
  it("never grants provider permissions to partners holding a stray provider role", () => {
    expect(permissionsOf(partner({ providerRole: "PROVIDER_ADMIN" })).has("admin.users")).toBe(false);
  });
  it("lists every permission at least once in the matrix", () => {
    const used = new Set(MATRIX.flatMap(([, a]) => [...permissionsOf(a)]));
    expect(PERMISSIONS.filter((p) => !used.has(p))).toEqual([]);
  });
});

describe("can: people administration", () => {
  const lead = partner({ aceRole: "ALLIANCE_LEAD" });
  const refAdmin = partner({ referralRole: "REFERRAL_ADMIN" });
  const admin = provider("PROVIDER_ADMIN");
  const acmeUser = { kind: "user" as const, id: "u2", organizationId: "acme", organizationKind: "PARTNER" as const };
  const boltUser = { ...acmeUser, id: "u3", organizationId: "bolt" };
  const providerUser = { kind: "user" as const, id: "p1", organizationId: "nimbus", organizationKind: "PROVIDER" as const };

  it.each([
    ["lead sets ACE roles in own org", lead, "user.setAceRole", acmeUser, true],
    ["lead cannot set referral roles", lead, "user.setReferralRole", acmeUser, false],
    ["lead cannot touch another org", lead, "user.setAceRole", boltUser, false],
    ["referral admin sets referral roles", refAdmin, "user.setReferralRole", acmeUser, true],
    ["referral admin cannot set ACE roles", refAdmin, "user.setAceRole", acmeUser, false],
    ["referral admin deactivates in own org", refAdmin, "user.setStatus", acmeUser, true],
    ["nobody deactivates themselves", lead, "user.setStatus", { ...acmeUser, id: "u1" }, false],
    ["a lead cannot change their own ACE role", lead, "user.setAceRole", { ...acmeUser, id: "u1" }, false],
    ["a referral admin cannot change their own referral role", refAdmin, "user.setReferralRole", { ...acmeUser, id: "u1" }, false],
    [
      "a lead who is also referral admin changes neither of their own roles",
      partner({ aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN" }),
      "user.setReferralRole",
      { ...acmeUser, id: "u1" },
      false,
    ],
    ["an admin cannot change their own provider role", admin, "user.setProviderRole", { ...providerUser, id: "u1" }, false],
    ["admin sets any partner's ACE role", admin, "user.setAceRole", boltUser, true],
    ["admin sets provider roles", admin, "user.setProviderRole", providerUser, true],
    ["no ACE role on provider users", admin, "user.setAceRole", providerUser, false],
    ["ACE user sees only themself", partner({ aceRole: "ACE_USER" }), "user.view", acmeUser, false],
  ] as const)("%s", (_n, actor, action, resource, expected) => {
    expect(can(actor, action, resource)).toBe(expected);
  });

  it("organisations: admins edit, partners view their own, leads manage their connections", () => {
    const acme = { kind: "organization" as const, id: "acme", organizationKind: "PARTNER" as const };
    const bolt = { ...acme, id: "bolt" };
    expect(can(admin, "organization.edit", bolt)).toBe(true);
    expect(can(lead, "organization.edit", acme)).toBe(false);
    expect(can(lead, "organization.view", acme)).toBe(true);
    expect(can(lead, "organization.view", bolt)).toBe(false);
    expect(can(lead, "organization.manageConnections", acme)).toBe(true);
    expect(can(partner({ aceRole: "ACE_MANAGER" }), "organization.manageConnections", acme)).toBe(false);
  });
});
