/**
 * The home page's tiles count exactly what the lists they link to show, per persona of the
 * demo cast, and offer only the work each role may do.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dashboardTiles, type DashboardTile } from "@/lib/data/dashboard";
import { listOpportunities } from "@/lib/data/opportunities";
import { listPendingReferrals, listSentReferrals } from "@/lib/data/provider-referrals";
import { coSellRequests, listDeals, listRegistrations } from "@/lib/data/referrals";
import { seedDemo } from "@/prisma/seed/run";
import { actorOf } from "../factories";

async function persona(email: string) {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return actorOf(user.id);
}
const byKey = (tiles: DashboardTile[]) => Object.fromEntries(tiles.map((t) => [t.key, t]));

describe("dashboard tiles", () => {

  it("match the lists they link to, for every persona", { timeout: 120_000 }, async () => {
    await seedDemo(db());
    const now = new Date();

    const lead = await persona("lead@acme.example");
    const leadTiles = byKey(await dashboardTiles(lead, now));
    expect(Object.keys(leadTiles).sort()).toEqual(["actionRequired", "drafts", "inboundDeals", "openDeals", "openPipeline", "pendingReferrals"].sort());
    expect(leadTiles.actionRequired.count).toBe((await listOpportunities(lead, { status: ["ACTION_REQUIRED"], pageSize: 1 })).total);
    expect(leadTiles.actionRequired.count).toBeGreaterThan(0);
    expect(leadTiles.drafts.count).toBe((await listOpportunities(lead, { status: ["DRAFT"], pageSize: 1 })).total);
    expect(leadTiles.pendingReferrals.count).toBe((await listPendingReferrals(lead, now)).length);
    expect(leadTiles.pendingReferrals.count).toBeGreaterThan(0);
    const inbound = await listDeals(lead, { direction: "INBOUND", status: ["RECEIVED"], pageSize: 1 });
    expect(leadTiles.inboundDeals.count).toBe(inbound.total);

    // An ACE user counts only their own opportunities.
    const user = await persona("user@acme.example");
    const userTiles = byKey(await dashboardTiles(user, now));
    expect(userTiles.drafts.count).toBe((await listOpportunities(user, { status: ["DRAFT"], pageSize: 1 })).total);
    expect(userTiles.drafts.count).toBeLessThanOrEqual(leadTiles.drafts.count);

    const validator = await persona("validator@nimbus.example");
    const validatorTiles = byKey(await dashboardTiles(validator, now));
    expect(Object.keys(validatorTiles)).toEqual(["reviewQueue"]);
    expect(validatorTiles.reviewQueue.count).toBe((await listOpportunities(validator, { status: ["SUBMITTED", "IN_REVIEW"], pageSize: 1 })).total);
    expect(validatorTiles.reviewQueue.since).toBeTruthy();

    const seller = await persona("seller@nimbus.example");
    const sellerTiles = byKey(await dashboardTiles(seller, now));
    expect(Object.keys(sellerTiles).sort()).toEqual(["coSellRequests", "sentReferralsPending"]);
    expect(sellerTiles.coSellRequests.count).toBe((await coSellRequests(seller)).length);
    expect(sellerTiles.sentReferralsPending.count).toBe((await listSentReferrals(seller, { status: "PENDING", pageSize: 100 }, now)).total);

    const admin = await persona("admin@nimbus.example");
    const adminTiles = byKey(await dashboardTiles(admin, now));
    expect(Object.keys(adminTiles)).toEqual(["registrations"]);
    expect(adminTiles.registrations.count).toBe((await listRegistrations(admin, { status: ["SUBMITTED", "IN_VALIDATION"] })).length);

    // A user without any role gets no tiles.
    const noAce = await persona("noace@acme.example");
    expect((await dashboardTiles(noAce, now)).map((t) => t.key).sort()).toEqual(["inboundDeals", "openDeals"]);
  });
});
