import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import {
  applyPatch,
  canDelete,
  diffFields,
  isReadOnly,
  lockedFieldsChanged,
  parseOpportunityPatch,
  type FieldError,
  type OpportunityData,
  type ReviewStatus,
  type SalesStage,
} from "@/lib/domain/opportunity";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import type { OpportunityDetail } from "./contract";
import { findDetail, getOpportunity } from "./detail";
import { referenceErrors } from "./references";
import {
  ENTITY,
  LOCKED_MESSAGE,
  LostRace,
  NOT_FOUND,
  PARTNER_CRM_ID_TAKEN,
  canPartnerEdit,
  changes,
  columnsOf,
  dataOf,
  dedupeErrors,
  isUniqueViolation,
  jsonData,
  loadVisible,
  revalidate,
  ruleContext,
  splitVersion,
  EMPTY,
} from "./shared";

const NOT_EDITABLE = "You cannot change this opportunity";

/** StaleVersionError carrying the fresh detail (NotFoundError when it is gone or no longer visible). */
export async function staleError(actor: Actor, id: string): Promise<StaleVersionError> {
  const current = await findDetail(actor, id);
  if (!current) throw new NotFoundError(NOT_FOUND);
  return new StaleVersionError(current);
}

/** The day before a date (`YYYY-MM-DD`). */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Changes fields of an opportunity: `input` is a partial body (client form: money as
 * `{ amount, currency }`; a field sent as null or blank is cleared) plus `version`.
 * Only the fields editable in the current status and stage may change (§2.2); a change to
 * any other is refused naming each. The result is validated as a whole: draft rules for a
 * draft, submission rules otherwise — except that an unchanged target close date that has
 * meanwhile passed is not refused (the opportunity stays editable; resubmitting checks it).
 */
export async function updateOpportunity(actor: Actor, id: string, input: unknown): Promise<OpportunityDetail> {
  const row = await loadVisible(actor, id);
  if (!canPartnerEdit(actor, row)) throw new ForbiddenError(NOT_EDITABLE);
  const { version, rest, errors: versionErrors } = splitVersion(input, true);
  const parsed = parseOpportunityPatch(rest);
  const inputErrors: FieldError[] = [...versionErrors, ...(parsed.success ? [] : parsed.errors)];
  if (inputErrors.length > 0 || !parsed.success) throw new ValidationError(dedupeErrors(inputErrors));
  if (version !== row.version) throw await staleError(actor, id);

  const status = row.status as ReviewStatus;
  const stage = row.stage as SalesStage;
  const before = dataOf(row);
  const locked = lockedFieldsChanged(status, stage, before, parsed.data);
  if (locked.length > 0) {
    const errors = locked.map((path) => ({ path, message: LOCKED_MESSAGE }));
    // Nothing at all is editable now (under review, rejected, terminal): the state refuses the edit.
    if (isReadOnly(status, stage)) throw new InvalidTransitionError("This opportunity cannot be edited in its current state", errors);
    throw new ValidationError(errors);
  }

  const patched = applyPatch(before, parsed.data);
  const ctx = ruleContext(row.organization);
  const beforeDate = before.project?.targetCloseDate;
  if (beforeDate && patched.project?.targetCloseDate === beforeDate && beforeDate <= ctx.today) ctx.today = dayBefore(beforeDate);
  const validation = revalidate(status === "DRAFT" ? "draft" : "submission", patched, ctx);
  const errors: FieldError[] = [...validation.errors];
  const after: OpportunityData | undefined = validation.success ? validation.data : undefined;
  if (after) {
    errors.push(
      ...(await referenceErrors(actor, row.organizationId, after, {
        self: row.id,
        check: {
          parent: after.parentOpportunityId !== before.parentOpportunityId,
          crmId: after.partnerCrmId !== before.partnerCrmId,
        },
      })),
    );
  }
  if (errors.length > 0 || !after) throw new ValidationError(dedupeErrors(errors));

  const diff = diffFields(before, after);
  if (diff.length === 0) return getOpportunity(actor, id);

  try {
    await db().$transaction(async (tx) => {
      const res = await tx.opportunity.updateMany({
        where: { id, version: row.version, status, stage },
        data: { ...columnsOf(after), data: jsonData(after), version: { increment: 1 } },
      });
      if (res.count === 0) throw new LostRace();
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: id,
        organizationId: row.organizationId,
        actorId: actor.userId,
        action: "updated",
        changes: changes(diff),
      });
    });
  } catch (e) {
    if (e instanceof LostRace) throw await staleError(actor, id);
    if (isUniqueViolation(e)) throw new ValidationError([PARTNER_CRM_ID_TAKEN]);
    throw e;
  }
  return getOpportunity(actor, id);
}

/**
 * Deletes a draft (§2.2). The opportunity row goes (its comments and next steps with it);
 * its history stays, with a "deleted" entry holding the last values.
 */
export async function deleteOpportunity(actor: Actor, id: string, version?: number): Promise<void> {
  const row = await loadVisible(actor, id);
  if (!canPartnerEdit(actor, row)) throw new ForbiddenError(NOT_EDITABLE);
  if (!canDelete(row.status as ReviewStatus)) throw new InvalidTransitionError("Only drafts can be deleted");
  if (version !== undefined && version !== row.version) throw await staleError(actor, id);
  try {
    await db().$transaction(async (tx) => {
      const res = await tx.opportunity.deleteMany({ where: { id, version: row.version, status: "DRAFT" } });
      if (res.count === 0) throw new LostRace();
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: id,
        organizationId: row.organizationId,
        actorId: actor.userId,
        action: "deleted",
        changes: changes([{ field: "status", from: row.status, to: null }, ...diffFields(dataOf(row), EMPTY)]),
      });
    });
  } catch (e) {
    if (e instanceof LostRace) throw await staleError(actor, id);
    throw e;
  }
}
