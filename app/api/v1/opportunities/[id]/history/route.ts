import { apiHandler, ok } from "@/lib/api/handler";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { CursorTimestampSchema } from "@/lib/api/v1/common";
import { opportunityHistory, toHistoryJson } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** GET /api/v1/opportunities/{id}/history — newest first, keyset pages after (at, id) in the database. */
export const GET = apiHandler(opportunityHistory, async ({ actor, params, query }) => {
  const after = decodeCursor(query.cursor, "-at", CursorTimestampSchema);
  const rows = await opportunities.opportunityHistoryAfter(actor, params.id, after ? { at: String(after.value), id: after.id } : undefined, query.limit + 1);
  return ok(toPage(rows, query.limit, "-at", (h) => ({ value: h.at, id: h.id }), toHistoryJson));
});
