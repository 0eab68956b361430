import { apiHandler } from "@/lib/api/handler";
import { exportOpportunities } from "@/lib/api/v1/imports";
import { exportOpportunitiesCsv } from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** GET /api/v1/opportunities/export.csv — the list's filters and sort, every page, as CSV. */
export const GET = apiHandler(exportOpportunities, async ({ actor, query }) => {
  const csv = await exportOpportunitiesCsv(actor, { ...query, sort: query.sort ?? "-updatedAt" });
  return {
    raw: { text: csv, contentType: "text/csv; charset=utf-8" },
    headers: { "content-disposition": 'attachment; filename="opportunities.csv"' },
  };
});
