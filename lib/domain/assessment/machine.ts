/**
 * Solution assessments (domain.md §5): a special co-sell deal whose stages must all be
 * marked, strictly in order, before it can be won.
 *
 *   CREATED 10 % (outbound) / ACCEPTED 10 % (inbound, accepted)
 *     → SECURE_CUSTOMER_LOE 20 % → COLLECT_DATA 40 % → PREPARE_REPORT 60 %
 *     → PRESENT_TO_CUSTOMER 80 % → WON 100 %
 *   LOST from any open stage; ERROR (close as error) from any non-terminal status;
 *   inbound: RECEIVED → ACCEPTED | DECLINED | EXPIRED, as in §4.3.
 *
 * Since only the next stage can ever be marked, the current status proves which stages
 * were marked: WON is allowed exactly from PRESENT_TO_CUSTOMER.
 * The sale type of an assessment never changes (no UPGRADE, no INVITE).
 */
import { allowedEventsOf, runTransition, type TransitionResult, type TransitionTable } from "../referral/lifecycle";
import { effectiveDealStatus, sharedDealRules, type DealEvent, type DealEventType, type DealSubject } from "../referral/deal-lifecycle";
import {
  ASSESSMENT_DEAL_STATUSES,
  ASSESSMENT_STAGES,
  MARKABLE_ASSESSMENT_STAGES,
  STAGE_PERCENT,
  isOneOf,
  isTerminalDealStatus,
  type AssessmentDealStatus,
  type AssessmentStage,
  type MarkableAssessmentStage,
} from "../referral/picklists";

export {
  ASSESSMENT_DEAL_STATUSES,
  ASSESSMENT_STAGES,
  MARKABLE_ASSESSMENT_STAGES,
  type AssessmentDealStatus,
  type AssessmentStage,
  type MarkableAssessmentStage,
};

/** Completion percentage of each assessment status that has one. */
export const ASSESSMENT_STAGE_PERCENT: Readonly<Partial<Record<AssessmentDealStatus, number>>> = {
  CREATED: STAGE_PERCENT.CREATED,
  ACCEPTED: STAGE_PERCENT.ACCEPTED,
  SECURE_CUSTOMER_LOE: STAGE_PERCENT.SECURE_CUSTOMER_LOE,
  COLLECT_DATA: STAGE_PERCENT.COLLECT_DATA,
  PREPARE_REPORT: STAGE_PERCENT.PREPARE_REPORT,
  PRESENT_TO_CUSTOMER: STAGE_PERCENT.PRESENT_TO_CUSTOMER,
  WON: STAGE_PERCENT.WON,
};

export function isAssessmentStatus(status: unknown): status is AssessmentDealStatus {
  return isOneOf(ASSESSMENT_DEAL_STATUSES, status);
}

/** Open = an entry stage or a middle stage (not RECEIVED, not terminal). */
export function isOpenAssessmentStatus(status: AssessmentDealStatus): status is AssessmentStage {
  return isOneOf(ASSESSMENT_STAGES, status);
}

/**
 * The only stage that can be marked next, or null when none can (at PRESENT_TO_CUSTOMER
 * the next step is "mark won"; RECEIVED and terminal statuses have no next stage).
 */
export function nextAssessmentStage(status: AssessmentDealStatus): MarkableAssessmentStage | null {
  switch (status) {
    case "CREATED":
    case "ACCEPTED":
      return "SECURE_CUSTOMER_LOE";
    case "SECURE_CUSTOMER_LOE":
      return "COLLECT_DATA";
    case "COLLECT_DATA":
      return "PREPARE_REPORT";
    case "PREPARE_REPORT":
      return "PRESENT_TO_CUSTOMER";
    default:
      return null;
  }
}

/** The middle stages already marked when the assessment is at `status` (in order). */
export function markedAssessmentStages(status: AssessmentDealStatus): MarkableAssessmentStage[] {
  if (status === "WON") return [...MARKABLE_ASSESSMENT_STAGES];
  const index = (MARKABLE_ASSESSMENT_STAGES as readonly string[]).indexOf(status);
  return index < 0 ? [] : MARKABLE_ASSESSMENT_STAGES.slice(0, index + 1);
}

/** Won is enabled only once all four middle stages are marked, i.e. at PRESENT_TO_CUSTOMER. */
export function canMarkWon(status: AssessmentDealStatus): boolean {
  return status === "PRESENT_TO_CUSTOMER";
}

type AssessmentRuleStatus = AssessmentDealStatus;

/** The assessment lifecycle, one rule per event. */
export const ASSESSMENT_TRANSITIONS: TransitionTable<AssessmentRuleStatus, DealEvent, DealSubject> = [
  ...sharedDealRules<AssessmentRuleStatus>(ASSESSMENT_STAGES),
  {
    event: "MARK_STAGE",
    from: ASSESSMENT_STAGES,
    to: ({ event }) => (event as Extract<DealEvent, { type: "MARK_STAGE" }>).stage as AssessmentRuleStatus,
    by: ["PARTNER"],
    guard: ({ status, event }) => {
      const target = (event as Extract<DealEvent, { type: "MARK_STAGE" }>).stage;
      if (target === "WON") return 'Use "mark won" to win an assessment';
      if (!isOneOf(MARKABLE_ASSESSMENT_STAGES, target)) return `${target} is not a stage of a solution assessment`;
      const next = status === null ? null : nextAssessmentStage(status);
      if (target === next) return null;
      return next === null
        ? "Every stage is marked: the assessment can now be won or lost"
        : `Stages are marked in order: the next stage is ${next}`;
    },
    available: ({ status }) => status !== null && nextAssessmentStage(status) !== null,
  },
  {
    event: "MARK_WON",
    from: ASSESSMENT_STAGES,
    to: "WON",
    by: ["PARTNER"],
    guard: ({ status }) =>
      status !== null && canMarkWon(status)
        ? null
        : "An assessment can be won only after all four stages (secure customer LOE, collect data, prepare report, present to customer) are marked",
    available: ({ status }) => status !== null && canMarkWon(status),
  },
];

export type AssessmentMachineInput = Omit<DealSubject, "dealType"> & {
  status: AssessmentDealStatus | null;
};

function ruleInput(deal: AssessmentMachineInput, now: Date) {
  const subject: DealSubject = {
    dealType: "SOLUTION_ASSESSMENT",
    direction: deal.direction,
    expiresAt: deal.expiresAt ?? null,
    coSellRequestState: deal.coSellRequestState ?? null,
  };
  const status = deal.status === null ? null : effectiveDealStatus({ status: deal.status, expiresAt: deal.expiresAt }, now);
  return { status, storedStatus: deal.status, subject, now };
}

/**
 * Decide an event on an assessment. Overdue RECEIVED counts as EXPIRED (only EXPIRE, the
 * sweep's event, still applies to it). Returns the target status, or why not.
 */
export function assessmentTransition(
  deal: AssessmentMachineInput,
  event: DealEvent,
  ctx: { now: Date },
): TransitionResult<AssessmentDealStatus> {
  return runTransition(
    ASSESSMENT_TRANSITIONS,
    { ...ruleInput(deal, ctx.now), event },
    {
      isTerminal: isTerminalDealStatus,
      noun: "assessment",
    },
  );
}

/** The events available now on an assessment (for buttons). */
export function allowedAssessmentEvents(deal: AssessmentMachineInput, ctx: { now: Date }): DealEventType[] {
  return allowedEventsOf(ASSESSMENT_TRANSITIONS, ruleInput(deal, ctx.now));
}
