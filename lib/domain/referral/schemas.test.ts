import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  AcceptDealSchema,
  CloseAsErrorSchema,
  CreateReferralSchema,
  DeclineDealSchema,
  InviteToDealSchema,
  MarkLostSchema,
  MarkStageSchema,
  ProviderDecisionSchema,
  UpdateDealSchema,
  createReferralSchema,
  inviteToDealSchema,
  updateDealSchemaFor,
  type ReferralSchemaContext,
} from "./schemas";
import type { SolutionKind } from "./picklists";

const CATALOGUE: Record<string, SolutionKind> = {
  "sol-own": "OWN",
  "sol-provider": "PROVIDER",
  "sol-3p": "THIRD_PARTY",
  "sol-assess": "ASSESSMENT",
};
const ctx: ReferralSchemaContext = { locations: ["US", "DE"], solutionKind: (id) => CATALOGUE[id] ?? null };

/** The co-sell referral of api.md (with catalogue ids). */
const example = () => ({
  dealType: "CO_SELL",
  program: "IP_CO_SELL",
  customer: { accountId: "acct-1" },
  customerContact: { name: "Kai Kim", phone: "+1 555 0100", email: "kai@initech.example", consent: true },
  name: "Initech data platform",
  location: "US",
  estimatedValue: { amount: "40000.00", currency: "USD" },
  estimatedCloseDate: "2027-02-15",
  crmId: "CRM-7",
  campaignId: null,
  solutionArea: "Data and AI",
  solutionPlay: "Analytics",
  notes: "Needs a reference architecture review.",
  marketplaceIntent: "UNDECIDED",
  team: [{ name: "Lena Lead", phone: "+49 30 555", email: "lead@acme.example" }],
  solutions: [{ solutionId: "sol-own" }],
  helpFromProvider: ["Architecture review"],
  visibleToProvider: true,
  partnerInvitations: [] as unknown[],
});

type Body = Record<string, unknown>;

