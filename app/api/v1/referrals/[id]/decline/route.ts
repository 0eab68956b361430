import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, declineReferral, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/decline */
export const POST = apiHandler(
  declineReferral,
  async ({ actor, params, body }) => ok(toDealJson(await deals.declineDeal(actor, params.id, body))),
  { current: dealCurrent },
);
