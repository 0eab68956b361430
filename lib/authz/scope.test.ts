import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/actor";
import {
  connectionScope,
  dealScope,
  NOTHING,
  opportunityScope,
  organizationScope,
  shareInvitationScope,
  sharedOpportunityScope,
  userScope,
} from "./scope";

const a = (over: Partial<Actor>): Actor => ({
  userId: "me",
  name: "Me",
  email: "me@x.example",
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
  ...over,
});

describe("opportunityScope", () => {
  it("gives org-wide ACE roles their whole organisation", () => {
    for (const aceRole of ["ALLIANCE_LEAD", "ALLIANCE_TEAM", "ACE_MANAGER"] as const)
      expect(opportunityScope(a({ aceRole }))).toEqual({ organizationId: "acme" });
  });
  it("limits ACE users to what they created or own", () => {
    expect(opportunityScope(a({ aceRole: "ACE_USER" }))).toEqual({
      organizationId: "acme",
      OR: [{ createdById: "me" }, { ownerId: "me" }],
    });
  });
  it("gives partners without an ACE role nothing", () => {
    expect(opportunityScope(a({ referralRole: "REFERRAL_USER" }))).toBe(NOTHING);
  });
  it("shows validators submitted opportunities only, sellers approved ones they are on", () => {
    expect(opportunityScope(a({ organizationKind: "PROVIDER", providerRole: "VALIDATOR" }))).toEqual({ firstSubmittedAt: { not: null } });
    expect(opportunityScope(a({ organizationKind: "PROVIDER", providerRole: "PROVIDER_SELLER" }))).toEqual({
      status: "APPROVED",
      providerTeam: { some: { userId: "me" } },
    });
  });
});

describe("userScope", () => {
  it("lets team viewers see their org, others only themselves", () => {
    expect(userScope(a({ aceRole: "ALLIANCE_LEAD" }))).toEqual({ organizationId: "acme" });
    expect(userScope(a({ aceRole: "ACE_USER" }))).toEqual({ id: "me" });
    expect(userScope(a({ organizationKind: "PROVIDER", providerRole: "PROVIDER_ADMIN" }))).toEqual({});
  });
});

