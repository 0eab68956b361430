/**
 * The stage drop-down after approval (domain.md §2.2, `POST /opportunities/{id}/stage`).
 * Whether the move is allowed at all is `stageTransition` (machine.ts); this schema checks
 * the details a move to a terminal stage needs.
 */
import { z } from "zod";
import { CLOSED_LOST_REASONS, SALES_STAGES, isTerminalStage } from "./picklists";
import { MESSAGES, choice, dateOnly, digits } from "./field-kinds";
import { assertIsoDate } from "./dates";

const stageField = z.enum(SALES_STAGES, {
  error: (issue) => (issue.input === undefined ? MESSAGES.required : "Choose a sales stage from the list"),
});

/**
 * `{ stage, closeDate?, providerAccountId?, closedLostReason? }`:
 * - to LAUNCHED or CLOSED_LOST: `closeDate` (the actual close date) is required and not after
 *   `ctx.today`; `providerAccountId` is optional, 12 digits when given;
 * - to CLOSED_LOST: `closedLostReason` (picklist) is required;
 * - `closeDate` and `closedLostReason` are refused where they do not apply (a move between
 *   open stages; a reason on LAUNCHED), so nothing meaningless is stored.
 */
export function StageChangeSchema(ctx: { today: string }) {
  assertIsoDate(ctx.today, "ctx.today");
  return z
    .strictObject({
      stage: stageField,
      closeDate: dateOnly(),
      providerAccountId: digits(12, MESSAGES.providerAccountId),
      closedLostReason: choice(CLOSED_LOST_REASONS, "Choose a closed-lost reason from the list"),
    })
    .superRefine(
      (value, refinement) => {
        // Runs even when another field is broken, so that every broken field is listed at once;
        // a field that already failed its own check gets no second message.
        const failed = new Set(refinement.issues.map((issue) => String(issue.path?.[0])));
        const add = (path: string, message: string) => {
          if (!failed.has(path)) refinement.addIssue({ code: "custom", path: [path], message, input: value[path as keyof typeof value] });
        };
        if (isTerminalStage(value.stage)) {
          if (value.closeDate === undefined) add("closeDate", "Enter the date the deal closed");
          else if (value.closeDate > ctx.today) add("closeDate", "The close date cannot be in the future");
        } else if (value.closeDate !== undefined) {
          add("closeDate", "Only when moving to Launched or Closed lost");
        }
        if (value.stage === "CLOSED_LOST") {
          if (value.closedLostReason === undefined) add("closedLostReason", "Choose why the deal was lost");
        } else if (value.closedLostReason !== undefined) {
          add("closedLostReason", "Only when moving to Closed lost");
        }
      },
      // The rules hang on the stage: without a valid one (or an object) there is nothing to check.
      {
        when: (payload) =>
          typeof payload.value === "object" && payload.value !== null && !payload.issues.some((issue) => issue.path?.[0] === "stage"),
      },
    );
}

export type StageChange = z.output<ReturnType<typeof StageChangeSchema>>;
export type StageChangeInput = z.input<ReturnType<typeof StageChangeSchema>>;
