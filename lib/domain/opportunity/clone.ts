/**
 * Clone (domain.md §2.5): a new draft with the customer, project, marketing and contact
 * fields of the source. Not copied: ids (`parentOpportunityId`, `partnerCrmId` — unique per
 * organisation —, `ownerId`: the clone belongs to whoever clones it), `providerAccountId`
 * (provider data), and everything outside the body (status, review comments, history, next
 * steps, provider-side fields, shares, channels). The target close date is cleared when it
 * is no longer in the future, a terminal stage is cleared (a closed deal cannot be
 * submitted again as is).
 */
import type { OpportunityData } from "./fields";
import { isTerminalStage } from "./picklists";
import { assertIsoDate } from "./dates";

export function cloneOpportunityFields(source: OpportunityData, today: string): OpportunityData {
  assertIsoDate(today, "today");
  const copy = structuredClone(source);
  delete copy.parentOpportunityId;
  delete copy.partnerCrmId;
  delete copy.ownerId;
  delete copy.providerAccountId;
  if (copy.project?.targetCloseDate !== undefined && copy.project.targetCloseDate <= today) {
    delete copy.project.targetCloseDate;
  }
  if (isTerminalStage(copy.stage)) delete copy.stage;
  return copy;
}
