/**
 * Co-sell deal services (domain.md §4, §5): the only code that reads and writes deals. Every
 * function takes the signed-in Actor first and composes `dealScope(actor)`: a deal outside
 * it is NotFoundError.
 *
 * Errors (lib/errors.ts): NotFoundError (invisible), ForbiddenError (visible, the role may
 * not), InvalidTransitionError (the machine refuses: its message), ValidationError (bad
 * input, dotted paths, nothing written), StaleVersionError (edit on a stale version, with
 * the fresh deal).
 */
export * from "./contract";
export { listDeals, listDealsAfter, DEAL_KEYSET_SORTS, type DealKeysetSort, type DealKeysetRow } from "./list";
export { getDeal, dealHistory } from "./detail";
export { createReferral } from "./create";
export { updateDeal } from "./edit";
export { acceptDeal, declineDeal, markStage, markWon, markLost, closeAsError } from "./lifecycle";
export { upgradeDeal, inviteToDeal, UpgradeDealSchema } from "./invitations";
export { providerDecision, providerMarkWon, coSellRequests } from "./provider";
export { setFavorite } from "./favorites";
export {
  registrationEligibilityOf,
  registerDeal,
  listRegistrations,
  decideRegistration,
  RegistrationDecisionSchema,
} from "./registration";
export { sweepDeals, type SweepResult } from "./sweep";
export { recentTeamMembers, organizationLocations, type TeamSuggestion } from "./team";
