/**
 * Which fields of a deal can change, and when (domain.md §4.2, §4.3, §5).
 *
 * While the deal is open: name, estimated close date, estimated value, notes, CRM id,
 * campaign id, the team, and (not for assessments) the solutions. Never: the location
 * and the customer (a wrong customer is fixed by closing the deal as error with
 * WRONG_CUSTOMER and creating a new one); for assessments also the assessment location.
 *
 * Decisions where the spec is silent:
 * - `marketplaceIntent` is editable while open on IP co-sell deals (§4.2 step 4 says
 *   "changeable later");
 * - `partnerRole`, `solutionArea`, `solutionPlay` are deal details of wizard step 3 and
 *   stay editable ("deal details stay editable", §5);
 * - `customerContact` (a person, not the customer) stays editable, with the same
 *   consent rule as at creation;
 * - `program` and `dealType` never change through an edit (the type changes only by
 *   the one-way UPGRADE / INVITE events).
 * - Nothing is editable in RECEIVED: the recipient supplies the fields when accepting.
 */
import { isOpenDealStatus, type DealStatus, type DealType, type Program } from "./picklists";

export const EDITABLE_DEAL_FIELDS = [
  "name",
  "estimatedCloseDate",
  "estimatedValue",
  "notes",
  "crmId",
  "campaignId",
  "team",
  "solutions",
  "marketplaceIntent",
  "partnerRole",
  "solutionArea",
  "solutionPlay",
  "customerContact",
] as const;
export type EditableDealField = (typeof EDITABLE_DEAL_FIELDS)[number];

/** Fields that no edit ever changes. */
export const NEVER_EDITABLE_DEAL_FIELDS = [
  "location",
  "customer",
  "assessmentLocation",
  "program",
  "dealType",
  "direction",
  "status",
] as const;
export type NeverEditableDealField = (typeof NEVER_EDITABLE_DEAL_FIELDS)[number];

/** The fields of `deal` a user with edit rights may change now (empty unless open). */
export function editableDealFields(deal: { dealType: DealType; status: DealStatus; program?: Program | null }): EditableDealField[] {
  if (!isOpenDealStatus(deal.status)) return [];
  return EDITABLE_DEAL_FIELDS.filter((field) => {
    if (field === "solutions") return deal.dealType !== "SOLUTION_ASSESSMENT";
    if (field === "marketplaceIntent") return deal.program == null || deal.program === "IP_CO_SELL";
    return true;
  });
}

export function isDealFieldEditable(deal: { dealType: DealType; status: DealStatus; program?: Program | null }, field: string): boolean {
  return (editableDealFields(deal) as string[]).includes(field);
}
