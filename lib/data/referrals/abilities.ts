/**
 * What the actor may do with a deal now, for the UI: the policy (who) and the machines
 * (when) together. The services check the same functions before every write, so a button
 * shown here is an operation that will be accepted (barring a concurrent change).
 */
import type { Actor } from "@/lib/domain/actor";
import {
  allowedCoSellRequestEvents,
  allowedDealEvents,
  allowedRegistrationEvents,
  canProviderMarkWon,
  canRequestCoSell,
  DEAL_TYPE_UPGRADES,
  editableDealFields,
  markableStages,
  type DealStatus,
} from "@/lib/domain/referral";
import { isOpenAssessmentStatus, canMarkWon, isAssessmentStatus } from "@/lib/domain/assessment";
import type { DealAbilities } from "./contract";
import { effectiveCoSell, effectiveStatus, isOwningPartner, isProviderSeller, machineInput, type DealRow } from "./shared";

export const ASSESSMENT_WON_BLOCKED =
  "Mark every stage first: secure customer LOE, collect data, prepare report and present to customer.";

export function abilitiesOf(actor: Actor, row: DealRow, now: Date, opts: { eligible: boolean }): DealAbilities {
  const partner = isOwningPartner(actor, row);
  const input = machineInput(row, now);
  const events = allowedDealEvents(input, { now });
  const status: DealStatus = effectiveStatus(row, now);
  const has = (e: (typeof events)[number]) => partner && events.includes(e);
  const coSell = effectiveCoSell(row, now);
  const open = has("EDIT");
  const assessmentBlocked =
    partner &&
    row.dealType === "SOLUTION_ASSESSMENT" &&
    isAssessmentStatus(status) &&
    isOpenAssessmentStatus(status) &&
    !canMarkWon(status);
  const seller = isProviderSeller(actor);
  const registrationEvents = partner
    ? allowedRegistrationEvents(row.registration?.status ?? null, { now, eligible: opts.eligible })
    : [];
  return {
    partner,
    edit: open,
    editableFields: open ? [...editableDealFields({ dealType: row.dealType, status, program: row.program })] : [],
    accept: has("ACCEPT"),
    decline: has("DECLINE"),
    markStages: partner ? markableStages(input, { now }) : [],
    markWon: has("MARK_WON"),
    markWonBlockedReason: assessmentBlocked ? ASSESSMENT_WON_BLOCKED : null,
    markLost: has("MARK_LOST"),
    closeAsError: has("CLOSE_AS_ERROR"),
    upgradeTo: has("UPGRADE") ? [...DEAL_TYPE_UPGRADES[row.dealType]] : [],
    inviteProvider: has("INVITE") && canRequestCoSell(coSell),
    invitePartners: has("INVITE") && row.direction === "OUTBOUND",
    providerDecision:
      seller &&
      (status !== "RECEIVED" && !["WON", "LOST", "DECLINED", "EXPIRED", "ERROR"].includes(status)) &&
      allowedCoSellRequestEvents(row.coSellRequestState, { now, requestedAt: row.coSellRequestedAt }).includes("JOIN"),
    providerMarkWon:
      seller &&
      canProviderMarkWon({ dealType: row.dealType, status, providerMarkedWon: row.providerMarkedWonAt !== null, visibleToProvider: row.visibleToProvider }),
    favorite: true,
    register: registrationEvents.includes("SUBMIT"),
    resubmitRegistration: registrationEvents.includes("RESUBMIT"),
    events,
  };
}
