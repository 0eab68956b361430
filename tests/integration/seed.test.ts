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
import { actorOf, createOrganization } from "../factories";

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

    await seedDemo(db());
    expect(await tableCounts()).toEqual(first);
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
