import { apiHandler, ok } from "@/lib/api/handler";
import { rejectInvitation } from "@/lib/api/v1/provider-referrals";
import * as referrals from "@/lib/data/provider-referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/opportunity-invitations/{id}/reject — `{ reason, comment? }`. */
export const POST = apiHandler(rejectInvitation, async ({ actor, params, body }) =>
  ok(await referrals.rejectReferral(actor, params.id, body)),
);
