/**
 * The list as one SQL statement (lib/data/opportunities/list.ts): round trips, the total on
 * an empty page, literal free text, enum and empty-value ordering, keyset pages and totals
 * from the same filters. (The behaviour the UI relies on is in opportunities.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOpportunity, listOpportunities, listOpportunitiesAfter, pipelineTotals } from "@/lib/data/opportunities";
import { body, countStatements } from "./opportunities-helpers";
import { createWorld } from "../factories";

const named = (name: string, over: Record<string, unknown> = {}) =>
  body({ customer: { ...(body().customer as object), companyName: name }, ...over });

describe("listOpportunities in one statement", () => {
  it("sends exactly one SQL statement per page at page sizes 10, 50 and 100", async () => {
    const w = await createWorld();
    await db().opportunity.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        organizationId: w.acme.id,
        ownerId: [w.users.lead.id, w.users.user.id, w.users.manager.id][i % 3],
        createdById: w.users.lead.id,
        customerName: `Customer ${i}`,
        title: `Project ${i}`,
        status: i % 2 ? "SUBMITTED" : "DRAFT",
      })),
    });
    for (const pageSize of [10, 50, 100]) {
      const { result, statements } = await countStatements(() => listOpportunities(w.actors.lead, { pageSize, sort: "customerName" }));
      expect(result.rows).toHaveLength(pageSize);
      expect(result.total).toBe(120);
      expect(statements, `page size ${pageSize}`).toHaveLength(1);
    }
    const filtered = await countStatements(() => listOpportunities(w.actors.lead, { pageSize: 100, status: ["SUBMITTED"], q: "customer" }));
    expect(filtered.result.total).toBe(60);
    expect(filtered.statements).toHaveLength(1);
    // A page past the end still tells how many there are.
    const past = await listOpportunities(w.actors.lead, { pageSize: 50, page: 4 });
    expect(past).toMatchObject({ rows: [], total: 120, page: 4 });
    expect(await listOpportunities(w.actors.noAce)).toMatchObject({ rows: [], total: 0 });
  });

  it("matches free text literally (% _ \\ are not patterns), case-insensitively, on customer and title", async () => {
    const { actors } = await createWorld();
    await createOpportunity(actors.lead, named("Save 50% Foods"), { submit: false });
    await createOpportunity(actors.lead, named("Save 500 Foods"), { submit: false });
    await createOpportunity(actors.lead, named("Snake_case Ltd"), { submit: false });
    await createOpportunity(actors.lead, named("SnakeXcase Ltd"), { submit: false });
    await createOpportunity(actors.lead, named("Back\\slash AG"), { submit: false });
    const names = async (q: string) => (await listOpportunities(actors.lead, { q, sort: "customerName" })).rows.map((r) => r.customerName);
    expect(await names("50%")).toEqual(["Save 50% Foods"]);
    expect(await names("e_c")).toEqual(["Snake_case Ltd"]);
    expect(await names("k\\s")).toEqual(["Back\\slash AG"]);
    expect(await names("SAVE 50")).toEqual(["Save 50% Foods", "Save 500 Foods"]);
    expect(await names("store analytics")).toHaveLength(5); // the title
  });

  it("sorts enums in their declared order and empty values last ascending, first descending", async () => {
    const { actors } = await createWorld();
    const a = await createOpportunity(actors.lead, named("A", { stage: "COMMITTED" }), { submit: true });
    const b = await createOpportunity(actors.lead, named("B", { stage: "PROSPECT" }), { submit: true });
    const c = await createOpportunity(actors.lead, { customer: { companyName: "C" }, stage: "QUALIFIED" }, { submit: false });
    const ids = async (sort: string) => (await listOpportunities(actors.lead, { sort })).rows.map((r) => r.id);
    expect(await ids("stage")).toEqual([b.id, c.id, a.id]);
    expect(await ids("-stage")).toEqual([a.id, c.id, b.id]);
    expect(await ids("status")).toEqual([c.id, a.id, b.id]); // DRAFT before SUBMITTED; ties by reference
    expect((await ids("expectedMonthlyRevenue")).at(-1)).toBe(c.id);
    expect((await ids("-expectedMonthlyRevenue"))[0]).toBe(c.id);
    const page = await listOpportunities(actors.lead, { sort: "customerName" });
    expect(page.rows[2]).toMatchObject({ customerName: "C", targetCloseDate: null, expectedMonthlyRevenue: null, submittedAt: null });
    expect(page.rows[0].targetCloseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.rows[0].submittedAt).toMatch(/Z$/);
  });

  it("pages by keyset after a (value, id) position in both directions, with the list's filters", async () => {
    const { actors } = await createWorld();
    for (const name of ["Delta", "Alpha", "Charlie", "Bravo", "Echo"])
      await createOpportunity(actors.lead, named(name), { submit: name !== "Echo" });
    const walk = async (desc: boolean) => {
      const seen: string[] = [];
      let after: { value: string; id: string } | undefined;
      for (;;) {
        const rows = await listOpportunitiesAfter(actors.lead, { status: ["SUBMITTED"] }, { field: "customerName", desc }, after, 2);
        if (rows.length === 0) break;
        seen.push(...rows.map((r) => r.customerName));
        const last = rows.at(-1)!;
        after = { value: last.customerName, id: last.id };
      }
      return seen;
    };
    expect(await walk(false)).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
    expect(await walk(true)).toEqual(["Delta", "Charlie", "Bravo", "Alpha"]);
    const newest = await listOpportunitiesAfter(actors.lead, {}, { field: "updatedAt", desc: true }, undefined, 1);
    const next = await listOpportunitiesAfter(
      actors.lead,
      {},
      { field: "updatedAt", desc: true },
      { value: newest[0].updatedAt, id: newest[0].id },
      10,
    );
    expect(next).toHaveLength(4);
    expect(next.map((r) => r.id)).not.toContain(newest[0].id);
    expect(await listOpportunitiesAfter(actors.boltLead, {}, { field: "number", desc: false }, undefined, 10)).toEqual([]);
  });

  it("totals what the list counts, for the same filters", async () => {
    const { actors } = await createWorld();
    await createOpportunity(actors.lead, named("Alpha", { stage: "QUALIFIED" }), { submit: true });
    await createOpportunity(actors.lead, named("Beta", { stage: "COMMITTED" }), { submit: false });
    await createOpportunity(actors.boltLead, named("Gamma", { stage: "QUALIFIED" }), { submit: true });
    for (const query of [{}, { status: ["DRAFT" as const] }, { q: "alp" }, { stage: ["QUALIFIED" as const, "COMMITTED" as const] }]) {
      expect((await pipelineTotals(actors.lead, query)).count).toBe((await listOpportunities(actors.lead, query)).total);
    }
  });
});
