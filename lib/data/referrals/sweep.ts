/**
 * The timer sweep of co-sell deals (domain.md §6 Timers): inbound deals still RECEIVED after
 * their `expiresAt` become EXPIRED; co-sell requests unanswered for 14 days become LAPSED.
 * Reads already treat overdue items as expired/lapsed; the sweep makes it stored, and tells
 * the caller (the job runner) whom to notify.
 *
 * Set-based and exactly once: one `UPDATE … WHERE <state is still the overdue one> RETURNING`
 * per kind, so a deal accepted (or a request answered) a moment before is left alone, two
 * concurrent sweeps never both move the same row, and each moved row gets exactly one
 * history row, in the same transaction.
 *
 * A closed deal is never touched (§4.3 "terminal: nothing can change"): a request still
 * pending when its deal was won, lost, declined, expired or closed as error stays as stored;
 * reads show it as it stood at closing (`dealCoSellRequestState`).
 */
import { db, Prisma } from "@/lib/db";
import { CO_SELL_DECISION_DAYS, TERMINAL_DEAL_STATUSES } from "@/lib/domain/referral";
import { ENTITY } from "./shared";

const MS_PER_DAY = 86_400_000;

export type SweepResult = {
  /** Inbound deals that expired: notify the sender (and the recipient's referral admins). */
  expired: { id: string; organizationId: string; senderOrganizationId: string | null; senderUserId: string | null }[];
  /** Co-sell requests that lapsed: notify the deal's organisation. */
  lapsed: { id: string; organizationId: string }[];
};

export async function sweepDeals(now: Date = new Date()): Promise<SweepResult> {
  const lapseBefore = new Date(now.getTime() - CO_SELL_DECISION_DAYS * MS_PER_DAY);
  // The audit trail and updatedAt record when the sweep really ran (`now` may be simulated).
  const ranAt = new Date();
  return db().$transaction(async (tx) => {
    const expired = await tx.$queryRaw<SweepResult["expired"]>`
      UPDATE "Deal"
         SET "status" = 'EXPIRED', "closedAt" = "expiresAt", "version" = "version" + 1, "updatedAt" = ${ranAt}
       WHERE "status" = 'RECEIVED' AND "expiresAt" IS NOT NULL AND "expiresAt" <= ${now}
   RETURNING "id", "organizationId", "senderOrganizationId", "senderUserId"`;
    const lapsed = await tx.$queryRaw<SweepResult["lapsed"]>`
      UPDATE "Deal"
         SET "coSellRequestState" = 'LAPSED', "coSellDecidedAt" = ${now}, "version" = "version" + 1, "updatedAt" = ${ranAt}
       WHERE "coSellRequestState" = 'REQUESTED' AND "coSellRequestedAt" IS NOT NULL AND "coSellRequestedAt" <= ${lapseBefore}
         AND "status"::text NOT IN (${Prisma.join([...TERMINAL_DEAL_STATUSES])})
   RETURNING "id", "organizationId"`;
    const rows: Prisma.HistoryEntryCreateManyInput[] = [
      ...expired.map((d) => ({
        entityType: ENTITY,
        entityId: d.id,
        organizationId: d.organizationId,
        actorId: null,
        action: "expired",
        changes: [{ field: "status", from: "RECEIVED", to: "EXPIRED" }],
      })),
      ...lapsed.map((d) => ({
        entityType: ENTITY,
        entityId: d.id,
        organizationId: d.organizationId,
        actorId: null,
        action: "co_sell_lapsed",
        changes: [{ field: "coSellRequestState", from: "REQUESTED", to: "LAPSED" }],
      })),
    ];
    if (rows.length) await tx.historyEntry.createMany({ data: rows });
    return { expired, lapsed };
  });
}
