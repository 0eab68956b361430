import { apiHandler, noContent, ok } from "@/lib/api/handler";
import { opportunityCurrent, toOpportunityJson, transferOpportunity } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const POST = apiHandler(
  transferOpportunity,
  async ({ actor, params, body }) => {
    const detail = await opportunities.transferOpportunity(actor, params.id, body);
    return detail ? ok(toOpportunityJson(detail)) : noContent();
  },
  { current: opportunityCurrent },
);
