/**
 * The demo seed (demo-data.md): the cast is there, running it twice changes nothing, a
 * database with non-demo organisations is refused without --force; and the scale generator
 * adds N opportunities and N co-sell deals that the services can list.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOpportunities } from "@/lib/data/opportunities";
import { NonDemoDatabaseError, seedDemo } from "@/prisma/seed/run";
import { seedScale } from "@/prisma/seed/scale";
import { seedScaleDeals } from "@/prisma/seed/scale-deals";
import { ORDINARY_DEAL_STATUSES, DEAL_DIRECTIONS, DEAL_TYPES, type DealType } from "@/lib/domain/referral";
import { orgId } from "@/prisma/seed/people";
import { DEMO_SHARE_ID, DEMO_CHANNEL_ID, seedSharing } from "@/prisma/seed/sharing";
import { demoId } from "@/prisma/seed/ids";
import { actorOf, createOrganization } from "../factories";

/** The opportunity seed/sharing.ts shares with Bolt. */
const SHARED_OPPORTUNITY = demoId("opportunity:acme:27");

/**
 * The content demo-data.md promises beyond counts: organisation settings and connections,
 * the provider referrals (and their timers), the share and channel, the co-sell deals.
 */
async function checkDemoContent(now: Date) {
  // Organisations: time zones, locations and flags.
  const orgs = await db().organization.findMany({
    select: {
      id: true,
      name: true,
      kind: true,
      timeZone: true,
      locations: true,
      solutionAssessmentApproved: true,
      trainingPartner: true,
      isDemo: true,
    },
  });
  const org = (name: string) => orgs.find((o) => o.name === name);
  expect(org("Nimbus Cloud")).toMatchObject({ kind: "PROVIDER", isDemo: true });
  expect(org("Acme Consulting")).toMatchObject({
    kind: "PARTNER",
    timeZone: "Europe/Berlin",
    locations: ["US", "DE"],
    solutionAssessmentApproved: true,
    trainingPartner: false,
  });
  expect(org("Bolt Analytics")).toMatchObject({
    kind: "PARTNER",
    timeZone: "America/New_York",
    locations: ["US"],
    solutionAssessmentApproved: false,
    trainingPartner: true,
  });
  expect(org("Cirrus Labs")).toMatchObject({ kind: "PARTNER", timeZone: "Asia/Tokyo", locations: ["JP"] });
  for (let i = 1; i <= 10; i++) {
    expect(org(`Partner ${String(i).padStart(2, "0")}`)).toMatchObject({ kind: "PARTNER", timeZone: "UTC", locations: ["US"] });
  }
  expect(orgs.every((o) => o.isDemo)).toBe(true);

  // Connections: Acme ↔ Bolt and Partner 01…10 ACTIVE, Acme ↔ Cirrus PENDING, nothing else.
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
  const connections = await db().partnerConnection.findMany({ select: { requesterOrgId: true, addresseeOrgId: true, status: true } });
  expect(connections.map((c) => `${nameOf.get(c.requesterOrgId)} → ${nameOf.get(c.addresseeOrgId)}: ${c.status}`).sort()).toEqual(
    [
      "Acme Consulting → Bolt Analytics: ACTIVE",
      ...Array.from({ length: 10 }, (_, i) => `Acme Consulting → Partner ${String(i + 1).padStart(2, "0")}: ACTIVE`),
      "Acme Consulting → Cirrus Labs: PENDING",
    ].sort(),
  );

  // Provider referrals: 5 stored PENDING for Acme; one overdue, one in its reminder window.
  const referrals = await db().opportunityInvitation.findMany({
    select: { status: true, partnerOrganizationId: true, customerName: true, expiresAt: true, remindAt: true },
  });
  expect(referrals).toHaveLength(5);
  expect(referrals.every((r) => r.status === "PENDING" && r.partnerOrganizationId === orgId("acme"))).toBe(true);
  expect(referrals.filter((r) => r.expiresAt <= now).map((r) => r.customerName)).toEqual(["Hansa Versicherung AG"]);
  expect(referrals.filter((r) => r.expiresAt > now && r.remindAt <= now).map((r) => r.customerName)).toEqual([
    "Rheinwerk Maschinenbau GmbH",
  ]);

  // Sharing and collaboration: a pending Acme → Bolt share, a requested channel.
  const shares = await db().shareInvitation.findMany({
    select: { id: true, invitingOrganizationId: true, invitedOrganizationId: true, status: true },
  });
  expect(shares).toEqual([
    { id: DEMO_SHARE_ID, invitingOrganizationId: orgId("acme"), invitedOrganizationId: orgId("bolt"), status: "PENDING" },
  ]);
  const channels = await db().collaborationChannel.findMany({
    select: { id: true, status: true, opportunity: { select: { organizationId: true, status: true } } },
  });
  expect(channels).toEqual([
    { id: DEMO_CHANNEL_ID, status: "REQUESTED", opportunity: { organizationId: orgId("acme"), status: "APPROVED" } },
  ]);

  // Co-sell deals of Acme: every direction × type (PRIVATE is outbound only, §4.1), every
  // ordinary status, favourites, and four solution assessments at four different stages.
  const deals = await db().deal.findMany({
    where: { organizationId: orgId("acme") },
    select: { direction: true, dealType: true, status: true },
  });
  expect(deals.length).toBeGreaterThanOrEqual(25);
  const combos = new Set(deals.map((d) => `${d.direction} ${d.dealType}`));
  const expectedCombos = DEAL_DIRECTIONS.flatMap((dir) =>
    DEAL_TYPES.filter((t: DealType) => dir === "OUTBOUND" || t !== "PRIVATE").map((t) => `${dir} ${t}`),
  );
  expect([...combos].sort()).toEqual(expectedCombos.sort());
  const ordinaryStatuses = new Set(deals.filter((d) => d.dealType !== "SOLUTION_ASSESSMENT").map((d) => d.status as string));
  expect(ORDINARY_DEAL_STATUSES.filter((s) => !ordinaryStatuses.has(s))).toEqual([]);
  const assessments = deals.filter((d) => d.dealType === "SOLUTION_ASSESSMENT");
  expect(assessments).toHaveLength(4);
  expect(new Set(assessments.map((d) => d.status)).size).toBe(4);
  const favourites = await db().dealFavorite.findMany({ select: { user: { select: { email: true } } } });
  expect(favourites.length).toBeGreaterThanOrEqual(3);
  expect(new Set(favourites.map((f) => f.user.email)).size).toBeGreaterThanOrEqual(2);
}

