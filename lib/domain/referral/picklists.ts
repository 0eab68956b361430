/**
 * Co-sell referrals (deals), domain.md §4: every enum and picklist, spelled exactly as
 * the spec gives them (JSON values). The Prisma enums mirror these values.
 *
 * Statuses are shared with solution assessments (§5), whose open stages are different:
 * `DEAL_STATUSES` is the full value set of a deal's `status` column (ordinary sales
 * stages and assessment stages), `ORDINARY_DEAL_STATUSES` those of an ordinary deal,
 * `ASSESSMENT_DEAL_STATUSES` (in ../assessment) those of an assessment.
 */

export const DEAL_DIRECTIONS = ["INBOUND", "OUTBOUND"] as const;
export type DealDirection = (typeof DEAL_DIRECTIONS)[number];

export const DEAL_TYPES = ["PRIVATE", "PARTNER_LED", "CO_SELL", "P2P", "SOLUTION_ASSESSMENT"] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const PROGRAMS = ["IP_CO_SELL", "SERVICES_CO_SELL"] as const;
export type Program = (typeof PROGRAMS)[number];

export const DECLINE_REASONS = [
  "NOT_A_FIT",
  "NO_CAPACITY",
  "CUSTOMER_NOT_REACHABLE",
  "DUPLICATE",
  "INSUFFICIENT_DETAILS",
  "OTHER",
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const LOST_REASONS = ["LOST_TO_COMPETITOR", "NO_BUDGET", "NO_DECISION", "PRICE", "TIMING", "OTHER"] as const;
export type LostReason = (typeof LOST_REASONS)[number];

export const CLOSE_AS_ERROR_REASONS = ["DUPLICATE_DEAL", "WRONG_CUSTOMER", "INCORRECT_VALUE", "OTHER"] as const;
export type CloseAsErrorReason = (typeof CLOSE_AS_ERROR_REASONS)[number];

export const MARKETPLACE_INTENTS = ["YES", "NO", "UNDECIDED"] as const;
export type MarketplaceIntent = (typeof MARKETPLACE_INTENTS)[number];

export const PARTNER_ROLES = [
  "PRE_SALES_VISION",
  "SOLUTION_DESIGN",
  "PROOF_OF_CONCEPT",
  "BUSINESS_STRATEGY",
  "DEPLOYMENT_SERVICES",
  "IMPLEMENTATION_AND_CHANGE_MANAGEMENT",
  "TRANSACTION",
  "MANAGED_SERVICES",
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

/** Customer directory accounts (§4.1): only MANAGED accounts are eligible for registration. */
export const CUSTOMER_MANAGEMENT = ["MANAGED", "UNMANAGED", "OTHER"] as const;
export type CustomerManagement = (typeof CUSTOMER_MANAGEMENT)[number];

/** Solution catalogue kinds (§4.1). */
export const SOLUTION_KINDS = ["OWN", "PROVIDER", "THIRD_PARTY", "ASSESSMENT"] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];
/** Kinds an ordinary (non-assessment) deal may carry. */
export const SALES_SOLUTION_KINDS: readonly SolutionKind[] = ["OWN", "PROVIDER", "THIRD_PARTY"];

/** A provider seller's answer to a co-sell help request (§4.4). */
export const CO_SELL_REQUEST_STATES = ["REQUESTED", "JOINED", "DECLINED", "LAPSED"] as const;
export type CoSellRequestState = (typeof CO_SELL_REQUEST_STATES)[number];

/** Deal registration (§4.6). */
export const REGISTRATION_STATUSES = ["SUBMITTED", "IN_VALIDATION", "VALIDATED", "ACTION_REQUIRED", "REJECTED"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

// ---------------------------------------------------------------------------------
// Statuses and stages

/** The open sales stages of an ordinary deal, in order (CREATED and ACCEPTED are entry stages). */
export const SALES_STAGES = ["CREATED", "ACCEPTED", "QUALIFIED", "DEVELOPED", "PROPOSED", "NEGOTIATED"] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

/** Stages a user can mark on an ordinary deal (the entry stages are reached by create/accept). */
export const MARKABLE_SALES_STAGES = ["QUALIFIED", "DEVELOPED", "PROPOSED", "NEGOTIATED"] as const;
export type MarkableSalesStage = (typeof MARKABLE_SALES_STAGES)[number];

/** The open stages of a solution assessment (§5), in order. */
export const ASSESSMENT_STAGES = [
  "CREATED",
  "ACCEPTED",
  "SECURE_CUSTOMER_LOE",
  "COLLECT_DATA",
  "PREPARE_REPORT",
  "PRESENT_TO_CUSTOMER",
] as const;
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number];

/** The four middle stages that must all be marked, in order, before an assessment is won. */
export const MARKABLE_ASSESSMENT_STAGES = ["SECURE_CUSTOMER_LOE", "COLLECT_DATA", "PREPARE_REPORT", "PRESENT_TO_CUSTOMER"] as const;
export type MarkableAssessmentStage = (typeof MARKABLE_ASSESSMENT_STAGES)[number];

/** Terminal statuses (§4.3): nothing of the deal can change afterwards. */
export const TERMINAL_DEAL_STATUSES = ["WON", "LOST", "DECLINED", "EXPIRED", "ERROR"] as const;
export type TerminalDealStatus = (typeof TERMINAL_DEAL_STATUSES)[number];

/** Statuses of an ordinary deal (§4.3). */
export const ORDINARY_DEAL_STATUSES = ["RECEIVED", ...SALES_STAGES, ...TERMINAL_DEAL_STATUSES] as const;
export type OrdinaryDealStatus = (typeof ORDINARY_DEAL_STATUSES)[number];

/** Statuses of a solution assessment (§5). */
export const ASSESSMENT_DEAL_STATUSES = ["RECEIVED", ...ASSESSMENT_STAGES, ...TERMINAL_DEAL_STATUSES] as const;
export type AssessmentDealStatus = (typeof ASSESSMENT_DEAL_STATUSES)[number];

/** Every value a deal's `status` can hold (ordinary deals and assessments). */
export const DEAL_STATUSES = [
  "RECEIVED",
  "CREATED",
  "ACCEPTED",
  "QUALIFIED",
  "DEVELOPED",
  "PROPOSED",
  "NEGOTIATED",
  "SECURE_CUSTOMER_LOE",
  "COLLECT_DATA",
  "PREPARE_REPORT",
  "PRESENT_TO_CUSTOMER",
  "WON",
  "LOST",
  "DECLINED",
  "EXPIRED",
  "ERROR",
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Every stage `POST /referrals/{id}/stage` can name (the machine decides which apply). */
export const MARKABLE_STAGES = [...MARKABLE_SALES_STAGES, ...MARKABLE_ASSESSMENT_STAGES] as const;
export type MarkableStage = (typeof MARKABLE_STAGES)[number];

/**
 * Completion percentage of each stage (§4.3, §5). Statuses without one (RECEIVED,
 * LOST, DECLINED, EXPIRED, ERROR) are absent.
 */
export const STAGE_PERCENT: Readonly<Partial<Record<DealStatus, number>>> = {
  CREATED: 10,
  ACCEPTED: 10,
  QUALIFIED: 20,
  DEVELOPED: 40,
  PROPOSED: 60,
  NEGOTIATED: 80,
  SECURE_CUSTOMER_LOE: 20,
  COLLECT_DATA: 40,
  PREPARE_REPORT: 60,
  PRESENT_TO_CUSTOMER: 80,
  WON: 100,
};

/** The completion percentage of a status, or null when it has none. */
export function stagePercent(status: DealStatus): number | null {
  return STAGE_PERCENT[status] ?? null;
}

export function isTerminalDealStatus(status: DealStatus): status is TerminalDealStatus {
  return (TERMINAL_DEAL_STATUSES as readonly string[]).includes(status);
}

/**
 * Open = created/accepted or at a stage, not terminal. RECEIVED is *non-terminal* but
 * not open: the recipient has not taken the deal yet (§4.3 distinguishes the two).
 */
export function isOpenDealStatus(status: DealStatus): boolean {
  return status !== "RECEIVED" && !isTerminalDealStatus(status);
}

/** Days an inbound deal waits for accept/decline, and a provider seller for a co-sell decision. */
export const DEAL_ANSWER_DAYS = 14;
export const CO_SELL_DECISION_DAYS = 14;

/** Minimum deal value for registration, in USD (§4.6). */
export const REGISTRATION_MIN_VALUE_USD = "25000";
/** Minimum time between creating a deal and marking it won, for registration (§4.6). */
export const REGISTRATION_MIN_HOURS_TO_WIN = 72;

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);
