import { apiHandler, created } from "@/lib/api/handler";
import { cloneOpportunity, toOpportunityJson } from "@/lib/api/v1/opportunities";
import * as opportunities from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

export const POST = apiHandler(cloneOpportunity, async ({ actor, params }) => created(toOpportunityJson(await opportunities.cloneOpportunity(actor, params.id))));
