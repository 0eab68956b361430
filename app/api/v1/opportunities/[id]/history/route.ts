import { apiHandler, ok } from "@/lib/api/handler";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { CursorTimestampSchema } from "@/lib/api/v1/common";
import { opportunityHistory, toHistoryJson } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** GET /api/v1/opportunities/{id}/history — newest first, paged after (at, id). */
export const GET = apiHandler(opportunityHistory, async ({ actor, params, query }) => {
  const after = decodeCursor(query.cursor, "-at", CursorTimestampSchema);
  const all = await opportunities.opportunityHistory(actor, params.id);
  // The service answers newest first by (at, id); keep the entries strictly after the cursor.
  const rest = after ? all.filter((h) => h.at < String(after.value) || (h.at === after.value && h.id < after.id)) : all;
  return ok(toPage(rest.slice(0, query.limit + 1), query.limit, "-at", (h) => ({ value: h.at, id: h.id }), toHistoryJson));
});
