/**
 * Shared set-up of the co-sell deal integration tests: a small catalogue (customers,
 * solutions), exchange rates, and valid `POST /referrals` bodies to vary.
 */
import { db } from "@/lib/db";
import { createUser, actorOf, createWorld } from "../factories";

export async function createCatalog(world: Awaited<ReturnType<typeof createWorld>>) {
  const c = db().customerAccount;
  const customers = {
    managedUs: await c.create({ data: { name: "Initech Inc", countryCode: "US", city: "Austin", postalCode: "73301", management: "MANAGED", duns: "123456789" } }),
    managedDe: await c.create({ data: { name: "Globex GmbH", countryCode: "DE", city: "Berlin", postalCode: "10115", management: "MANAGED" } }),
    unmanaged: await c.create({ data: { name: "Hooli LLC", countryCode: "US", city: "Palo Alto", postalCode: "94301", management: "UNMANAGED" } }),
    federal: await c.create({
      data: { name: "Department of Examples", countryCode: "US", city: "Washington", postalCode: "20001", management: "OTHER", duns: "987654321", federal: true },
    }),
  };
  const s = db().solution;
  const solutions = {
    own: await s.create({ data: { name: "Acme Insights", kind: "OWN", publisherOrganizationId: world.acme.id, ipCoSellEligible: true } }),
    ownNotEligible: await s.create({ data: { name: "Acme Helpdesk", kind: "OWN", publisherOrganizationId: world.acme.id, ipCoSellEligible: false } }),
    boltOwn: await s.create({ data: { name: "Bolt Stream", kind: "OWN", publisherOrganizationId: world.bolt.id, ipCoSellEligible: true } }),
    provider: await s.create({ data: { name: "Nimbus Data Warehouse", kind: "PROVIDER", publisherOrganizationId: world.provider.id } }),
    thirdParty: await s.create({ data: { name: "Contoso CRM", kind: "THIRD_PARTY" } }),
    assessment: await s.create({ data: { name: "Data estate assessment", kind: "ASSESSMENT", publisherOrganizationId: world.provider.id } }),
    assessment2: await s.create({ data: { name: "Security assessment", kind: "ASSESSMENT", publisherOrganizationId: world.provider.id } }),
  };
  return { customers, solutions };
}

export async function setupReferrals() {
  const world = await createWorld();
  // Acme may run solution assessments; Bolt has a second referral user for team tests.
  await db().organization.update({ where: { id: world.acme.id }, data: { solutionAssessmentApproved: true } });
  const actors = { ...world.actors };
  for (const key of ["lead", "manager", "user", "user2", "noAce"] as const) actors[key] = await actorOf(world.users[key].id);
  const catalog = await createCatalog(world);
  const partner3 = await db().organization.create({ data: { name: "Cirrus", kind: "PARTNER", locations: ["JP"], timeZone: "Asia/Tokyo" } });
  const cirrusLead = await createUser(partner3.id, { aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN" });
  return { ...world, actors, ...catalog, cirrus: partner3, cirrusLead: await actorOf(cirrusLead.id) };
}

export type Setup = Awaited<ReturnType<typeof setupReferrals>>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A valid partner-led IP co-sell body for Acme (US). */
export function body(t: Setup, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dealType: "PARTNER_LED",
    program: "IP_CO_SELL",
    customer: { accountId: t.customers.managedUs.id },
    name: "Initech data platform",
    location: "US",
    estimatedValue: { amount: "40000.00", currency: "USD" },
    estimatedCloseDate: inDays(60),
    crmId: "CRM-7",
    solutionArea: "Data and AI",
    solutionPlay: "Analytics",
    notes: "Needs a reference architecture review.",
    marketplaceIntent: "UNDECIDED",
    team: [{ name: "Lena Lead", phone: "+49 30 555", email: t.users.lead.email }],
    solutions: [{ solutionId: t.solutions.own.id }],
    helpFromProvider: "NONE",
    visibleToProvider: true,
    ...over,
  };
}

export const privateBody = (t: Setup, over: Record<string, unknown> = {}) =>
  body(t, { dealType: "PRIVATE", visibleToProvider: false, ...over });

export const coSellBody = (t: Setup, over: Record<string, unknown> = {}) =>
  body(t, { dealType: "CO_SELL", helpFromProvider: ["Architecture review"], visibleToProvider: true, ...over });

export function assessmentBody(t: Setup, over: Record<string, unknown> = {}) {
  return body(t, {
    dealType: "SOLUTION_ASSESSMENT",
    solutions: [{ solutionId: t.solutions.assessment.id }],
    assessmentLocation: "US",
    customerContact: { name: "Kai Kim", phone: "+1 555 0100", email: "kai@initech.example", consent: true, notes: "CTO; prefers mornings" },
    helpFromProvider: undefined,
    visibleToProvider: undefined,
    ...over,
  });
}

/** Moves stored timestamps (tests simulate time passing). */
export const backdate = (id: string, data: Parameters<ReturnType<typeof db>["deal"]["update"]>[0]["data"]) =>
  db().deal.update({ where: { id }, data });

export const historyOf = (id: string) => db().historyEntry.findMany({ where: { entityType: "DEAL", entityId: id }, orderBy: { at: "asc" } });

export const DAY = 86_400_000;
export { inDays };
