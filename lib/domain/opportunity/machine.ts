/**
 * THE lifecycle of an ACE opportunity (domain.md §2.2): two independent axes, the review
 * status (the provider's validation) and the sales stage (the deal's progress), as data.
 * The policy, the services, the UI (which buttons to show) and the tests all read these
 * tables; nothing else decides whether a transition is allowed.
 *
 * The machine assumes the caller already established that the actor may *see* the
 * opportunity (lib/authz scope) — "not found" is the scope's answer, not the machine's.
 * Suggested HTTP mapping of refusals: `ROLE` → 403; `NOT_ALLOWED_FROM_STATE`,
 * `TERMINAL_STAGE`, `SAME_STAGE` → 409 `/invalid-transition`; `COMMENT_REQUIRED` → 400.
 */
import { ORG_WIDE_ACE_ROLES } from "../roles";
import type { Actor } from "../actor";
import { REVIEW_STATUSES, SALES_STAGES, TERMINAL_STAGES, isTerminalStage, type ReviewStatus, type SalesStage } from "./picklists";

// Field editability is part of the lifecycle; it lives in its own file for length.
export {
  ACTION_REQUIRED_EDITABLE_FIELDS,
  APPROVED_LOCKED_FIELDS,
  editableFields,
  isFieldEditable,
  isReadOnly,
  lockedFieldsChanged,
  type OpportunityPatch,
} from "./editability";

// ---- Review status ---------------------------------------------------------------------

/** The state of an opportunity that does not exist yet (the "(new)" row of the table). */
export const NEW = "NEW" as const;
export type ReviewState = ReviewStatus | typeof NEW;

export const REVIEW_EVENTS = ["SAVE_DRAFT", "SUBMIT", "START_REVIEW", "APPROVE", "REQUEST_ACTION", "REJECT"] as const;
export type ReviewEvent = (typeof REVIEW_EVENTS)[number];

/**
 * Who may fire an event; an actor qualifies if they match any entry.
 * - `CREATOR`: a partner user with an ACE role who created the opportunity;
 * - `OWNER`: a partner user with an ACE role who currently owns it;
 * - `ORG_WIDE_ACE_ROLE`: ALLIANCE_LEAD, ALLIANCE_TEAM or ACE_MANAGER of the organisation;
 * - `VALIDATOR`: the provider's validation team.
 */
export const PRINCIPALS = ["CREATOR", "OWNER", "ORG_WIDE_ACE_ROLE", "VALIDATOR"] as const;
export type Principal = (typeof PRINCIPALS)[number];

export type ReviewTransitionRule = {
  readonly from: readonly ReviewState[];
  readonly to: ReviewStatus;
  readonly who: readonly Principal[];
  /** The decision is kept as a review comment, which must then be given (1–2000 chars). */
  readonly commentRequired: boolean;
  /** Sales stages at which the event is refused. */
  readonly refusedAtStages: readonly SalesStage[];
};

/** Submitting (or resubmitting) is refused at these stages (§2.2). */
export const SUBMISSION_REFUSED_AT_STAGES: readonly SalesStage[] = TERMINAL_STAGES;

const PARTNER_SUBMITTERS = ["OWNER", "ORG_WIDE_ACE_ROLE"] as const satisfies readonly Principal[];
const REVIEWERS = ["VALIDATOR"] as const satisfies readonly Principal[];
const UNDER_REVIEW = ["SUBMITTED", "IN_REVIEW"] as const satisfies readonly ReviewState[];

/**
 * The review-status table of §2.2. Resubmitting after ACTION_REQUIRED is the SUBMIT event
 * from ACTION_REQUIRED. SAVE_DRAFT from DRAFT (saving edits to an existing draft) stays in
 * DRAFT; saving edits in ACTION_REQUIRED or APPROVED is a field edit, not an event (see
 * `editableFields`).
 */
