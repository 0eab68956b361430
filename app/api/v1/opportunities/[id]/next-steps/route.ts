import { apiHandler, created } from "@/lib/api/handler";
import { addNextStep, opportunityCurrent, toOpportunityJson } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const POST = apiHandler(
  addNextStep,
  async ({ actor, params, body }) => created(toOpportunityJson(await opportunities.addNextStep(actor, params.id, body))),
  { current: opportunityCurrent },
);
