/**
 * The provider-referral timer sweep (domain.md §3, §6 Timers). Reads already treat an
 * overdue PENDING referral as expired; the sweep makes it stored and tells people:
 *
 * - PENDING past `expiresAt` → EXPIRED, one history row each, the sender and the partner
 *   (alliance leads + named recipient) notified;
 * - PENDING within its last business day (`remindAt` ≤ now < `expiresAt`), not reminded
 *   yet → `reminderSentAt` set, the partner notified "expiring in 1 business day".
 *
 * Set-based and exactly once: each step is one `UPDATE … WHERE <still in the state to
 * change> … FOR UPDATE SKIP LOCKED … RETURNING`, in batches, each batch in one transaction
 * with its history rows and notifications. Two sweeps running at once take disjoint rows,
 * and a row answered a moment before no longer matches, so nothing is expired or reminded
 * twice.
 */
import { db, type Prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { recordHistory } from "../history";
import { notify, type RecipientFormat } from "../notifications/notify";
import { ENTITY, partnerAudience, reference, referralPath } from "./shared";

const BATCH = 200;

export type ProviderReferralSweepResult = { expired: number; reminded: number };

type SweptRow = {
  id: string;
  number: number;
  partnerOrganizationId: string;
  recipientUserId: string | null;
  senderId: string;
  customerName: string;
  title: string;
  expiresAt: Date;
};

async function orgNames(tx: Prisma.TransactionClient, rows: SweptRow[]) {
  const orgs = await tx.organization.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.partnerOrganizationId))] } },
    select: { id: true, name: true, timeZone: true },
  });
  return new Map(orgs.map((o) => [o.id, o]));
}

async function expireBatch(now: Date, ranAt: Date): Promise<number> {
  return db().$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<SweptRow[]>`
        UPDATE "OpportunityInvitation"
           SET "status" = 'EXPIRED', "version" = "version" + 1, "updatedAt" = ${ranAt}
         WHERE "id" IN (
               SELECT "id" FROM "OpportunityInvitation"
                WHERE "status" = 'PENDING' AND "expiresAt" <= ${now}
                ORDER BY "expiresAt"
                LIMIT ${BATCH}
                FOR UPDATE SKIP LOCKED)
           AND "status" = 'PENDING'
     RETURNING "id", "number", "partnerOrganizationId", "recipientUserId", "senderId", "customerName", "title", "expiresAt"`;
      if (rows.length === 0) return 0;
      await tx.historyEntry.createMany({
        data: rows.map((r) => ({
          entityType: ENTITY,
          entityId: r.id,
          organizationId: r.partnerOrganizationId,
          actorId: null,
          action: "expired",
          changes: [{ field: "status", from: "PENDING", to: "EXPIRED" }],
          at: ranAt,
        })),
      });
      const orgs = await orgNames(tx, rows);
      for (const r of rows) {
        const partner = orgs.get(r.partnerOrganizationId)?.name ?? "the partner";
        const ref = reference(r.number);
        await notify(tx, {
          userIds: [r.senderId],
          kind: "PROVIDER_REFERRAL_EXPIRED",
          title: `Your referral ${ref} to ${partner} expired unanswered: ${r.customerName}`,
          body: `${partner} did not accept or reject "${r.title}" for ${r.customerName} within 5 business days.`,
          link: referralPath(r.id),
          entity: { type: ENTITY, id: r.id },
        });
        await notify(tx, {
          userIds: await partnerAudience(tx, r),
          kind: "PROVIDER_REFERRAL_EXPIRED",
          title: `Provider referral ${ref} expired: ${r.customerName}`,
          body: `The referral "${r.title}" for ${r.customerName} was not answered within 5 business days and can no longer be accepted.`,
          link: null,
          entity: { type: ENTITY, id: r.id },
        });
      }
      return rows.length;
    },
    { timeout: 60_000 },
  );
}

async function remindBatch(now: Date, ranAt: Date): Promise<number> {
  return db().$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<SweptRow[]>`
        UPDATE "OpportunityInvitation"
           SET "reminderSentAt" = ${ranAt}
         WHERE "id" IN (
               SELECT "id" FROM "OpportunityInvitation"
                WHERE "status" = 'PENDING' AND "reminderSentAt" IS NULL AND "remindAt" <= ${now} AND "expiresAt" > ${now}
                ORDER BY "expiresAt"
                LIMIT ${BATCH}
                FOR UPDATE SKIP LOCKED)
           AND "status" = 'PENDING' AND "reminderSentAt" IS NULL
     RETURNING "id", "number", "partnerOrganizationId", "recipientUserId", "senderId", "customerName", "title", "expiresAt"`;
      if (rows.length === 0) return 0;
      for (const r of rows) {
        // The deadline in each recipient's locale and time zone.
        const due = ({ locale, timeZone }: RecipientFormat) => formatDateTime(r.expiresAt, { locale, timeZone, showTimeZone: true });
        await recordHistory(tx, {
          entityType: ENTITY,
          entityId: r.id,
          organizationId: r.partnerOrganizationId,
          actorId: null,
          action: "reminder_sent",
          changes: [{ field: "reminderSentAt", from: null, to: ranAt.toISOString() }],
        });
        await notify(tx, {
          userIds: await partnerAudience(tx, r),
          kind: "PROVIDER_REFERRAL_EXPIRING",
          title: `Provider referral ${reference(r.number)} expires in 1 business day: ${r.customerName}`,
          body: (f) => `Accept or reject "${r.title}" for ${r.customerName} by ${due(f)}; after that it expires.`,
          link: referralPath(r.id),
          entity: { type: ENTITY, id: r.id },
          dedupeKey: `PROVIDER_REFERRAL_EXPIRING:${r.id}`,
        });
      }
      return rows.length;
    },
    { timeout: 60_000 },
  );
}

/** One sweep as if the time were `now` (history and `updatedAt` record when it really ran). */
export async function sweepProviderReferrals(now: Date = new Date()): Promise<ProviderReferralSweepResult> {
  const ranAt = new Date();
  let expired = 0;
  for (let n = BATCH; n === BATCH; expired += n) n = await expireBatch(now, ranAt);
  let reminded = 0;
  for (let n = BATCH; n === BATCH; reminded += n) n = await remindBatch(now, ranAt);
  return { expired, reminded };
}
