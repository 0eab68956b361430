import { apiHandler, created } from "@/lib/api/handler";
import { requestCollaborationChannel, sharingCurrent, toChannelJson } from "@/lib/api/v1/sharing";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** POST /api/v1/opportunities/{id}/collaboration-channel — `{ inviteeIds }`. */
export const POST = apiHandler(
  requestCollaborationChannel,
  async ({ actor, params, body }) => created(toChannelJson(await opportunities.requestCollaborationChannel(actor, params.id, body))),
  { current: sharingCurrent },
);
