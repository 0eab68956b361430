import { apiHandler, created, ok } from "@/lib/api/handler";
import { listOpportunityShares, shareOpportunity, sharingCurrent, toCollaboratorsJson } from "@/lib/api/v1/sharing";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** GET /api/v1/opportunities/{id}/shares — the invitations of an opportunity I see in full. */
export const GET = apiHandler(listOpportunityShares, async ({ actor, params }) => ok(toCollaboratorsJson(await opportunities.listOpportunityCollaborators(actor, params.id))));

/** POST /api/v1/opportunities/{id}/shares — `{ partnerOrganizationIds, message, fields }`. */
export const POST = apiHandler(
  shareOpportunity,
  async ({ actor, params, body }) => created(toCollaboratorsJson(await opportunities.shareOpportunity(actor, params.id, body))),
  { current: sharingCurrent },
);
