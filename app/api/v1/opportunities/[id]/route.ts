import { apiHandler, noContent, ok } from "@/lib/api/handler";
import { deleteOpportunity, getOpportunity, opportunityCurrent, toOpportunityJson, toSharedOpportunityJson, updateOpportunity } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * The whole opportunity when the actor sees it; else, for an organisation that accepted a
 * share invitation, its shared part (the service the /shared/[id] page reads); else 404.
 */
export const GET = apiHandler(getOpportunity, async ({ actor, params }) => {
  try {
    return ok(toOpportunityJson(await opportunities.getOpportunity(actor, params.id)));
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    const shared = await opportunities.findSharedOpportunity(actor, params.id);
    if (!shared) throw e;
    return ok(toSharedOpportunityJson(shared));
  }
});

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
