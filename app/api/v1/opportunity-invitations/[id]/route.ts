import { apiHandler, ok } from "@/lib/api/handler";
import { getInvitation } from "@/lib/api/v1/provider-referrals";
import * as referrals from "@/lib/data/provider-referrals";

export const dynamic = "force-dynamic";

/** GET /api/v1/opportunity-invitations/{id} — the partner's pending view or the sender's full view. */
export const GET = apiHandler(getInvitation, async ({ actor, params }) => ok(await referrals.getInvitation(actor, params.id)));
