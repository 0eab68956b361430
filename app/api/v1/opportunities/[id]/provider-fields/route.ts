import { apiHandler, ok } from "@/lib/api/handler";
import { opportunityCurrent, toOpportunityJson, updateProviderFields } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const PATCH = apiHandler(
  updateProviderFields,
  async ({ actor, params, body }) => ok(toOpportunityJson(await opportunities.updateProviderFields(actor, params.id, body))),
  { current: opportunityCurrent },
);
