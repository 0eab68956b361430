import { apiHandler, ok } from "@/lib/api/handler";
import { acceptInvitations } from "@/lib/api/v1/provider-referrals";
import * as referrals from "@/lib/data/provider-referrals";

export const dynamic = "force-dynamic";

/** POST /api/v1/opportunity-invitations/accept — bulk `{ ids }`, each accepted on its own. */
export const POST = apiHandler(acceptInvitations, async ({ actor, body }) => ok(await referrals.acceptReferrals(actor, body)));
