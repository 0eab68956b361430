/**
 * Keyset pages of the opportunity list for the API (the web list pages by offset). Reuses
 * the list service's query parsing, scope, select and row mapping (lib/data/opportunities/
 * list.ts) and adds only the (sort value, id) position. Candidate to move next to
 * `listOpportunities` as `listOpportunitiesAfter`.
 */
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import type { OpportunityListItem, OpportunityListQuery } from "@/lib/data/opportunities";
import { listSelect, parseListQuery, toListItem } from "@/lib/data/opportunities/list";
import type { After } from "../pagination";

export type OpportunityKeysetSort = "updatedAt" | "customerName" | "title" | "number";

export type OpportunityKeysetRow = OpportunityListItem & { number: number };

export async function listOpportunitiesAfter(
  actor: Actor,
  filters: Omit<OpportunityListQuery, "page" | "pageSize" | "sort">,
  sort: { field: OpportunityKeysetSort; desc: boolean },
  after: After | undefined,
  take: number,
): Promise<OpportunityKeysetRow[]> {
  const { where } = parseListQuery(actor, filters);
  const dir = sort.desc ? "desc" : "asc";
  const op = sort.desc ? "lt" : "gt";
  let position: Prisma.OpportunityWhereInput = {};
  if (after) {
    const value = sort.field === "updatedAt" ? new Date(String(after.value)) : after.value;
    position = { OR: [{ [sort.field]: { [op]: value } }, { [sort.field]: value, id: { [op]: after.id } }] };
  }
  const rows = await db().opportunity.findMany({
    where: { AND: [where, position] },
    select: listSelect,
    orderBy: [{ [sort.field]: dir }, { id: dir }],
    take,
  });
  return rows.map((r) => ({ ...toListItem(r), number: r.number }));
}
