import { apiHandler, ok } from "@/lib/api/handler";
import { opportunityCurrent, submitOpportunity, toOpportunityJson } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const POST = apiHandler(
  submitOpportunity,
  async ({ actor, params, body }) => ok(toOpportunityJson(await opportunities.submitOpportunity(actor, params.id, body.version))),
  { current: opportunityCurrent },
);
