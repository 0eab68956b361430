import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, getReferral, toDealJson, updateReferral } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getReferral, async ({ actor, params }) => ok(toDealJson(await deals.getDeal(actor, params.id))));

export const PATCH = apiHandler(
  updateReferral,
  async ({ actor, params, body }) => ok(toDealJson(await deals.updateDeal(actor, params.id, body))),
  {
    current: dealCurrent,
  },
);
