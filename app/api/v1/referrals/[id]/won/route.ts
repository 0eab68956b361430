import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, markReferralWon, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/won */
export const POST = apiHandler(
  markReferralWon,
  async ({ actor, params, body }) => ok(toDealJson(await deals.markWon(actor, params.id, body))),
  { current: dealCurrent },
);
