import { apiHandler, ok } from "@/lib/api/handler";
import { sharingCurrent, toCollaboratorsJson, withdrawShareInvitation } from "@/lib/api/v1/sharing";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/share-invitations/{id} — the sender withdraws a pending invitation. */
export const DELETE = apiHandler(
  withdrawShareInvitation,
  async ({ actor, params, query }) =>
    ok(toCollaboratorsJson(await opportunities.withdrawShareInvitation(actor, params.id, query.version === undefined ? undefined : { version: query.version }))),
  { current: sharingCurrent },
);
