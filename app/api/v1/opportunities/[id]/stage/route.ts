import { apiHandler, ok } from "@/lib/api/handler";
import { changeStage, opportunityCurrent, toOpportunityJson } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const POST = apiHandler(
  changeStage,
  async ({ actor, params, body }) => ok(toOpportunityJson(await opportunities.changeStage(actor, params.id, body))),
  { current: opportunityCurrent },
);
