import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, referralProviderDecision, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/provider-decision */
export const POST = apiHandler(
  referralProviderDecision,
  async ({ actor, params, body }) => ok(toDealJson(await deals.providerDecision(actor, params.id, body))),
  { current: dealCurrent },
);
