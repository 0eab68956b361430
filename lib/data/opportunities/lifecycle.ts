/**
 * The review-status and sales-stage operations (domain.md §2.2, §2.3): submit, the
 * validator's decisions, the stage drop-down after approval, next steps. Each: load in
 * scope → role (ForbiddenError) → machine (InvalidTransitionError with its message) →
 * input (ValidationError) → one transaction whose guarded update re-checks the state.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import {
  NextStepSchema,
  ReviewDecisionSchema,
  STAGE_CHANGE_MODE,
  StageChangeSchema,
  canAddNextStep,
  isTerminalStage,
  reviewEventOf,
  reviewTransition,
  stageTransition,
  type OpportunityData,
  type ReviewStatus,
  type SalesStage,
} from "@/lib/domain/opportunity";
import { ForbiddenError, InvalidTransitionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";
import type { OpportunityDetail } from "./contract";
import { getOpportunity } from "./detail";
import { staleError } from "./edit";
import { afterReviewDecision } from "./hooks";
import {
  ENTITY,
  LostRace,
  canPartnerEdit,
  changes,
  dataOf,
  fromDbDate,
  isOwnOrgAce,
  jsonData,
  loadVisible,
  reference,
  relationOf,
  revalidate,
  ruleContext,
  splitVersion,
  toDbDate,
} from "./shared";

const NOT_EDITABLE = "You cannot change this opportunity";

async function guarded(actor: Actor, id: string, write: Parameters<ReturnType<typeof db>["$transaction"]>[0]) {
  try {
    await db().$transaction(write);
  } catch (e) {
    if (e instanceof LostRace) throw await staleError(actor, id);
    throw e;
  }
}

/**
 * Submits a draft, or resubmits after ACTION_REQUIRED (§2.2): the owner or an
 * organisation-wide ACE role; refused at LAUNCHED/CLOSED_LOST; the body must pass every
 * submission rule (errors at their fields). Sets `submittedAt` (and `firstSubmittedAt` the
 * first time).
 */
export async function submitOpportunity(actor: Actor, id: string, version?: number): Promise<OpportunityDetail> {
  const row = await loadVisible(actor, id);
  const status = row.status as ReviewStatus;
  const stage = row.stage as SalesStage;
  if (!isOwnOrgAce(actor, row)) throw new ForbiddenError("Only the partner's users can submit this opportunity");
  const verdict = reviewTransition({ status, stage, event: "SUBMIT", actor, ...relationOf(actor, row) });
  if (!verdict.ok) {
    if (verdict.reason === "ROLE") throw new ForbiddenError(verdict.message);
    throw new InvalidTransitionError(verdict.message);
  }
  if (version !== undefined && version !== row.version) throw await staleError(actor, id);
  const validation = revalidate("submission", dataOf(row), ruleContext(row.organization));
  if (!validation.success) throw new ValidationError(validation.errors);
  const data: OpportunityData = validation.data;
  const now = new Date();
  await guarded(actor, id, async (tx) => {
    const res = await tx.opportunity.updateMany({
      where: { id, version: row.version, status },
      data: {
        status: verdict.to,
        submittedAt: now,
        firstSubmittedAt: row.firstSubmittedAt ?? now,
        data: jsonData(data),
        version: { increment: 1 },
      },
    });
    if (res.count === 0) throw new LostRace();
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: id,
      organizationId: row.organizationId,
      actorId: actor.userId,
      action: status === "ACTION_REQUIRED" ? "resubmitted" : "submitted",
      changes: changes([{ field: "status", from: status, to: verdict.to }]),
    });
  });
  return getOpportunity(actor, id);
}

const DECISION_ACTIONS = {
  START: "review_started",
  APPROVE: "approved",
  ACTION_REQUIRED: "action_required",
  REJECT: "rejected",
} as const;

/**
 * A validator's decision `{ decision, comment? }` (§2.2). START moves SUBMITTED → IN_REVIEW;
 * APPROVE, ACTION_REQUIRED and REJECT (the last two with a comment) are each kept as a
 * review comment. Increments `version`: the partner's editability changes with the status.
 * Two racing decisions: one wins, the other gets StaleVersionError with the fresh state.
 */
export async function reviewOpportunity(actor: Actor, id: string, input: unknown): Promise<OpportunityDetail> {
  const row = await loadVisible(actor, id);
  const status = row.status as ReviewStatus;
  const stage = row.stage as SalesStage;
  const relation = relationOf(actor, row);
  // The role first: a partner who sees the opportunity is refused before their input is looked at.
  const role = reviewTransition({ status, stage, event: "APPROVE", actor, ...relation });
  if (!role.ok && role.reason === "ROLE") throw new ForbiddenError(role.message);
  const { decision, comment } = parseInput(ReviewDecisionSchema, input);
  const verdict = reviewTransition({ status, stage, event: reviewEventOf(decision), actor, ...relation, comment: comment ?? null });
  if (!verdict.ok) {
    if (verdict.reason === "ROLE") throw new ForbiddenError(verdict.message);
    if (verdict.reason === "COMMENT_REQUIRED") throw new ValidationError([{ path: "comment", message: verdict.message }]);
    throw new InvalidTransitionError(verdict.message);
  }
  const now = new Date();
  const data = dataOf(row);
  await guarded(actor, id, async (tx) => {
    const res = await tx.opportunity.updateMany({
      where: { id, status },
      data: { status: verdict.to, version: { increment: 1 } },
    });
    if (res.count === 0) throw new LostRace();
    const kept =
      decision === "START"
        ? null
        : await tx.reviewComment.create({
            data: { opportunityId: id, authorId: actor.userId, decision, comment: comment ?? "", createdAt: now },
            select: { id: true },
          });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: id,
      organizationId: row.organizationId,
      actorId: actor.userId,
      action: DECISION_ACTIONS[decision],
      changes: changes([
        { field: "status", from: status, to: verdict.to },
        ...(kept && comment ? [{ field: "reviewComment", from: null, to: comment }] : []),
      ]),
    });
    await afterReviewDecision(tx, {
      opportunityId: id,
      organizationId: row.organizationId,
      reference: reference(row.number),
      title: data.project?.title ?? "",
      customerName: data.customer?.companyName ?? "",
      ownerId: row.ownerId,
      decision,
      from: status,
      to: verdict.to,
      comment: comment ?? null,
      reviewCommentId: kept?.id ?? null,
      actorId: actor.userId,
      at: now,
    });
  });
  return getOpportunity(actor, id);
}

