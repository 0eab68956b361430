/** English labels of solution assessment stages (domain.md §5). */
import type { AssessmentDealStatus, MarkableAssessmentStage } from "../referral/picklists";
import { DEAL_STATUS_LABELS } from "../referral/labels";

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentDealStatus, string> = {
  RECEIVED: DEAL_STATUS_LABELS.RECEIVED,
  CREATED: DEAL_STATUS_LABELS.CREATED,
  ACCEPTED: DEAL_STATUS_LABELS.ACCEPTED,
  SECURE_CUSTOMER_LOE: DEAL_STATUS_LABELS.SECURE_CUSTOMER_LOE,
  COLLECT_DATA: DEAL_STATUS_LABELS.COLLECT_DATA,
  PREPARE_REPORT: DEAL_STATUS_LABELS.PREPARE_REPORT,
  PRESENT_TO_CUSTOMER: DEAL_STATUS_LABELS.PRESENT_TO_CUSTOMER,
  WON: DEAL_STATUS_LABELS.WON,
  LOST: DEAL_STATUS_LABELS.LOST,
  DECLINED: DEAL_STATUS_LABELS.DECLINED,
  EXPIRED: DEAL_STATUS_LABELS.EXPIRED,
  ERROR: DEAL_STATUS_LABELS.ERROR,
};

/** Longer descriptions for the stage stepper. */
export const ASSESSMENT_STAGE_DESCRIPTIONS: Record<MarkableAssessmentStage, string> = {
  SECURE_CUSTOMER_LOE: "The customer signed the letter of engagement",
  COLLECT_DATA: "The data for the assessment is collected",
  PREPARE_REPORT: "The assessment report is being prepared",
  PRESENT_TO_CUSTOMER: "The report was presented to the customer",
};

/** The list filter label and the row badge (§5). */
export const SOLUTION_ASSESSMENT_LABEL = "Solution assessment";
