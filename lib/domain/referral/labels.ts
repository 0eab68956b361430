/**
 * English labels of the co-sell deal enums (the UI's default language; messages/ can
 * override them per locale).
 */
import type { RegistrationRule } from "./registration";
import type {
  CloseAsErrorReason,
  CoSellRequestState,
  CustomerManagement,
  DealDirection,
  DealStatus,
  DealType,
  DeclineReason,
  LostReason,
  MarketplaceIntent,
  PartnerRole,
  Program,
  RegistrationStatus,
  SolutionKind,
} from "./picklists";
import type { DealEventType } from "./deal-lifecycle";

export const DEAL_DIRECTION_LABELS: Record<DealDirection, string> = {
  INBOUND: "Inbound",
  OUTBOUND: "Outbound",
};

export const DEAL_TYPE_LABELS: Record<DealType, string> = {
  PRIVATE: "Private",
  PARTNER_LED: "Partner-led",
  CO_SELL: "Co-sell",
  P2P: "Partner-to-partner",
  SOLUTION_ASSESSMENT: "Solution assessment",
};

export const PROGRAM_LABELS: Record<Program, string> = {
  IP_CO_SELL: "IP co-sell",
  SERVICES_CO_SELL: "Services co-sell",
};

export const DEAL_STATUS_LABELS: Record<DealStatus, string> = {
  RECEIVED: "Received",
  CREATED: "Created",
  ACCEPTED: "Accepted",
  QUALIFIED: "Qualified",
  DEVELOPED: "Developed",
  PROPOSED: "Proposed",
  NEGOTIATED: "Negotiated",
  SECURE_CUSTOMER_LOE: "Secure customer LOE",
  COLLECT_DATA: "Collect data",
  PREPARE_REPORT: "Prepare report",
  PRESENT_TO_CUSTOMER: "Present to customer",
  WON: "Won",
  LOST: "Lost",
  DECLINED: "Declined",
  EXPIRED: "Expired",
  ERROR: "Closed as error",
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  NOT_A_FIT: "Not a fit",
  NO_CAPACITY: "No capacity",
  CUSTOMER_NOT_REACHABLE: "Customer not reachable",
  DUPLICATE: "Duplicate",
  INSUFFICIENT_DETAILS: "Insufficient details",
  OTHER: "Other",
};

export const LOST_REASON_LABELS: Record<LostReason, string> = {
  LOST_TO_COMPETITOR: "Lost to a competitor",
  NO_BUDGET: "No budget",
  NO_DECISION: "No decision",
  PRICE: "Price",
  TIMING: "Timing",
  OTHER: "Other",
};

export const CLOSE_AS_ERROR_REASON_LABELS: Record<CloseAsErrorReason, string> = {
  DUPLICATE_DEAL: "Duplicate deal",
  WRONG_CUSTOMER: "Wrong customer",
  INCORRECT_VALUE: "Incorrect value",
  OTHER: "Other",
};

export const MARKETPLACE_INTENT_LABELS: Record<MarketplaceIntent, string> = {
  YES: "Yes",
  NO: "No",
  UNDECIDED: "Undecided",
};

export const PARTNER_ROLE_LABELS: Record<PartnerRole, string> = {
  PRE_SALES_VISION: "Pre-sales vision",
  SOLUTION_DESIGN: "Solution design",
  PROOF_OF_CONCEPT: "Proof of concept",
  BUSINESS_STRATEGY: "Business strategy",
  DEPLOYMENT_SERVICES: "Deployment services",
  IMPLEMENTATION_AND_CHANGE_MANAGEMENT: "Implementation and change management",
  TRANSACTION: "Transaction",
  MANAGED_SERVICES: "Managed services",
};

export const CUSTOMER_MANAGEMENT_LABELS: Record<CustomerManagement, string> = {
  MANAGED: "Managed",
  UNMANAGED: "Unmanaged",
  OTHER: "Other",
};

export const SOLUTION_KIND_LABELS: Record<SolutionKind, string> = {
  OWN: "Our solution",
  PROVIDER: "Provider solution",
  THIRD_PARTY: "Third-party solution",
  ASSESSMENT: "Assessment",
};

export const CO_SELL_REQUEST_STATE_LABELS: Record<CoSellRequestState, string> = {
  REQUESTED: "Help requested",
  JOINED: "Provider joined",
  DECLINED: "Provider declined",
  LAPSED: "Request lapsed",
};

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  SUBMITTED: "Submitted",
  IN_VALIDATION: "In validation",
  VALIDATED: "Validated",
  ACTION_REQUIRED: "Action required",
  REJECTED: "Rejected",
};

export const REGISTRATION_RULE_LABELS: Record<RegistrationRule, string> = {
  STATUS_WON: "Deal is won",
  IP_COSELL_SOLUTION: "IP co-sell eligible solution",
  DEAL_TYPE: "Partner-led, or co-sell with the provider",
  MIN_VALUE: "Value of at least 25,000 USD",
  MANAGED_CUSTOMER: "Provider-managed customer",
  WON_AFTER_72H: "Won at least 72 hours after creation",
};

export const DEAL_EVENT_LABELS: Record<DealEventType, string> = {
  RECEIVE: "Receive",
  CREATE: "Create",
  ACCEPT: "Accept",
  DECLINE: "Decline",
  EXPIRE: "Expire",
  MARK_STAGE: "Mark stage",
  MARK_WON: "Mark won",
  MARK_LOST: "Mark lost",
  CLOSE_AS_ERROR: "Close as error",
  EDIT: "Edit",
  UPGRADE: "Upgrade",
  INVITE: "Invite",
};

/** "Qualified (20 %)" style label of a stage with its completion percentage. */
export function dealStatusLabelWithPercent(status: DealStatus, percent: number | null): string {
  return percent === null ? DEAL_STATUS_LABELS[status] : `${DEAL_STATUS_LABELS[status]} (${percent} %)`;
}