export const REVIEW_TRANSITIONS = {
  SAVE_DRAFT: {
    from: [NEW, "DRAFT"],
    to: "DRAFT",
    who: ["CREATOR", ...PARTNER_SUBMITTERS],
    commentRequired: false,
    refusedAtStages: [],
  },
  SUBMIT: {
    from: [NEW, "DRAFT", "ACTION_REQUIRED"],
    to: "SUBMITTED",
    who: PARTNER_SUBMITTERS,
    commentRequired: false,
    refusedAtStages: SUBMISSION_REFUSED_AT_STAGES,
  },
  START_REVIEW: { from: ["SUBMITTED"], to: "IN_REVIEW", who: REVIEWERS, commentRequired: false, refusedAtStages: [] },
  APPROVE: { from: UNDER_REVIEW, to: "APPROVED", who: REVIEWERS, commentRequired: false, refusedAtStages: [] },
  REQUEST_ACTION: {
    from: UNDER_REVIEW,
    to: "ACTION_REQUIRED",
    who: REVIEWERS,
    commentRequired: true,
    refusedAtStages: [],
  },
  REJECT: { from: UNDER_REVIEW, to: "REJECTED", who: REVIEWERS, commentRequired: true, refusedAtStages: [] },
} as const satisfies Record<ReviewEvent, ReviewTransitionRule>;

export type TransitionRefusal<R extends string> = { ok: false; reason: R; message: string };

export type ReviewRefusalReason = "ROLE" | "NOT_ALLOWED_FROM_STATE" | "TERMINAL_STAGE" | "COMMENT_REQUIRED";

export type ReviewTransitionInput = {
  /** Current review status, or `NEW` for an opportunity being created. */
  status: ReviewState;
  /** Current (or, for a new one, requested) sales stage. */
  stage: SalesStage | null | undefined;
  event: ReviewEvent;
  actor: Actor;
  isOwner: boolean;
  isCreator: boolean;
  /** Only checked when given: a blank comment for an event that requires one is refused. */
  comment?: string | null;
};

export type ReviewTransitionResult = { ok: true; to: ReviewStatus } | TransitionRefusal<ReviewRefusalReason>;

/** Does the actor match one of the principals? */
export function actorMatches(who: readonly Principal[], actor: Actor, relation: { isOwner: boolean; isCreator: boolean }): boolean {
  const partnerWithAce = actor.organizationKind === "PARTNER" && actor.aceRole !== null;
  return who.some((principal) => {
    switch (principal) {
      case "CREATOR":
        return partnerWithAce && relation.isCreator;
      case "OWNER":
        return partnerWithAce && relation.isOwner;
      case "ORG_WIDE_ACE_ROLE":
        return partnerWithAce && actor.aceRole !== null && ORG_WIDE_ACE_ROLES.includes(actor.aceRole);
      case "VALIDATOR":
        return actor.organizationKind === "PROVIDER" && actor.providerRole === "VALIDATOR";
    }
  });
}

const ROLE_MESSAGES: Record<ReviewEvent, string> = {
  SAVE_DRAFT: "Only the creator, the owner or an alliance lead, alliance team member or ACE manager can save this draft",
  SUBMIT: "Only the owner or an alliance lead, alliance team member or ACE manager can submit this opportunity",
  START_REVIEW: "Only the provider's validation team can review opportunities",
  APPROVE: "Only the provider's validation team can review opportunities",
  REQUEST_ACTION: "Only the provider's validation team can review opportunities",
  REJECT: "Only the provider's validation team can review opportunities",
};

/**
 * Is `event` allowed? Checks, in order: the actor's role and relation to the opportunity,
 * the current review status, the sales stage, and (when given) the comment.
 */
export function reviewTransition(input: ReviewTransitionInput): ReviewTransitionResult {
  const rule: ReviewTransitionRule = REVIEW_TRANSITIONS[input.event];
  if (!actorMatches(rule.who, input.actor, input)) {
    return { ok: false, reason: "ROLE", message: ROLE_MESSAGES[input.event] };
  }
  if (!rule.from.includes(input.status)) {
    return {
      ok: false,
      reason: "NOT_ALLOWED_FROM_STATE",
      message:
        input.status === NEW
          ? "This action needs an existing opportunity"
          : `This action is not possible while the opportunity is ${input.status}`,
    };
  }
  if (input.stage && rule.refusedAtStages.includes(input.stage)) {
    return {
      ok: false,
      reason: "TERMINAL_STAGE",
      message: "An opportunity at Launched or Closed lost cannot be submitted",
    };
  }
  if (rule.commentRequired && input.comment !== undefined && (input.comment ?? "").trim() === "") {
    return { ok: false, reason: "COMMENT_REQUIRED", message: "Enter a comment for the partner" };
  }
  return { ok: true, to: rule.to };
}

