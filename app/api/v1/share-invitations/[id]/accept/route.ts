import { apiHandler, ok } from "@/lib/api/handler";
import { acceptShareInvitation, sharingCurrent, toShareInvitationJson } from "@/lib/api/v1/sharing";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** POST /api/v1/share-invitations/{id}/accept — `{ version? }`. */
export const POST = apiHandler(
  acceptShareInvitation,
  async ({ actor, params, body }) => ok(toShareInvitationJson(await opportunities.acceptShareInvitation(actor, params.id, body))),
  { current: sharingCurrent },
);
