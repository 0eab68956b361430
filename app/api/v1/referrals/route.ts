import { z } from "zod";
import { apiHandler, created, ok } from "@/lib/api/handler";
import { decodeCursor, parseSort, toPage } from "@/lib/api/pagination";
import { CursorTimestampSchema } from "@/lib/api/v1/common";
import { createReferral, listReferrals, toDealJson, toDealListItemJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** GET /api/v1/referrals — the deals I see, a keyset page at a time. */
export const GET = apiHandler(listReferrals, async ({ actor, query }) => {
  const sort = parseSort(query.sort, deals.DEAL_KEYSET_SORTS, "-updatedAt");
  const valueSchema =
    sort.field === "updatedAt" || sort.field === "createdAt"
      ? CursorTimestampSchema
      : sort.field === "number"
        ? z.number().int()
        : sort.field === "estimatedCloseDate"
          ? z.iso.date()
          : z.string();
  const after = decodeCursor(query.cursor, sort.spec, valueSchema);
  const { limit, cursor: _cursor, sort: _sort, ...filters } = query;
  const rows = await deals.listDealsAfter(actor, filters, sort, after, limit + 1);
  return ok(
    toPage(rows, limit, sort.spec, (r) => ({ value: sort.field === "number" ? r.number : r[sort.field], id: r.id }), toDealListItemJson),
  );
});

/** POST /api/v1/referrals — the wizard's fields in one body. */
export const POST = apiHandler(createReferral, async ({ actor, body }) => created(toDealJson(await deals.createReferral(actor, body))));
