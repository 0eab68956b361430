import { apiHandler, ok } from "@/lib/api/handler";
import { favoriteReferral, unfavoriteReferral } from "@/lib/api/v1/referrals";
import * as deals from "@/lib/data/referrals";

export const dynamic = "force-dynamic";

/** PUT /api/v1/referrals/{id}/favorite — idempotent. */
export const PUT = apiHandler(favoriteReferral, async ({ actor, params }) => ok(await deals.setFavorite(actor, params.id, true)));

/** DELETE /api/v1/referrals/{id}/favorite — idempotent. */
export const DELETE = apiHandler(unfavoriteReferral, async ({ actor, params }) => ok(await deals.setFavorite(actor, params.id, false)));
