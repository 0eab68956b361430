import { apiHandler, ok } from "@/lib/api/handler";
import { acceptInvitation } from "@/lib/api/v1/provider-referrals";
import * as referrals from "@/lib/data/provider-referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/opportunity-invitations/{id}/accept → `{ opportunityId }`. */
export const POST = apiHandler(acceptInvitation, async ({ actor, params }) => {
  const { opportunityId } = await referrals.acceptReferral(actor, params.id);
  return ok({ opportunityId });
});
