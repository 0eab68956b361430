import { apiHandler, ok } from "@/lib/api/handler";
import { rejectShareInvitation, sharingCurrent, toShareInvitationJson } from "@/lib/api/v1/sharing";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** POST /api/v1/share-invitations/{id}/reject — `{ version? }`. */
export const POST = apiHandler(
  rejectShareInvitation,
  async ({ actor, params, body }) => ok(toShareInvitationJson(await opportunities.rejectShareInvitation(actor, params.id, body))),
  { current: sharingCurrent },
);