describe("organizationScope", () => {
  it("gives provider admins every organisation", () => {
    expect(organizationScope(a({ organizationId: "nimbus", organizationKind: "PROVIDER", providerRole: "PROVIDER_ADMIN" }))).toEqual({});
  });
  it.each([
    ["an alliance lead", a({ aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN" }), "acme"],
    ["an ACE user", a({ aceRole: "ACE_USER" }), "acme"],
    ["a partner without roles", a({}), "acme"],
    ["a validator", a({ organizationId: "nimbus", organizationKind: "PROVIDER", providerRole: "VALIDATOR" }), "nimbus"],
    ["a provider seller", a({ organizationId: "nimbus", organizationKind: "PROVIDER", providerRole: "PROVIDER_SELLER" }), "nimbus"],
  ])("limits %s to their own organisation", (_n, actor, id) => {
    expect(organizationScope(actor)).toEqual({ id });
  });
});

describe("connectionScope", () => {
  const ownSide = { OR: [{ requesterOrgId: "acme" }, { addresseeOrgId: "acme" }] };
  it("shows org-wide ACE roles the connections their organisation requested or was asked for", () => {
    for (const aceRole of ["ALLIANCE_LEAD", "ALLIANCE_TEAM", "ACE_MANAGER"] as const)
      expect(connectionScope(a({ aceRole }))).toEqual(ownSide);
  });
  it("gives provider admins every connection", () => {
    expect(connectionScope(a({ organizationId: "nimbus", organizationKind: "PROVIDER", providerRole: "PROVIDER_ADMIN" }))).toEqual({});
  });
  it.each([
    ["an ACE user", a({ aceRole: "ACE_USER", referralRole: "REFERRAL_USER", locationScope: "US" })],
    ["a referral admin without an ACE role", a({ referralRole: "REFERRAL_ADMIN" })],
    ["a partner without roles", a({})],
    ["a validator", a({ organizationId: "nimbus", organizationKind: "PROVIDER", providerRole: "VALIDATOR" })],
    ["a provider seller", a({ organizationId: "nimbus", organizationKind: "PROVIDER", providerRole: "PROVIDER_SELLER" })],
  ])("gives %s nothing", (_n, actor) => {
    expect(connectionScope(actor)).toBe(NOTHING);
  });
});

describe("dealScope", () => {
  it("gives referral admins every deal of their organisation, whatever the location", () => {
    expect(dealScope(a({ referralRole: "REFERRAL_ADMIN" }))).toEqual({ organizationId: "acme" });
  });
  it("limits referral users to their location and to deals whose team lists them (id or email)", () => {
    const team = { some: { OR: [{ userId: "me" }, { email: "me@x.example" }] } };
    expect(dealScope(a({ referralRole: "REFERRAL_USER", locationScope: "DE" }))).toEqual({ organizationId: "acme", location: "DE", team });
    expect(dealScope(a({ referralRole: "REFERRAL_USER", locationScope: "GLOBAL" }))).toEqual({ organizationId: "acme", team });
    expect(dealScope(a({ referralRole: "REFERRAL_USER", locationScope: null }))).toBe(NOTHING);
  });
  it("matches the team email case-insensitively (emails are stored lower-case)", () => {
    expect(dealScope(a({ referralRole: "REFERRAL_USER", locationScope: "US", email: "Me@X.example" }))).toMatchObject({
      team: { some: { OR: [{ userId: "me" }, { email: "me@x.example" }] } },
    });
  });
  it("shows provider sellers provider-visible deals (never private) and inbound deals they sent", () => {
    const where = dealScope(a({ organizationKind: "PROVIDER", providerRole: "PROVIDER_SELLER" }));
    expect(where).toEqual({
      OR: [
        { dealType: { in: ["PARTNER_LED", "CO_SELL", "SOLUTION_ASSESSMENT"] } },
        { dealType: "P2P", visibleToProvider: true },
        { direction: "INBOUND", senderUserId: "me" },
      ],
    });
    expect(JSON.stringify(where)).not.toContain("PRIVATE");
  });
  it("gives partners without a referral role, validators and provider admins nothing", () => {
    expect(dealScope(a({ aceRole: "ALLIANCE_LEAD" }))).toBe(NOTHING);
    expect(dealScope(a({ organizationKind: "PROVIDER", providerRole: "VALIDATOR" }))).toBe(NOTHING);
    expect(dealScope(a({ organizationKind: "PROVIDER", providerRole: "PROVIDER_ADMIN" }))).toBe(NOTHING);
  });
});

describe("sharedOpportunityScope", () => {
  it("gives every ACE role of a partner the opportunities shared with its organisation and accepted", () => {
    for (const aceRole of ["ALLIANCE_LEAD", "ALLIANCE_TEAM", "ACE_MANAGER", "ACE_USER"] as const) {
      expect(sharedOpportunityScope(a({ aceRole }))).toEqual({ shares: { some: { invitedOrganizationId: "acme", status: "ACCEPTED" } } });
    }
  });
  it("gives partners without an ACE role and provider users nothing", () => {
    expect(sharedOpportunityScope(a({}))).toBe(NOTHING);
    expect(sharedOpportunityScope(a({ organizationKind: "PROVIDER", providerRole: "PROVIDER_ADMIN" }))).toBe(NOTHING);
  });
  it("does not widen opportunityScope: shared opportunities are reached only through it", () => {
    expect(JSON.stringify(opportunityScope(a({ aceRole: "ALLIANCE_LEAD" })))).not.toContain("shares");
  });
});

describe("shareInvitationScope", () => {
  it("shows invitations received by the organisation and those of opportunities the actor sees", () => {
    expect(shareInvitationScope(a({ aceRole: "ACE_USER" }))).toEqual({
      OR: [{ invitedOrganizationId: "acme" }, { opportunity: opportunityScope(a({ aceRole: "ACE_USER" })) }],
    });
    expect(shareInvitationScope(a({}))).toBe(NOTHING);
    expect(shareInvitationScope(a({ organizationKind: "PROVIDER", providerRole: "VALIDATOR" }))).toBe(NOTHING);
  });
});
