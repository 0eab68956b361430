import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, closeReferralAsError, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/close-as-error */
export const POST = apiHandler(
  closeReferralAsError,
  async ({ actor, params, body }) => ok(toDealJson(await deals.closeAsError(actor, params.id, body))),
  { current: dealCurrent },
);
