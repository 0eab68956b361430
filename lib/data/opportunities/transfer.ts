/**
 * Transfer of ownership (domain.md §2.6): by any user with an ACE role who can see the
 * opportunity, to an active user of the same organisation with an ACE role. Bulk transfer is
 * all or nothing, with a reason per refused row.
 */
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { opportunityScope } from "@/lib/authz/scope";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";
import type { AssigneeOption, BulkRowError, BulkTransferResult, OpportunityDetail } from "./contract";
import { findDetail } from "./detail";
import { staleError } from "./edit";
import { BulkTransferError } from "./errors";
import { afterTransfer } from "./hooks";
import { ownerProblem } from "./references";
import { ENTITY, LostRace, NOT_FOUND, canTransfer, changes, dataOf, jsonData, loadVisible, reference } from "./shared";

const NOT_ALLOWED = "Only a user of the organisation with an ACE role can transfer this opportunity";

const TransferSchema = z.strictObject({
  assigneeId: z.string({ error: "Choose the new owner" }).trim().min(1, "Choose the new owner").max(64),
  version: z.number({ error: "Enter the version as a positive integer" }).int().positive().optional(),
});

export const MAX_BULK_TRANSFER = 500;
const BulkTransferSchema = z.strictObject({
  ids: z
    .array(z.string({ error: "Enter opportunity ids" }).max(64), { error: "Select the opportunities to transfer" })
    .min(1, "Select at least one opportunity")
    .max(MAX_BULK_TRANSFER, `Transfer at most ${MAX_BULK_TRANSFER} opportunities at once`),
  assigneeId: TransferSchema.shape.assigneeId,
});

type TransferRow = { id: string; number: number; organizationId: string; ownerId: string; version: number; data: Prisma.JsonValue };

async function writeTransfer(tx: Prisma.TransactionClient, actor: Actor, row: TransferRow, assigneeId: string, now: Date) {
  const res = await tx.opportunity.updateMany({
    where: { id: row.id, version: row.version, ownerId: row.ownerId },
    data: { ownerId: assigneeId, data: jsonData({ ...dataOf(row), ownerId: assigneeId }), version: { increment: 1 } },
  });
  if (res.count === 0) return false;
  await recordHistory(tx, {
    entityType: ENTITY,
    entityId: row.id,
    organizationId: row.organizationId,
    actorId: actor.userId,
    action: "transferred",
    changes: changes([{ field: "ownerId", from: row.ownerId, to: assigneeId }]),
  });
  const data = dataOf(row);
  await afterTransfer(tx, {
    opportunityId: row.id,
    organizationId: row.organizationId,
    reference: reference(row.number),
    title: data.project?.title ?? data.customer?.companyName ?? "",
    fromOwnerId: row.ownerId,
    toOwnerId: assigneeId,
    actorId: actor.userId,
    at: now,
  });
  return true;
}

/**
 * Transfers one opportunity. Returns the fresh detail, or null when the actor no longer sees
 * it (an ACE user who gave away an opportunity they did not create). Transferring to the
 * current owner changes nothing.
 */
export async function transferOpportunity(actor: Actor, id: string, input: unknown): Promise<OpportunityDetail | null> {
  const row = await loadVisible(actor, id);
  if (!canTransfer(actor, row)) throw new ForbiddenError(NOT_ALLOWED);
  const { assigneeId, version } = parseInput(TransferSchema, input);
  const problem = await ownerProblem(row.organizationId, assigneeId);
  if (problem) throw new ValidationError([{ path: "assigneeId", message: problem }]);
  if (version !== undefined && version !== row.version) throw await staleError(actor, id);
  if (assigneeId === row.ownerId) return findDetail(actor, id);
  const now = new Date();
  try {
    await db().$transaction(async (tx) => {
      if (!(await writeTransfer(tx, actor, row, assigneeId, now))) throw new LostRace();
    });
  } catch (e) {
    if (e instanceof LostRace) throw await staleError(actor, id);
    throw e;
  }
  return findDetail(actor, id);
}

/**
 * Transfers several opportunities in one transaction, or none: every id is checked first;
 * if any is refused, BulkTransferError lists each (`ids.<i>`, and `rowErrors` by id) and
 * nothing changes. A row changed by someone else between the check and the write refuses
 * the whole transfer the same way. Rows the assignee already owns count as transferred.
 */
export async function transferOpportunities(actor: Actor, input: unknown): Promise<BulkTransferResult> {
  if (actor.organizationKind !== "PARTNER" || !actor.aceRole) throw new ForbiddenError(NOT_ALLOWED);
  const { ids, assigneeId } = parseInput(BulkTransferSchema, input);
  const problem = await ownerProblem(actor.organizationId, assigneeId);
  if (problem) throw new ValidationError([{ path: "assigneeId", message: problem }]);

  const rows = await db().opportunity.findMany({
    where: { AND: [{ id: { in: [...new Set(ids)] } }, opportunityScope(actor)] },
    select: { id: true, number: true, organizationId: true, ownerId: true, version: true, data: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rowErrors: BulkRowError[] = [];
  const errors: { path: string; message: string }[] = [];
  const refuse = (i: number, id: string, message: string) => {
    rowErrors.push({ id, message });
    errors.push({ path: `ids.${i}`, message });
  };
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const row = byId.get(id);
    if (seen.has(id)) return;
    seen.add(id);
    if (!row) refuse(i, id, NOT_FOUND);
    else if (!canTransfer(actor, row)) refuse(i, id, NOT_ALLOWED);
  });
  if (rowErrors.length > 0) throw new BulkTransferError(rowErrors, errors);

  const now = new Date();
  const unique = [...seen];
  await db().$transaction(
    async (tx) => {
      for (const id of unique) {
        const row = byId.get(id)!;
        if (row.ownerId === assigneeId) continue;
        if (!(await writeTransfer(tx, actor, row, assigneeId, now))) {
          const message = "Changed by someone else meanwhile: reload and try again";
          throw new BulkTransferError([{ id, message }], [{ path: `ids.${ids.indexOf(id)}`, message }]);
        }
      }
    },
    { timeout: 60_000 },
  );
  return { transferred: unique };
}

/** Active users of the actor's organisation who hold an ACE role (possible owners), by name. */
export async function eligibleAssignees(actor: Actor): Promise<AssigneeOption[]> {
  if (actor.organizationKind !== "PARTNER" || !actor.aceRole) throw new NotFoundError();
  const users = await db().user.findMany({
    where: { organizationId: actor.organizationId, status: "ACTIVE", aceRole: { not: null } },
    select: { id: true, name: true, email: true, aceRole: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return users.map((u) => ({ id: u.id, name: u.name, email: u.email, aceRole: u.aceRole! }));
}
