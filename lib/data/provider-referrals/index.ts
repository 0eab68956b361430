/**
 * Provider referrals to partners (domain.md §3, api.md `/opportunity-invitations`): the only
 * code that reads and writes `OpportunityInvitation`. Every function takes the signed-in
 * Actor first; a referral not addressed to the actor is NotFoundError.
 *
 * - seller: `sendProviderReferral`, `listSentReferrals`, `getSentReferral`, `referralTargets`
 * - partner: `listPendingReferrals` / `getPendingReferral` (pre-acceptance fields only),
 *   `acceptReferral`, `acceptReferrals` (bulk, one transaction per referral), `rejectReferral`
 * - `getInvitation`: either view, for `GET /opportunity-invitations/{id}`
 * - `sweepProviderReferrals(now)`: the timer sweep (lib/jobs/sweep.ts runs it)
 *
 * Errors: NotFoundError, ForbiddenError (not a seller), ValidationError (dotted paths),
 * InvalidTransitionError (answered, expired, or lost a race: 409).
 */
export * from "./contract";
export { sendProviderReferral } from "./send";
export {
  listPendingReferrals,
  countPendingReferrals,
  getPendingReferral,
  listSentReferrals,
  getSentReferral,
  getInvitation,
  pageInvitations,
  referralTargets,
  type InvitationPageQuery,
  type InvitationPageRow,
} from "./read";
export { acceptReferral, acceptReferrals, rejectReferral } from "./answer";
export { sweepProviderReferrals, type ProviderReferralSweepResult } from "./sweep";
export { PARTNER_ONLY_FIELDS, ReferralEnvelopeSchema } from "./input";
