/**
 * Next steps on approved opportunities (domain.md §2.3): a comment of 1–255 characters.
 * Whether one may be added now is `canAddNextStep` (machine.ts).
 */
import { z } from "zod";
import { MESSAGES, charCount } from "./field-kinds";

export const NEXT_STEP_MAX_LENGTH = 255;

export const NextStepSchema = z.strictObject({
  text: z
    .string({ error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.text) })
    .trim()
    .refine((text) => text.length > 0, MESSAGES.required)
    .refine((text) => charCount(text) <= NEXT_STEP_MAX_LENGTH, MESSAGES.maxChars(NEXT_STEP_MAX_LENGTH)),
});
export type NextStep = z.infer<typeof NextStepSchema>;
