import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, markReferralStage, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/stage */
export const POST = apiHandler(
  markReferralStage,
  async ({ actor, params, body }) => ok(toDealJson(await deals.markStage(actor, params.id, body))),
  { current: dealCurrent },
);
