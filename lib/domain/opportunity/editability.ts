/**
 * Which fields the partner may change, by review status and sales stage (domain.md §2.2).
 *
 * - DRAFT: every field except `ownerId` (ownership changes only by transfer, §2.6).
 * - SUBMITTED / IN_REVIEW: none (read-only while the provider reviews).
 * - ACTION_REQUIRED: exactly the fields a validator can ask to correct.
 * - APPROVED: every field except the locked ones, `ownerId` (transfer) and `stage` (it moves
 *   through the stage operation, which asks for close details: see `stageTransition`).
 * - REJECTED: none (final; the partner may clone it).
 * - A terminal stage (LAUNCHED, CLOSED_LOST): none, whatever the status.
 */
import { FIELD_PATHS, getAtPath, type FieldPath, type OpportunityData } from "./fields";
import { isBlank } from "./field-kinds";
import { isTerminalStage, type ReviewStatus, type SalesStage } from "./picklists";

/** §2.2: in ACTION_REQUIRED only these are editable. */
export const ACTION_REQUIRED_EDITABLE_FIELDS = [
  "customer.streetAddress",
  "customer.city",
  "customer.stateOrRegion",
  "customer.postalCode",
  "customer.countryCode",
  "customer.websiteUrl",
  "project.targetCloseDate",
  "project.expectedMonthlyRevenue",
  "project.customerBusinessProblem",
  "partnerCrmId",
] as const satisfies readonly FieldPath[];

/**
 * §2.2: in APPROVED these are locked. The spec lists country, postal code, industry,
 * website, customer business problem, partner CRM id and project title; `otherIndustry`
 * and `nationalSecurity` are locked with the industry they depend on (changing them alone
 * could contradict the approved industry).
 */
export const APPROVED_LOCKED_FIELDS = [
  "customer.countryCode",
  "customer.postalCode",
  "customer.industry",
  "customer.otherIndustry",
  "nationalSecurity",
  "customer.websiteUrl",
  "project.customerBusinessProblem",
  "partnerCrmId",
  "project.title",
] as const satisfies readonly FieldPath[];

/** Never changed by a field edit: ownership moves by transfer. */
const NEVER_PATCHED: readonly FieldPath[] = ["ownerId"];
/** After approval the stage moves by the stage operation only. */
const APPROVED_OPERATION_FIELDS: readonly FieldPath[] = ["stage"];

const ALL_PATCHABLE = FIELD_PATHS.filter((path) => !NEVER_PATCHED.includes(path));

const EDITABLE_BY_STATUS: Record<ReviewStatus, readonly FieldPath[]> = {
  DRAFT: ALL_PATCHABLE,
  SUBMITTED: [],
  IN_REVIEW: [],
  ACTION_REQUIRED: ACTION_REQUIRED_EDITABLE_FIELDS,
  APPROVED: ALL_PATCHABLE.filter(
    (path) => !(APPROVED_LOCKED_FIELDS as readonly FieldPath[]).includes(path) && !APPROVED_OPERATION_FIELDS.includes(path),
  ),
  REJECTED: [],
};

/** The field paths the partner may change now. */
export function editableFields(status: ReviewStatus, stage: SalesStage | null | undefined): readonly FieldPath[] {
  return isTerminalStage(stage) ? [] : EDITABLE_BY_STATUS[status];
}

export const isFieldEditable = (status: ReviewStatus, stage: SalesStage | null | undefined, path: FieldPath) =>
  editableFields(status, stage).includes(path);

/** No field can be edited (SUBMITTED, IN_REVIEW, REJECTED, or a terminal stage). */
export const isReadOnly = (status: ReviewStatus, stage: SalesStage | null | undefined): boolean =>
  editableFields(status, stage).length === 0;

type DeepPatch<T> = {
  [K in keyof T]?:
    | null
    | (NonNullable<T[K]> extends readonly unknown[]
        ? T[K]
        : NonNullable<T[K]> extends { amountMinor: number }
          ? T[K]
          : NonNullable<T[K]> extends object
            ? DeepPatch<NonNullable<T[K]>>
            : T[K]);
};

/**
 * A partial update in the normalised form (`parseOpportunityPatch`). A leaf key that is
 * present sets the field — `null`/`undefined` clear it; `null` on a group (e.g.
 * `customerContact: null`) clears all of its fields, as in a JSON merge patch; an absent
 * or `undefined` group changes nothing.
 */
export type OpportunityPatch = DeepPatch<OpportunityData>;

/** Does the patch set this field, and to what? */
function patchedValue(patch: unknown, path: FieldPath): { set: false } | { set: true; value: unknown } {
  let current: unknown = patch;
  for (const key of path.split(".")) {
    if (current === null) return { set: true, value: undefined }; // the whole group is cleared
    if (current === undefined || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, key)) {
      return { set: false };
    }
    current = (current as Record<string, unknown>)[key];
  }
  return { set: true, value: current };
}

/** A comparable form of a field value: blank is one value; lists compare as sets. */
function canonical(value: unknown): string {
  if (isBlank(value)) return "";
  if (Array.isArray(value)) return JSON.stringify(value.map((v) => canonical(v)).sort());
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return JSON.stringify(value);
}

export const sameFieldValue = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** The fields a patch really changes (a field set to its current value is not a change). */
export function changedFields(before: OpportunityData, patch: OpportunityPatch): FieldPath[] {
  return FIELD_PATHS.filter((path) => {
    const patched = patchedValue(patch, path);
    return patched.set && !sameFieldValue(getAtPath(before, path), patched.value);
  });
}

/**
 * The fields a patch tries to change that are not editable now (empty = the patch is
 * allowed). Services refuse the whole patch when this is not empty.
 */
export function lockedFieldsChanged(
  status: ReviewStatus,
  stage: SalesStage | null | undefined,
  before: OpportunityData,
  patch: OpportunityPatch,
): FieldPath[] {
  const editable = editableFields(status, stage);
  return changedFields(before, patch).filter((path) => !editable.includes(path));
}

/** Field-by-field differences, for history rows (`changes: [{ field, from, to }]`). */
export function diffFields(before: OpportunityData, after: OpportunityData): { field: FieldPath; from: unknown; to: unknown }[] {
  return FIELD_PATHS.filter((path) => !sameFieldValue(getAtPath(before, path), getAtPath(after, path))).map((path) => ({
    field: path,
    from: getAtPath(before, path),
    to: getAtPath(after, path),
  }));
}

/**
 * Applies a patch to the current data (both normalised): fields present in the patch
 * replace the current ones, `null`/`undefined` clears them. The result must be validated
 * again (draftSchema or submissionSchema) before it is stored.
 */
export function applyPatch(before: OpportunityData, patch: OpportunityPatch): OpportunityData {
  const result = structuredClone(before) as Record<string, unknown>;
  for (const path of FIELD_PATHS) {
    const patched = patchedValue(patch, path);
    if (!patched.set) continue;
    const keys = path.split(".");
    let target = result;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      if (next === null || typeof next !== "object") target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    if (isBlank(patched.value)) delete target[last];
    else target[last] = structuredClone(patched.value);
  }
  return result as OpportunityData;
}
