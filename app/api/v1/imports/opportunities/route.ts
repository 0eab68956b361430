import { apiHandler } from "@/lib/api/handler";
import { startImport } from "@/lib/api/v1/imports";
import { startOpportunityImport } from "@/lib/data/imports";

export const dynamic = "force-dynamic";

/** POST /api/v1/imports/opportunities?mode= — the CSV file as the body → 202 `{ id }`. */
export const POST = apiHandler(
  startImport,
  async ({ actor, query, body }) => {
    const started = await startOpportunityImport(actor, {
      fileName: query.fileName ?? "import.csv",
      content: String(body ?? ""),
      mode: query.mode,
    });
    return { status: 202, body: started };
  },
  // Also on an Idempotency-Key replay, which stores only status and body.
  { headersOf: (b) => ({ location: `/api/v1/imports/${(b as { id: string }).id}` }) },
);
