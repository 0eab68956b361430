import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, acceptReferral, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/accept */
export const POST = apiHandler(
  acceptReferral,
  async ({ actor, params, body }) => ok(toDealJson(await deals.acceptDeal(actor, params.id, body))),
  { current: dealCurrent },
);
