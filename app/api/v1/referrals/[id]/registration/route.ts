import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, registerReferral, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/registration — register (or resubmit) a won deal. */
export const POST = apiHandler(registerReferral, async ({ actor, params }) => ok(toDealJson(await deals.registerDeal(actor, params.id))), {
  current: dealCurrent,
});
