import { apiHandler, ok } from "@/lib/api/handler";
import { opportunityCurrent, reviewOpportunity, toOpportunityJson } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const POST = apiHandler(
  reviewOpportunity,
  async ({ actor, params, body }) => ok(toOpportunityJson(await opportunities.reviewOpportunity(actor, params.id, body))),
  { current: opportunityCurrent },
);
