/**
 * Notifications of the co-sell deal timers (domain.md §4.3, §4.4, §6). The deals sweep
 * (`sweepDeals` in lib/data/referrals) moves overdue deals and returns what it moved; this
 * tells the people concerned, in a transaction of its own right after it, and sends the
 * "inbound deal expiring" reminder once per user (24 h before expiry, dedupe key), reading
 * deals only.
 */
import { db } from "@/lib/db";
import { inboundDealReminderAt } from "@/lib/domain/referral";
import { notify, type NotifyInput } from "./notify";
import { activeReferralAdminIds } from "./recipients";

const ENTITY = "DEAL";
const dealPath = (id: string) => `/referrals/${id}`;
const dealRef = (n: number) => `D-${n}`;

export type DealSweepReport = {
  expired: { id: string; organizationId: string; senderUserId: string | null }[];
  lapsed: { id: string; organizationId: string }[];
};

/** Tells the sender and the recipient's referral admins about expired inbound deals, the deal's admins about lapsed co-sell requests. */
export async function notifyDealTimers(report: DealSweepReport): Promise<number> {
  const ids = [...report.expired.map((d) => d.id), ...report.lapsed.map((d) => d.id)];
  if (ids.length === 0) return 0;
  return db().$transaction(
    async (tx) => {
      const deals = await tx.deal.findMany({
        where: { id: { in: ids } },
        select: { id: true, number: true, name: true, organization: { select: { name: true } } },
      });
      const byId = new Map(deals.map((d) => [d.id, d]));
      const inputs: NotifyInput[] = [];
      for (const e of report.expired) {
        const d = byId.get(e.id);
        if (!d) continue;
        const ref = dealRef(d.number);
        if (e.senderUserId) {
          inputs.push({
            userIds: [e.senderUserId],
            kind: "INBOUND_DEAL_EXPIRED",
            title: `Your referral ${ref} to ${d.organization.name} expired unanswered: ${d.name}`,
            body: `${d.organization.name} did not accept or decline "${d.name}" within 14 days.`,
            link: null,
            entity: { type: ENTITY, id: d.id },
          });
        }
        inputs.push({
          userIds: await activeReferralAdminIds(tx, e.organizationId),
          kind: "INBOUND_DEAL_EXPIRED",
          title: `Inbound deal ${ref} expired: ${d.name}`,
          body: `"${d.name}" was not accepted within 14 days and is now closed as expired.`,
          link: dealPath(d.id),
          entity: { type: ENTITY, id: d.id },
        });
      }
      for (const l of report.lapsed) {
        const d = byId.get(l.id);
        if (!d) continue;
        inputs.push({
          userIds: await activeReferralAdminIds(tx, l.organizationId),
          kind: "CO_SELL_REQUEST_ANSWERED",
          title: `Co-sell request lapsed for ${dealRef(d.number)}: ${d.name}`,
          body: `No provider seller joined "${d.name}" within 14 days. The deal stays partner-led.`,
          link: dealPath(d.id),
          entity: { type: ENTITY, id: d.id },
        });
      }
      let notified = 0;
      for (const input of inputs) notified += (await notify(tx, input)).notified;
      return notified;
    },
    { timeout: 60_000 },
  );
}

/** "Inbound deal expiring": RECEIVED deals within their last 24 h, once per user. Returns new notifications. */
export async function remindExpiringDeals(now: Date): Promise<number> {
  const deals = await db().deal.findMany({
    where: { direction: "INBOUND", status: "RECEIVED", expiresAt: { gt: now, lte: new Date(now.getTime() + 86_400_000) } },
    select: { id: true, number: true, name: true, organizationId: true, expiresAt: true },
    take: 500,
  });
  const due = deals.filter((d) => d.expiresAt && inboundDealReminderAt(d.expiresAt).getTime() <= now.getTime());
  if (due.length === 0) return 0;
  return db().$transaction(
    async (tx) => {
      let notified = 0;
      for (const d of due) {
        notified += (
          await notify(tx, {
            userIds: await activeReferralAdminIds(tx, d.organizationId),
            kind: "INBOUND_DEAL_EXPIRING",
            title: `Inbound deal ${dealRef(d.number)} expires in 1 day: ${d.name}`,
            body: `Accept or decline "${d.name}" within the next 24 hours; after that it expires.`,
            link: dealPath(d.id),
            entity: { type: ENTITY, id: d.id },
            dedupeKey: `INBOUND_DEAL_EXPIRING:${d.id}`,
          })
        ).notified;
      }
      return notified;
    },
    { timeout: 60_000 },
  );
}
