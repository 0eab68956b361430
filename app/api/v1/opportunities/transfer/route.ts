import { apiHandler, ok } from "@/lib/api/handler";
import { transferOpportunities } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** POST /api/v1/opportunities/transfer — all or nothing (per-id errors at `ids.<index>`). */
export const POST = apiHandler(transferOpportunities, async ({ actor, body }) => ok(await opportunities.transferOpportunities(actor, body)));
