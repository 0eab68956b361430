/**
 * Shared by the opportunities*.test.ts files: valid bodies (dates relative to today), a
 * world with opportunities in given states, and an SQL statement counter.
 */
import pg from "pg";
import { vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { createOpportunity, reviewOpportunity, submitOpportunity, type OpportunityDetail } from "@/lib/data/opportunities";
import { opportunityBody } from "../api/opportunity-body";
import { createWorld } from "../factories";

/** A date `days` from today (UTC), `YYYY-MM-DD`. */
export { inDays } from "../api/opportunity-body";

/** The api.md example opportunity, target close date in ~4 months, a unique partner CRM id. */
export const body = (over: Record<string, unknown> = {}) => opportunityBody(over);

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