/** The review events the actor may fire now (for the UI's buttons). */
export function availableReviewEvents(input: Omit<ReviewTransitionInput, "event" | "comment">): ReviewEvent[] {
  return REVIEW_EVENTS.filter((event) => reviewTransition({ ...input, event }).ok);
}

/** Statuses from which some review event can still move the opportunity. */
export const FINAL_REVIEW_STATUSES = REVIEW_STATUSES.filter(
  (status) => !REVIEW_EVENTS.some((event) => (REVIEW_TRANSITIONS[event].from as readonly ReviewState[]).includes(status)),
);

// ---- Sales stage -----------------------------------------------------------------------

/**
 * How the sales stage may change in each review status:
 * - `FIELD`: the stage is an ordinary field of the form (new opportunities and drafts); any
 *   value may be chosen, submission refuses the terminal ones;
 * - `OPERATION`: after approval, through the stage drop-down (`stageTransition` +
 *   `StageChangeSchema`): any move between open stages, terminal stages with close details;
 * - `LOCKED`: not at all (under review, ACTION_REQUIRED — where §2.2 lists the only editable
 *   fields and the stage is not one of them — and REJECTED).
 */
export const STAGE_CHANGE_MODE = {
  NEW: "FIELD",
  DRAFT: "FIELD",
  SUBMITTED: "LOCKED",
  IN_REVIEW: "LOCKED",
  ACTION_REQUIRED: "LOCKED",
  APPROVED: "OPERATION",
  REJECTED: "LOCKED",
} as const satisfies Record<ReviewState, "FIELD" | "OPERATION" | "LOCKED">;

export type StageRefusalReason = "NOT_ALLOWED_FROM_STATE" | "TERMINAL_STAGE" | "SAME_STAGE";

export type StageTransitionInput = {
  reviewStatus: ReviewState;
  from: SalesStage | null | undefined;
  to: SalesStage;
};

export type StageTransitionResult =
  | {
      ok: true;
      to: SalesStage;
      /** Moving to LAUNCHED/CLOSED_LOST after approval: close date etc. are required (StageChangeSchema). */
      requiresCloseDetails: boolean;
    }
  | TransitionRefusal<StageRefusalReason>;

export function stageTransition(input: StageTransitionInput): StageTransitionResult {
  const mode = STAGE_CHANGE_MODE[input.reviewStatus];
  if (mode === "FIELD") return { ok: true, to: input.to, requiresCloseDetails: false };
  if (isTerminalStage(input.from)) {
    return { ok: false, reason: "TERMINAL_STAGE", message: "The deal is closed; its stage can no longer change" };
  }
  if (mode === "LOCKED") {
    return {
      ok: false,
      reason: "NOT_ALLOWED_FROM_STATE",
      message: `The stage cannot be changed while the opportunity is ${input.reviewStatus}`,
    };
  }
  if (input.from === input.to) {
    return { ok: false, reason: "SAME_STAGE", message: "The opportunity is already at this stage" };
  }
  return { ok: true, to: input.to, requiresCloseDetails: isTerminalStage(input.to) };
}

/** The stages the drop-down offers (excluding the current one). Empty when the stage cannot change. */
export function availableStages(reviewStatus: ReviewState, from: SalesStage | null | undefined): SalesStage[] {
  return SALES_STAGES.filter((to) => to !== from && stageTransition({ reviewStatus, from, to }).ok);
}

// ---- What else may be done -----------------------------------------------------------------

/** Only drafts can be deleted. */
export const canDelete = (status: ReviewStatus): boolean => status === "DRAFT";

/** Any opportunity that is not a draft can be cloned by a user who can see it (§2.5), REJECTED included. */
export const canClone = (status: ReviewStatus): boolean => status !== "DRAFT";

/** Next steps are added on approved, still open opportunities (§2.3). */
export const canAddNextStep = (status: ReviewStatus, stage: SalesStage | null | undefined): boolean =>
  status === "APPROVED" && !isTerminalStage(stage);

/** A collaboration channel may be requested when APPROVED at QUALIFIED or later, not terminal (§2.8). */
export const canRequestChannel = (status: ReviewStatus, stage: SalesStage | null | undefined): boolean =>
  status === "APPROVED" && stage != null && !isTerminalStage(stage) && SALES_STAGES.indexOf(stage) >= SALES_STAGES.indexOf("QUALIFIED");
