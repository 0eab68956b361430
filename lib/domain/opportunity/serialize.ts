/**
 * From the stored (normalised) opportunity back to the client shape: API responses, form
 * default values, CSV export.
 */
import { toMoneyInput } from "../money";
import type { OpportunityData, OpportunityInput } from "./fields";

/** OpportunityData → OpportunityInput (money as `{ amount: "12500.00", currency }`; other fields unchanged). */
export function toOpportunityInput(data: OpportunityData): OpportunityInput {
  const { project, ...rest } = data;
  if (!project) return rest;
  const { expectedMonthlyRevenue, ...projectRest } = project;
  return {
    ...rest,
    project: expectedMonthlyRevenue ? { ...projectRest, expectedMonthlyRevenue: toMoneyInput(expectedMonthlyRevenue) } : projectRest,
  };
}