/** Dotted paths of the errors, e.g. `team.0.email`. */
const paths = (schema: z.ZodType, body: unknown) => {
  const result = schema.safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

const partnerInvitation = (over: Body = {}) => ({
  partnerOrganizationId: "org-bolt",
  estimatedCloseDate: "2027-03-01",
  estimatedValue: { amount: "10000", currency: "EUR" },
  notes: "Bolt runs the data migration.",
  teamMemberEmails: ["lead@acme.example"],
  solutions: [{ solutionId: "sol-3p" }],
  helpWanted: ["DEPLOYMENT_SERVICES"],
  ...over,
});

const assessmentBody = (): Body => ({
  ...example(),
  dealType: "SOLUTION_ASSESSMENT",
  program: "SERVICES_CO_SELL",
  partnerRole: "SOLUTION_DESIGN",
  marketplaceIntent: null,
  solutions: [{ solutionId: "sol-assess" }],
  assessmentLocation: "DE",
  customerContact: { ...example().customerContact, notes: "Please contact the CFO first." },
  helpFromProvider: undefined,
  visibleToProvider: undefined,
});

describe("CreateReferralSchema: valid bodies", () => {
  it("accepts the api.md example, with and without context", () => {
    expect(paths(CreateReferralSchema, example())).toEqual([]);
    expect(paths(createReferralSchema(ctx), example())).toEqual([]);
  });
  it("parses money to minor units and trims text", () => {
    const parsed = createReferralSchema(ctx).parse({ ...example(), name: "  Initech  " });
    expect(parsed.estimatedValue).toEqual({ amountMinor: 4_000_000, currency: "USD" });
    expect(parsed.name).toBe("Initech");
  });
  it.each([
    ["PRIVATE", { helpFromProvider: "NONE", visibleToProvider: false }],
    ["PARTNER_LED", { helpFromProvider: "NONE", visibleToProvider: true }],
  ])("accepts a %s deal", (dealType, answers) => {
    expect(paths(createReferralSchema(ctx), { ...example(), dealType, ...answers })).toEqual([]);
  });
  it("accepts a P2P deal with a partner invitation (and a provider invitation)", () => {
    expect(paths(createReferralSchema(ctx), { ...example(), dealType: "P2P", partnerInvitations: [partnerInvitation()] })).toEqual([]);
  });
  it("accepts a solution assessment", () => {
    expect(paths(createReferralSchema(ctx), assessmentBody())).toEqual([]);
  });
  it("accepts a services co-sell deal without solutions and an inline customer", () => {
    const body = {
      ...example(),
      program: "SERVICES_CO_SELL",
      partnerRole: "DEPLOYMENT_SERVICES",
      marketplaceIntent: undefined,
      solutions: [],
      customer: { name: "Globex", countryCode: "de", city: "Berlin", postalCode: "10115" },
    };
    expect(paths(createReferralSchema(ctx), body)).toEqual([]);
  });
  it("a customer without postal code is fine where the country has none (HK)", () => {
    const body = { ...example(), customer: { name: "Wing Co", countryCode: "HK", city: "Hong Kong" } };
    expect(paths(createReferralSchema(ctx), body)).toEqual([]);
  });
});

describe("CreateReferralSchema: each rule broken once", () => {
  const S = createReferralSchema(ctx);
  it.each<[string, (b: Body) => Body, string[]]>([
    ["unknown key", (b) => ({ ...b, extra: 1 }), [""]],
    ["dealType missing", ({ dealType: _d, ...b }) => b, ["dealType"]],
    ["program unknown", (b) => ({ ...b, program: "RESELL" }), ["program"]],
    ["name empty", (b) => ({ ...b, name: "  " }), ["name"]],
    ["location missing", ({ location: _l, ...b }) => b, ["location"]],
    ["location not one of the org's", (b) => ({ ...b, location: "JP" }), ["location"]],
    ["estimatedValue 0", (b) => ({ ...b, estimatedValue: { amount: "0.00", currency: "USD" } }), ["estimatedValue.amount"]],
    ["estimatedValue negative", (b) => ({ ...b, estimatedValue: { amount: "-5", currency: "USD" } }), ["estimatedValue.amount"]],
    ["estimatedValue as a float", (b) => ({ ...b, estimatedValue: { amount: 40000, currency: "USD" } }), ["estimatedValue.amount"]],
    ["estimatedValue unknown currency", (b) => ({ ...b, estimatedValue: { amount: "1", currency: "XXX" } }), ["estimatedValue.currency"]],
    ["estimatedCloseDate invalid", (b) => ({ ...b, estimatedCloseDate: "2027-02-30" }), ["estimatedCloseDate"]],
    ["notes missing", ({ notes: _n, ...b }) => b, ["notes"]],
    ["crmId too long", (b) => ({ ...b, crmId: "x".repeat(65) }), ["crmId"]],
    ["team empty", (b) => ({ ...b, team: [] }), ["team"]],
    ["team member without phone", (b) => ({ ...b, team: [{ name: "A", email: "a@acme.example" }] }), ["team.0.phone"]],
    ["team member bad email", (b) => ({ ...b, team: [{ name: "A", phone: "+1 555", email: "nope" }] }), ["team.0.email"]],
    ["team member bad phone", (b) => ({ ...b, team: [{ name: "A", phone: "555-0100", email: "a@acme.example" }] }), ["team.0.phone"]],
    [
      "team member twice",
      (b) => ({ ...b, team: [...(b.team as unknown[]), { name: "L", phone: "+1 555 01", email: "LEAD@acme.example" }] }),
      ["team.1.email"],
    ],
    [
      "customer contact without consent",
      (b) => ({ ...b, customerContact: { ...(b.customerContact as Body), consent: false } }),
      ["customerContact.consent"],
    ],
    ["customer: both account and details", (b) => ({ ...b, customer: { accountId: "a", name: "X" } }), ["customer.name"]],
    [
      "customer: details incomplete",
      (b) => ({ ...b, customer: { name: "X", countryCode: "DE" } }),
      ["customer.city", "customer.postalCode"],
    ],
    [
      "customer: bad country",
      (b) => ({ ...b, customer: { name: "X", countryCode: "ZZ", city: "Y", postalCode: "1" } }),
      ["customer.countryCode"],
    ],
    ["dealType disagrees with answers", (b) => ({ ...b, dealType: "PARTNER_LED" }), ["dealType"]],
    ["help requested but not visible", (b) => ({ ...b, visibleToProvider: false }), ["visibleToProvider"]],
    ["answers missing", ({ helpFromProvider: _h, visibleToProvider: _v, ...b }) => b, ["helpFromProvider", "visibleToProvider"]],
    ["help: empty list", (b) => ({ ...b, helpFromProvider: [] }), ["helpFromProvider"]],
    ["IP co-sell without solutions", (b) => ({ ...b, solutions: [] }), ["solutions"]],
    ["IP co-sell without marketplace intent", (b) => ({ ...b, marketplaceIntent: null }), ["marketplaceIntent"]],
    ["unknown solution", (b) => ({ ...b, solutions: [{ solutionId: "nope" }] }), ["solutions.0.solutionId"]],
    ["assessment solution on an ordinary deal", (b) => ({ ...b, solutions: [{ solutionId: "sol-assess" }] }), ["solutions.0.solutionId"]],
    [
      "same solution twice",
      (b) => ({ ...b, solutions: [{ solutionId: "sol-own" }, { solutionId: "sol-own" }] }),
      ["solutions.1.solutionId"],
    ],
    [
      "services co-sell without partner role and play",
      (b) => ({ ...b, program: "SERVICES_CO_SELL", marketplaceIntent: null, solutionPlay: null }),
      ["partnerRole", "solutionPlay"],
    ],
    [
      "services co-sell with marketplace intent",
      (b) => ({ ...b, program: "SERVICES_CO_SELL", partnerRole: "TRANSACTION" }),
      ["marketplaceIntent"],
    ],
    ["partner invitations on a non-P2P deal", (b) => ({ ...b, partnerInvitations: [partnerInvitation()] }), ["partnerInvitations"]],
    ["assessment location on an ordinary deal", (b) => ({ ...b, assessmentLocation: "US" }), ["assessmentLocation"]],
  ])("%s", (_label, mutate, expected) => {
    expect(paths(S, mutate(example())).sort()).toEqual([...expected].sort());
  });

  it("lists every broken field at once, even with a type error elsewhere", () => {
    const body = { ...example(), name: 42, estimatedValue: { amount: "0", currency: "USD" }, team: [], dealType: "PARTNER_LED" };
    expect(paths(S, body).sort()).toEqual(["dealType", "estimatedValue.amount", "name", "team"]);
  });
});

describe("P2P rules (§4.5)", () => {
  const S = createReferralSchema(ctx);
  const p2p = (invitations: unknown[], over: Body = {}) => ({ ...example(), dealType: "P2P", partnerInvitations: invitations, ...over });
  it.each<[string, unknown[], string[]]>([
    ["no partner", [], ["partnerInvitations"]],
    ["close date missing", [partnerInvitation({ estimatedCloseDate: undefined })], ["partnerInvitations.0.estimatedCloseDate"]],
    ["value 0", [partnerInvitation({ estimatedValue: { amount: "0", currency: "EUR" } })], ["partnerInvitations.0.estimatedValue.amount"]],
    ["notes missing", [partnerInvitation({ notes: "" })], ["partnerInvitations.0.notes"]],
    ["no team member", [partnerInvitation({ teamMemberEmails: [] })], ["partnerInvitations.0.teamMemberEmails"]],
    [
      "team member not on the deal team",
      [partnerInvitation({ teamMemberEmails: ["x@acme.example"] })],
      ["partnerInvitations.0.teamMemberEmails.0"],
    ],
    ["no solution", [partnerInvitation({ solutions: [] })], ["partnerInvitations.0.solutions"]],
    [
      "assessment as a partner's solution",
      [partnerInvitation({ solutions: [{ solutionId: "sol-assess" }] })],
      ["partnerInvitations.0.solutions.0.solutionId"],
    ],
    ["no help wanted", [partnerInvitation({ helpWanted: [] })], ["partnerInvitations.0.helpWanted"]],
    ["same partner twice", [partnerInvitation(), partnerInvitation()], ["partnerInvitations.1.partnerOrganizationId"]],
    [
      "ten partners",
      Array.from({ length: 10 }, (_, i) => partnerInvitation({ partnerOrganizationId: `org-${i}` })),
      ["partnerInvitations"],
    ],
  ])("%s", (_label, invitations, expected) => {
    expect(paths(S, p2p(invitations)).sort()).toEqual([...expected].sort());
  });
  it("a P2P deal does not name a single recipient", () => {
    expect(paths(S, p2p([partnerInvitation()], { recipientOrganizationId: "org-x" }))).toEqual(["recipientOrganizationId"]);
  });
  it("a P2P deal asking the provider for help must be visible to provider sellers", () => {
    expect(paths(S, p2p([partnerInvitation()], { visibleToProvider: false }))).toEqual(["visibleToProvider"]);
  });
});

describe("solution assessment rules (§5)", () => {
  const S = createReferralSchema(ctx);
  it.each<[string, (b: Body) => Body, string[]]>([
    ["two solutions", (b) => ({ ...b, solutions: [{ solutionId: "sol-assess" }, { solutionId: "sol-own" }] }), ["solutions"]],
    ["no solution", (b) => ({ ...b, solutions: [] }), ["solutions"]],
    ["a non-assessment solution", (b) => ({ ...b, solutions: [{ solutionId: "sol-own" }] }), ["solutions.0.solutionId"]],
    ["no assessment location", (b) => ({ ...b, assessmentLocation: null }), ["assessmentLocation"]],
    ["assessment location not the org's", (b) => ({ ...b, assessmentLocation: "JP" }), ["assessmentLocation"]],
    ["no customer contact", (b) => ({ ...b, customerContact: null }), ["customerContact"]],
    [
      "no notes for the specialist",
      (b) => ({ ...b, customerContact: { ...(b.customerContact as Body), notes: "" } }),
      ["customerContact.notes"],
    ],
    ["not visible to the provider", (b) => ({ ...b, visibleToProvider: false }), ["visibleToProvider"]],
  ])("%s", (_label, mutate, expected) => {
    expect(paths(S, mutate(assessmentBody())).sort()).toEqual([...expected].sort());
  });
});

describe("answers on a received deal", () => {
  const accept = {
    name: "Initech",
    estimatedValue: { amount: "40000", currency: "USD" },
    estimatedCloseDate: "2027-02-15",
    notes: "Taking it.",
  };
  it("AcceptDealSchema: required fields, optional team", () => {
    expect(paths(AcceptDealSchema, accept)).toEqual([]);
    expect(
      paths(AcceptDealSchema, {
        ...accept,
        crmId: "C-1",
        campaignId: "X",
        team: [{ name: "A", phone: "+1 555 0100", email: "a@b.example" }],
      }),
    ).toEqual([]);
    expect(paths(AcceptDealSchema, {}).sort()).toEqual(["estimatedCloseDate", "estimatedValue", "name", "notes"]);
    expect(paths(AcceptDealSchema, { ...accept, team: [] })).toEqual(["team"]);
    expect(paths(AcceptDealSchema, { ...accept, location: "US" })).toEqual([""]);
  });
  it("DeclineDealSchema: a reason; notes required with OTHER", () => {
    expect(paths(DeclineDealSchema, { reason: "NO_CAPACITY" })).toEqual([]);
    expect(paths(DeclineDealSchema, { reason: "OTHER" })).toEqual(["notes"]);
    expect(paths(DeclineDealSchema, { reason: "OTHER", notes: "Out of scope" })).toEqual([]);
    expect(paths(DeclineDealSchema, { reason: "BORED" })).toEqual(["reason"]);
  });
  it("MarkLostSchema and CloseAsErrorSchema: a reason from the picklist", () => {
    expect(paths(MarkLostSchema, { reason: "PRICE" })).toEqual([]);
    expect(paths(MarkLostSchema, { reason: "WRONG_CUSTOMER" })).toEqual(["reason"]);
    expect(paths(CloseAsErrorSchema, { reason: "WRONG_CUSTOMER" })).toEqual([]);
    expect(paths(CloseAsErrorSchema, {})).toEqual(["reason"]);
  });
  it("MarkStageSchema: sales or assessment stages, not WON", () => {
    expect(paths(MarkStageSchema, { stage: "QUALIFIED" })).toEqual([]);
    expect(paths(MarkStageSchema, { stage: "COLLECT_DATA" })).toEqual([]);
    expect(paths(MarkStageSchema, { stage: "WON" })).toEqual(["stage"]);
  });
  it("ProviderDecisionSchema", () => {
    expect(paths(ProviderDecisionSchema, { decision: "JOIN" })).toEqual([]);
    expect(paths(ProviderDecisionSchema, { decision: "MAYBE" })).toEqual(["decision"]);
  });
});

describe("InviteToDealSchema", () => {
  it("needs the provider or partners", () => {
    expect(paths(InviteToDealSchema, {})).toEqual([""]);
    expect(paths(InviteToDealSchema, { provider: true })).toEqual([]);
    expect(paths(InviteToDealSchema, { partners: [partnerInvitation()] })).toEqual([]);
  });
  it("with the deal's team: invitation team members must be on it", () => {
    const S = inviteToDealSchema({ teamEmails: ["lead@acme.example"] });
    expect(paths(S, { partners: [partnerInvitation()] })).toEqual([]);
    expect(paths(S, { partners: [partnerInvitation({ teamMemberEmails: ["other@acme.example"] })] })).toEqual([
      "partners.0.teamMemberEmails.0",
    ]);
  });
});

describe("UpdateDealSchema", () => {
  it("accepts editable fields with a version", () => {
    expect(paths(UpdateDealSchema, { version: 3, name: "New name", estimatedValue: { amount: "50000", currency: "EUR" } })).toEqual([]);
  });
  it("needs the version", () => {
    expect(paths(UpdateDealSchema, { name: "x" })).toEqual(["version"]);
  });
  it.each(["location", "customer", "assessmentLocation", "program", "dealType", "status"])("refuses %s at its path", (key) => {
    expect(paths(UpdateDealSchema, { version: 1, [key]: "X" })).toEqual([key]);
  });
  it("refuses unknown keys", () => {
    expect(paths(UpdateDealSchema, { version: 1, colour: "red" })).toEqual([""]);
  });
  it("per deal: an assessment's solution is read-only", () => {
    const S = updateDealSchemaFor({ dealType: "SOLUTION_ASSESSMENT", status: "COLLECT_DATA", program: "SERVICES_CO_SELL" });
    expect(paths(S, { version: 1, solutions: [{ solutionId: "sol-assess" }] })).toEqual(["solutions"]);
    expect(paths(S, { version: 1, name: "Renamed" })).toEqual([]);
    expect(paths(S, { version: 1, customerContact: null })).toEqual(["customerContact"]);
  });
  it("per deal: program requirements stay met", () => {
    const ip = updateDealSchemaFor(
      { dealType: "CO_SELL", status: "QUALIFIED", program: "IP_CO_SELL" },
      { solutionKind: (id) => CATALOGUE[id] ?? null },
    );
    expect(paths(ip, { version: 1, solutions: [] })).toEqual(["solutions"]);
    expect(paths(ip, { version: 1, marketplaceIntent: null })).toEqual(["marketplaceIntent"]);
    expect(paths(ip, { version: 1, solutions: [{ solutionId: "sol-assess" }] })).toEqual(["solutions.0.solutionId"]);
    expect(paths(ip, { version: 1, marketplaceIntent: "YES", solutions: [{ solutionId: "sol-provider" }] })).toEqual([]);
    const services = updateDealSchemaFor({ dealType: "PARTNER_LED", status: "CREATED", program: "SERVICES_CO_SELL" });
    expect(paths(services, { version: 1, partnerRole: null, solutionPlay: "" }).sort()).toEqual(["partnerRole", "solutionPlay"]);
    expect(paths(services, { version: 1, marketplaceIntent: "YES" })).toEqual(["marketplaceIntent"]);
  });
  it("per deal: location still refused", () => {
    const S = updateDealSchemaFor({ dealType: "PRIVATE", status: "CREATED", program: "IP_CO_SELL" });
    expect(paths(S, { version: 1, location: "DE" })).toEqual(["location"]);
  });
});