/** Row counts of every application table. */
async function tableCounts(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ t: string }[]>`
    SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_app_migrations' ORDER BY 1`;
  const counts: Record<string, number> = {};
  for (const { t } of tables) {
    const [row] = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`);
    counts[t] = Number(row.n);
  }
  return counts;
}

describe("demo seed", () => {
  it("loads the cast of demo-data.md and is idempotent", { timeout: 120_000 }, async () => {
    await seedDemo(db());
    const first = await tableCounts();
    expect(first.Organization).toBe(14); // Nimbus, Acme, Bolt, Cirrus, Partner 01…10
    const users = await db().user.findMany({ select: { email: true, aceRole: true, referralRole: true, status: true } });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get("lead@acme.example")).toMatchObject({ aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN", status: "ACTIVE" });
    expect(byEmail.get("inactive@acme.example")).toMatchObject({ status: "INACTIVE" });
    expect(byEmail.get("lead@partner10.example")).toMatchObject({ aceRole: "ALLIANCE_LEAD" });
    expect(first.Opportunity).toBeGreaterThanOrEqual(50);
    expect(first.Deal).toBeGreaterThanOrEqual(25);
    expect(first.OpportunityInvitation).toBeGreaterThanOrEqual(5);

    await checkDemoContent(new Date());

    await seedDemo(db());
    expect(await tableCounts()).toEqual(first);

    // The sharing seed refuses (instead of silently skipping) an opportunity that is not approved.
    await db().historyEntry.deleteMany({ where: { entityId: SHARED_OPPORTUNITY, action: "shared" } });
    await db().shareInvitation.delete({ where: { id: DEMO_SHARE_ID } });
    await db().opportunity.update({ where: { id: SHARED_OPPORTUNITY }, data: { status: "SUBMITTED" } });
    await expect(seedSharing(db())).rejects.toThrow(
      /share invitation to Bolt needs Acme's opportunity .* to be APPROVED, but it is SUBMITTED/,
    );
    expect(await db().shareInvitation.count({ where: { id: DEMO_SHARE_ID } })).toBe(0);
  });

  it("refuses a database holding non-demo organisations unless forced", async () => {
    await createOrganization({ name: "Real Customer Org" });
    await expect(seedDemo(db())).rejects.toBeInstanceOf(NonDemoDatabaseError);
    expect(await db().user.count({ where: { email: "lead@acme.example" } })).toBe(0);
    await seedDemo(db(), { force: true });
    expect(await db().user.count({ where: { email: "lead@acme.example" } })).toBe(1);
  });
});

describe("scale generator", () => {
  it("adds N opportunities and N co-sell deals over generated organisations", { timeout: 120_000 }, async () => {
    const result = await seedScale(db(), { opportunities: 300, orgs: 3, focusOrgRows: 120 });
    expect(result.inserted).toBe(300);
    const deals = await seedScaleDeals(db(), { deals: 300, orgs: 3 });
    expect(deals.inserted).toBe(300);
    expect(await db().opportunity.count({ where: { organizationId: result.focusOrg.id } })).toBe(120);
    expect(await db().deal.count({ where: { organizationId: { in: result.orgIds } } })).toBe(300);

    // The alliance lead of the big partner sees exactly its rows through the service.
    const lead = await actorOf(result.focusOrg.leadId);
    const page = await listOpportunities(lead, { pageSize: 10 });
    expect(page.total).toBe(120);
    expect(page.rows).toHaveLength(10);
  });
});
