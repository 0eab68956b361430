import { apiHandler, ok } from "@/lib/api/handler";
import { dealCurrent, inviteToReferral, toDealJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/referrals/{id}/invitations */
export const POST = apiHandler(
  inviteToReferral,
  async ({ actor, params, body }) => ok(toDealJson(await deals.inviteToDeal(actor, params.id, body))),
  { current: dealCurrent },
);
