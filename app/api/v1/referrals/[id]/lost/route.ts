import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, markReferralLost, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/lost */
export const POST = apiHandler(
  markReferralLost,
  async ({ actor, params, body }) => ok(toDealJson(await deals.markLost(actor, params.id, body))),
  { current: dealCurrent },
);
