import { apiHandler, noContent, ok } from "@/lib/api/handler";
import { deleteOpportunity, getOpportunity, opportunityCurrent, toOpportunityJson, updateOpportunity } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const GET = apiHandler(getOpportunity, async ({ actor, params }) => ok(toOpportunityJson(await opportunities.getOpportunity(actor, params.id))));

export const PATCH = apiHandler(
  updateOpportunity,
  async ({ actor, params, body }) => ok(toOpportunityJson(await opportunities.updateOpportunity(actor, params.id, body))),
  { current: opportunityCurrent },
);

export const DELETE = apiHandler(
  deleteOpportunity,
  async ({ actor, params, query }) => {
    await opportunities.deleteOpportunity(actor, params.id, query.version);
    return noContent();
  },
  { current: opportunityCurrent },
);
