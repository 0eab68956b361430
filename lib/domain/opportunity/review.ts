/**
 * A validator's decision (`POST /opportunities/{id}/review`, domain.md §2.2). Each decision
 * is one event of the review machine; whether it needs a comment is read from the machine's
 * table, so the rule lives in one place.
 */
import { z } from "zod";
import { REVIEW_TRANSITIONS, type ReviewEvent } from "./machine";
import { MESSAGES, charCount } from "./field-kinds";

export const REVIEW_DECISIONS = ["START", "APPROVE", "ACTION_REQUIRED", "REJECT"] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

/** Decision (API spelling) → review event (machine spelling). */
export const DECISION_EVENTS = {
  START: "START_REVIEW",
  APPROVE: "APPROVE",
  ACTION_REQUIRED: "REQUEST_ACTION",
  REJECT: "REJECT",
} as const satisfies Record<ReviewDecisionKind, ReviewEvent>;

export const REVIEW_COMMENT_MAX_LENGTH = 2000;

export const decisionRequiresComment = (decision: ReviewDecisionKind): boolean =>
  REVIEW_TRANSITIONS[DECISION_EVENTS[decision]].commentRequired;

/**
 * `{ decision, comment? }`. The comment (trimmed, 1–2000 characters) is required for
 * ACTION_REQUIRED and REJECT — it is the "review reason" the partner sees — and optional
 * (kept when given) for START and APPROVE.
 */
export const ReviewDecisionSchema = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS, {
      error: (issue) => (issue.input === undefined ? MESSAGES.required : "Choose START, APPROVE, ACTION_REQUIRED or REJECT"),
    }),
    comment: z
      .string({ error: MESSAGES.text })
      .trim()
      .refine((c) => charCount(c) <= REVIEW_COMMENT_MAX_LENGTH, MESSAGES.maxChars(REVIEW_COMMENT_MAX_LENGTH))
      .nullish()
      .transform((c) => (c ? c : undefined)),
  })
  .superRefine((value, refinement) => {
    if (decisionRequiresComment(value.decision) && value.comment === undefined) {
      refinement.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Enter a comment for the partner",
        input: value.comment,
      });
    }
  });
export type ReviewDecision = z.output<typeof ReviewDecisionSchema>;

/** The machine event a decision fires. */
export const reviewEventOf = (decision: ReviewDecisionKind): ReviewEvent => DECISION_EVENTS[decision];
