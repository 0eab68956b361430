import { apiHandler, ok } from "@/lib/api/handler";
import { recordCollaborationChannelCreated, sharingCurrent, toChannelJson } from "@/lib/api/v1/sharing";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** POST /api/v1/opportunities/{id}/collaboration-channel/created — provider: `{ name, url, version? }`. */
export const POST = apiHandler(
  recordCollaborationChannelCreated,
  async ({ actor, params, body }) => ok(toChannelJson(await opportunities.recordChannelCreated(actor, params.id, body))),
  { current: sharingCurrent },
);
