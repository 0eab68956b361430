/**
 * Shared by the opportunities*.test.ts files: valid bodies (dates relative to today), a
 * world with opportunities in given states, and an SQL statement counter.
 */
import pg from "pg";
import { vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { createOpportunity, reviewOpportunity, submitOpportunity, type OpportunityDetail } from "@/lib/data/opportunities";
import { createWorld } from "../factories";

let counter = 0;

/** A date `days` from today (UTC), `YYYY-MM-DD`. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The api.md example opportunity, target close date in ~4 months, a unique partner CRM id. */
export function body(over: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    customer: {
      companyName: "Globex Retail GmbH",
      websiteUrl: "https://globex.example",
      industry: "Retail",
      countryCode: "DE",
      postalCode: "10115",
      stateOrRegion: "Berlin",
      city: "Berlin",
      streetAddress: "Invalidenstrasse 1",
      duns: "123456789",
    },
    project: {
      title: "Store analytics platform",
      customerBusinessProblem: "Stores cannot see sales by hour and lose stock to spoilage.",
      customerUseCase: "Database",
      deliveryModels: ["SaaS or PaaS"],
      expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" },
      targetCloseDate: inDays(120),
      salesActivities: ["Conducted POC / Demo"],
      competitor: "No Competition",
    },
    opportunityType: "NET_NEW_BUSINESS",
    stage: "QUALIFIED",
    coSellWithProvider: "YES",
    primaryNeedsFromProvider: ["Co-Sell - Architectural Validation"],
    marketing: { source: "NONE" },
    partnerCrmId: `CRM-${process.pid}-${counter}`,
    customerContact: { firstName: "Greta", lastName: "Gruber", email: "greta@globex.example", phone: "+49 30 1234567", title: "CTO" },
    ...over,
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** Creates as `actor` and moves the opportunity to `status` (through the services). */
export async function opportunityIn(
  world: World,
  status: "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "APPROVED" | "ACTION_REQUIRED" | "REJECTED",
  actor: Actor = world.actors.user,
  over: Record<string, unknown> = {},
): Promise<OpportunityDetail> {
  const v = world.actors.validator;
  let o = await createOpportunity(actor, body(over), { submit: status !== "DRAFT" });
  if (status === "IN_REVIEW") o = await reviewOpportunity(v, o.id, { decision: "START" });
  if (status === "APPROVED") o = await reviewOpportunity(v, o.id, { decision: "APPROVE" });
  if (status === "ACTION_REQUIRED") o = await reviewOpportunity(v, o.id, { decision: "ACTION_REQUIRED", comment: "Please check the address." });
  if (status === "REJECTED") o = await reviewOpportunity(v, o.id, { decision: "REJECT", comment: "Duplicate of O-1." });
  return o;
}

export { submitOpportunity };

export const history = (entityId: string) =>
  db().historyEntry.findMany({ where: { entityId }, orderBy: [{ at: "asc" }, { action: "asc" }] });

/**
 * Counts SQL statements sent to PostgreSQL while `fn` runs. Prisma's `$on("query")` is not
 * available with driver adapters, so this spies on `pg.Client.prototype.query`, which every
 * statement of the adapter's pool goes through (pool.query and transaction clients alike).
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    statements.push(typeof first === "string" ? first : ((first as { text?: string })?.text ?? String(first)));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    spy.mockRestore();
  }
}
