import { apiHandler, ok } from "@/lib/api/handler";
import { referralEligibility, toEligibilityJson } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** GET /api/v1/referrals/{id}/registration-eligibility */
export const GET = apiHandler(referralEligibility, async ({ actor, params }) =>
  ok(toEligibilityJson(await deals.registrationEligibilityOf(actor, params.id))),
);
