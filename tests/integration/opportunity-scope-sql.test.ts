/**
 * `opportunityScopeSql` (the list's hand-written SQL) and `opportunityScope` (Prisma `where`,
 * used by every other read and write) must select the same opportunities. Checked for every
 * demo persona on the demo data, plus a few rows that the demo data lacks (an ACE user's
 * opportunity owned by someone else, a seller on the team of a not-yet-approved one).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/data/actors";
import { listOpportunities, setProviderTeam } from "@/lib/data/opportunities";
import { opportunityScope, opportunityScopeSql } from "@/lib/authz/scope";
import type { Actor } from "@/lib/domain/actor";
import { seedDemo } from "@/prisma/seed/run";
import { DEMO_ORGS, userId } from "@/prisma/seed/people";
import { createOpportunity } from "@/lib/data/opportunities";
import { body, opportunityIn } from "./opportunities-helpers";
import { actorOf, createWorld } from "../factories";

const viaPrisma = async (actor: Actor) =>
  (await db().opportunity.findMany({ where: opportunityScope(actor), select: { id: true } })).map((r) => r.id).sort();
const viaSql = async (actor: Actor) =>
  (await db().$queryRaw<{ id: string }[]>`SELECT o."id" FROM "Opportunity" o WHERE ${opportunityScopeSql(actor)}`).map((r) => r.id).sort();

describe("opportunityScopeSql", () => {
  it("selects exactly the rows of opportunityScope for every demo persona", async () => {
    await seedDemo(db());
    const emails = DEMO_ORGS.flatMap((o) => o.users.filter((u) => !u.inactive).map((u) => u.email));
    expect(emails.length).toBeGreaterThanOrEqual(20);
    const seen: Record<string, number> = {};
    for (const email of emails) {
      const actor = await loadActor(userId(email));
      if (!actor) throw new Error(`demo persona ${email} did not load`);
      const expected = await viaPrisma(actor);
      expect(await viaSql(actor), email).toEqual(expected);
      // And the list service (one SQL statement) counts the same rows.
      expect((await listOpportunities(actor, { pageSize: 1 })).total, email).toBe(expected.length);
      seen[email] = expected.length;
    }
    // The comparison means something: the personas see different, non-empty sets.
    expect(seen["lead@acme.example"]).toBeGreaterThan(seen["user@acme.example"]);
    expect(seen["user@acme.example"]).toBeGreaterThan(0);
    expect(seen["validator@nimbus.example"]).toBeGreaterThan(seen["lead@bolt.example"]);
    expect(seen["seller@nimbus.example"]).toBeGreaterThan(0);
    expect(seen["noace@acme.example"]).toBe(0);
  });

  it("agrees on the edge cases: owned-not-created, drafts, unapproved teams, other organisations", async () => {
    const w = await createWorld();
    const { actors: a, users: u } = w;
    await opportunityIn(w, "SUBMITTED", a.user);
    await opportunityIn(w, "DRAFT", a.user);
    const other = await opportunityIn(w, "APPROVED", a.user2);
    await createOpportunity(a.lead, body({ ownerId: u.user.id }), { submit: false });
    const submitted = await opportunityIn(w, "SUBMITTED", a.user2);
    await opportunityIn(w, "SUBMITTED", a.boltLead);
    const team = [{ role: "ACCOUNT_MANAGER", name: "Sam Seller", email: u.seller.email }];
    await setProviderTeam(a.admin, other.id, team);
    await setProviderTeam(a.admin, submitted.id, team);
    for (const actor of Object.values(a)) {
      const fresh = await actorOf(actor.userId);
      expect(await viaSql(fresh), actor.email).toEqual(await viaPrisma(fresh));
    }
    expect(await viaSql(a.seller)).toEqual([other.id]);
  });

  it("refuses an alias that is not a plain identifier", () => {
    expect(() =>
      opportunityScopeSql({ organizationKind: "PROVIDER", providerRole: "VALIDATOR" } as Actor, 'o"; DROP TABLE x; --'),
    ).toThrow();
  });
});
