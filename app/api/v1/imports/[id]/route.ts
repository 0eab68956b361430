import { apiHandler, ok } from "@/lib/api/handler";
import { getImport } from "@/lib/api/v1/imports";
import * as imports from "@/lib/data/imports";

export const dynamic = "force-dynamic";

/** GET /api/v1/imports/{id} — status, progress and the per-row report. */
export const GET = apiHandler(getImport, async ({ actor, params }) => ok(await imports.getImport(actor, params.id)));
