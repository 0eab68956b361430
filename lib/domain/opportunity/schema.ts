/**
 * The schemas that validate an opportunity body, assembled from the field formats
 * (`fields.ts`) and the rules (`rules.ts`): one source of truth for the wizard, the server
 * actions, the REST API and the CSV import.
 *
 * Every broken field is reported at once: format errors come from the fields, rule errors
 * from one `superRefine` that runs even when some fields are malformed.
 */
import { z } from "zod";
import { OpportunityFieldsSchema, FIELD_PATHS, getAtPath, type OpportunityData } from "./fields";
import { assertRuleContext, checkRules, type RuleContext, type ValidationMode } from "./rules";
import { MESSAGES, isBlank } from "./field-kinds";
import type { OpportunityPatch } from "./editability";

export { OpportunityFieldsSchema };
export type { RuleContext, ValidationMode };

/**
 * Adds the rules of `mode` to the field shape. `extra` adds request-only keys beside the
 * fields (e.g. `{ submit: z.boolean() }` for `POST /opportunities`); they are validated by
 * their own schemas and ignored by the rules. Unknown keys stay refused.
 */
export function opportunitySchema<Extra extends z.core.$ZodLooseShape = Record<never, never>>(
  mode: ValidationMode,
  ctx: RuleContext,
  extra?: Extra,
) {
  assertRuleContext(ctx);
  return OpportunityFieldsSchema.extend((extra ?? {}) as Extra).superRefine(
    (value, refinement) => {
      for (const { path, message } of checkRules(mode, ctx, value, refinement.issues)) {
        refinement.addIssue({ code: "custom", path: path.split("."), message, input: getAtPath(value, path) });
      }
    },
    // Run even when some fields are malformed, so that all broken fields are reported together.
    { when: () => true },
  );
}

/**
 * A complete, submittable opportunity: every rule of §2.1/§2.2 (required fields, formats,
 * cross-field rules, target close date after `ctx.today`, training partners' use case,
 * no submission at LAUNCHED/CLOSED_LOST).
 */
export const submissionSchema = (ctx: RuleContext) => opportunitySchema("submission", ctx);

/**
 * "Save draft": every field optional except that a draft must be identifiable — it needs a
 * customer company name or a project title (reported at `customer.companyName`). Any value
 * that is present must still be well-formed and consistent (formats, lengths, postal code
 * for the country, nothing that must be absent), so a draft never stores garbage.
 * `ctx` is accepted for symmetry; draft rules do not depend on it today.
 */
export const draftSchema = (ctx: RuleContext) => opportunitySchema("draft", ctx);

export type FieldError = { path: string; message: string };

/**
 * zod issues → `{ path, message }[]` with dotted paths (`customer.websiteUrl`,
 * `project.deliveryModels.1`). Unknown keys become one error per key ("Unknown field");
 * only the first message per path is kept.
 */
export function issuesToFieldErrors(error: z.ZodError | readonly z.core.$ZodIssue[]): FieldError[] {
  const issues = error instanceof z.ZodError ? error.issues : error;
  const seen = new Set<string>();
  const result: FieldError[] = [];
  const add = (segments: readonly PropertyKey[], message: string) => {
    const path = segments.map(String).join(".");
    if (seen.has(path)) return;
    seen.add(path);
    result.push({ path, message });
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...issue.path, key], MESSAGES.unknownField);
    } else {
      add(issue.path, issue.message);
    }
  }
  return result;
}

export type OpportunityValidation =
  { success: true; data: OpportunityData; errors: [] } | { success: false; data: undefined; errors: FieldError[] };

/** Validates a body for `mode` and returns field errors ready for the UI / problem+json. */
export function validateOpportunity(mode: ValidationMode, input: unknown, ctx: RuleContext): OpportunityValidation {
  const result = opportunitySchema(mode, ctx).safeParse(input);
  return result.success
    ? { success: true, data: result.data, errors: [] }
    : { success: false, data: undefined, errors: issuesToFieldErrors(result.error) };
}

/**
 * Parses a PATCH body (partial fields, client form: money as `{ amount, currency }`) into an
 * `OpportunityPatch`: formats are checked; a field sent as `null` or blank is kept as `null`
 * (clear it), which a plain parse would drop. Apply with `applyPatch`, check with
 * `lockedFieldsChanged`, then validate the result with `draftSchema` / `submissionSchema`.
 */
export function parseOpportunityPatch(
  input: unknown,
): { success: true; data: OpportunityPatch } | { success: false; errors: FieldError[] } {
  const result = OpportunityFieldsSchema.safeParse(input);
  if (!result.success) return { success: false, errors: issuesToFieldErrors(result.error) };
  const data = result.data as Record<string, unknown>;
  for (const path of FIELD_PATHS) {
    const keys = path.split(".");
    // A group sent as null (`customerContact: null`) or a leaf sent blank is cleared.
    for (let depth = 1; depth <= keys.length; depth++) {
      const prefix = keys.slice(0, depth);
      const parent = prefix.length === 1 ? input : getAtPath(input, prefix.slice(0, -1).join("."));
      const key = prefix[prefix.length - 1];
      if (parent === null || typeof parent !== "object" || !Object.prototype.hasOwnProperty.call(parent, key)) break;
      const sent = (parent as Record<string, unknown>)[key];
      if (depth === keys.length ? isBlank(sent) : sent === null) {
        setAtPath(data, prefix, null);
        break;
      }
    }
  }
  return { success: true, data: data as OpportunityPatch };
}

function setAtPath(target: Record<string, unknown>, keys: readonly string[], value: unknown) {
  let current = target;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (next === null || typeof next !== "object") current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[keys[keys.length - 1]] = value;
}