/**
 * The stage drop-down after approval (§2.2): any move between open stages; LAUNCHED and
 * CLOSED_LOST need the actual close date (not in the future), optionally the provider
 * account id, and for CLOSED_LOST a reason; a terminal opportunity is read-only. Before
 * approval the stage is an ordinary field (`updateOpportunity`).
 */
export async function changeStage(actor: Actor, id: string, input: unknown): Promise<OpportunityDetail> {
  const row = await loadVisible(actor, id);
  const status = row.status as ReviewStatus;
  const from = row.stage as SalesStage;
  if (!canPartnerEdit(actor, row)) throw new ForbiddenError(NOT_EDITABLE);
  if (STAGE_CHANGE_MODE[status] === "FIELD") {
    throw new InvalidTransitionError("Before approval the stage is a field of the opportunity: edit it there");
  }
  // Refuse a locked or closed opportunity before looking at the input (whatever the target).
  const any = stageTransition({ reviewStatus: status, from, to: from === "PROSPECT" ? "QUALIFIED" : "PROSPECT" });
  if (!any.ok) throw new InvalidTransitionError(any.message);

  const { version, rest, errors } = splitVersion(input, false);
  if (errors.length > 0) throw new ValidationError(errors);
  const ctx = ruleContext(row.organization);
  const change = parseInput(StageChangeSchema({ today: ctx.today }), rest);
  const verdict = stageTransition({ reviewStatus: status, from, to: change.stage });
  if (!verdict.ok) throw new InvalidTransitionError(verdict.message);
  if (version !== undefined && version !== row.version) throw await staleError(actor, id);

  const before = dataOf(row);
  const after: OpportunityData = { ...before, stage: change.stage };
  if (change.providerAccountId) after.providerAccountId = change.providerAccountId;
  const terminal = isTerminalStage(change.stage);
  const closeDate = terminal ? (change.closeDate ?? null) : null;
  const closedLostReason = change.stage === "CLOSED_LOST" ? (change.closedLostReason ?? null) : null;
  await guarded(actor, id, async (tx) => {
    const res = await tx.opportunity.updateMany({
      where: { id, version: row.version, status, stage: from },
      data: {
        stage: change.stage,
        data: jsonData(after),
        closeDate: toDbDate(closeDate),
        closedLostReason,
        version: { increment: 1 },
      },
    });
    if (res.count === 0) throw new LostRace();
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: id,
      organizationId: row.organizationId,
      actorId: actor.userId,
      action: "stage_changed",
      changes: changes(
        [
          { field: "stage", from, to: change.stage },
          { field: "closeDate", from: fromDbDate(row.closeDate), to: closeDate },
          { field: "closedLostReason", from: row.closedLostReason, to: closedLostReason },
          { field: "providerAccountId", from: before.providerAccountId ?? null, to: after.providerAccountId ?? null },
        ].filter((c) => c.from !== c.to),
      ),
    });
  });
  return getOpportunity(actor, id);
}

/**
 * Adds a next step (1–255 characters) to an approved, open opportunity (§2.3), by a partner
 * user who can edit it; it becomes the opportunity's current next step.
 */
export async function addNextStep(actor: Actor, id: string, input: unknown): Promise<OpportunityDetail> {
  const row = await loadVisible(actor, id);
  const status = row.status as ReviewStatus;
  const stage = row.stage as SalesStage;
  if (!canPartnerEdit(actor, row)) throw new ForbiddenError(NOT_EDITABLE);
  if (!canAddNextStep(status, stage)) {
    throw new InvalidTransitionError(
      isTerminalStage(stage)
        ? "The deal is closed; next steps can no longer be added"
        : "Next steps can be added once the opportunity is approved",
    );
  }
  const { text } = parseInput(NextStepSchema, input);
  await guarded(actor, id, async (tx) => {
    const res = await tx.opportunity.updateMany({
      where: { id, status: "APPROVED", stage },
      data: { latestNextStep: text, version: { increment: 1 } },
    });
    if (res.count === 0) throw new LostRace();
    await tx.nextStep.create({ data: { opportunityId: id, authorId: actor.userId, text } });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: id,
      organizationId: row.organizationId,
      actorId: actor.userId,
      action: "next_step_added",
      changes: changes([{ field: "nextStep", from: row.latestNextStep, to: text }]),
    });
  });
  return getOpportunity(actor, id);
}
