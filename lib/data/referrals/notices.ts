/**
 * Who hears about a deal event (domain.md §6 Notifications), written with the transaction
 * client of the change: inbound deal received (the recipient's referral admins), inbound deal
 * answered (its sender), co-sell request answered (the deal's team), registration result (who
 * registered it and the team). The timers' notifications are lib/data/notifications/deal-timers.
 *
 * Decision: a new co-sell help request notifies nobody. §6 lists no such notification (and
 * every provider seller may answer any request, so there is no one seller to tell); §4.4's
 * "the provider seller sees the request" is the seller's queue (/cosell-requests), which lists
 * every pending request on an open deal, however it was asked (wizard, upgrade, invitation).
 */
import type { Prisma } from "@/lib/db";
import { notify } from "../notifications/notify";
import { activeReferralAdminIds } from "../notifications/recipients";
import { ENTITY, reference } from "./shared";

type Tx = Prisma.TransactionClient;
const dealPath = (id: string) => `/referrals/${id}`;

/** The deal's team members who are portal users, plus its creator when of the same organisation. */
async function teamUserIds(tx: Tx, dealId: string): Promise<string[]> {
  const deal = await tx.deal.findUnique({
    where: { id: dealId },
    select: { organizationId: true, createdById: true, team: { select: { userId: true } } },
  });
  if (!deal) return [];
  const ids = deal.team.flatMap((m) => (m.userId ? [m.userId] : []));
  if (deal.createdById) {
    const creator = await tx.user.findFirst({ where: { id: deal.createdById, organizationId: deal.organizationId }, select: { id: true } });
    if (creator) ids.push(creator.id);
  }
  return ids;
}

export async function noticeReceived(tx: Tx, deal: { id: string; organizationId: string }, from: string, actorId: string) {
  const row = await tx.deal.findUniqueOrThrow({ where: { id: deal.id }, select: { number: true, name: true } });
  await notify(tx, {
    userIds: await activeReferralAdminIds(tx, deal.organizationId),
    kind: "INBOUND_DEAL_RECEIVED",
    title: `New inbound deal ${reference(row.number)} from ${from}: ${row.name}`,
    body: `${from} sent you "${row.name}". Accept or decline it within 14 days.`,
    link: dealPath(deal.id),
    entity: { type: ENTITY, id: deal.id },
    exceptUserIds: [actorId],
  });
}

export async function noticeAnswered(
  tx: Tx,
  deal: { id: string; number: number; name: string; senderUserId: string | null; parentDealId: string | null },
  answer: "accepted" | "declined",
  by: string,
  actorId: string,
) {
  if (!deal.senderUserId) return;
  await notify(tx, {
    userIds: [deal.senderUserId],
    kind: "INBOUND_DEAL_ANSWERED",
    title: `${by} ${answer} ${reference(deal.number)}: ${deal.name}`,
    body: `${by} ${answer} the deal "${deal.name}" you sent.`,
    // A partner sender follows the answer on its own deal; a provider seller sees the inbound one.
    link: dealPath(deal.parentDealId ?? deal.id),
    entity: { type: ENTITY, id: deal.parentDealId ?? deal.id },
    exceptUserIds: [actorId],
  });
}

export async function noticeCoSellAnswered(tx: Tx, deal: { id: string; number: number; name: string }, joined: boolean, seller: string, actorId: string) {
  await notify(tx, {
    userIds: await teamUserIds(tx, deal.id),
    kind: "CO_SELL_REQUEST_ANSWERED",
    title: joined ? `${seller} joined ${reference(deal.number)}: ${deal.name}` : `The provider declined to join ${reference(deal.number)}: ${deal.name}`,
    body: joined
      ? `${seller} from the provider now co-sells "${deal.name}" with you.`
      : `No provider seller will join "${deal.name}"; the deal stays partner-led. You may ask again later.`,
    link: dealPath(deal.id),
    entity: { type: ENTITY, id: deal.id },
    exceptUserIds: [actorId],
  });
}

export async function noticeRegistrationResult(
  tx: Tx,
  dealId: string,
  submittedById: string | null,
  status: "VALIDATED" | "ACTION_REQUIRED" | "REJECTED",
  findings: readonly string[],
  actorId: string,
) {
  const deal = await tx.deal.findUniqueOrThrow({ where: { id: dealId }, select: { number: true, name: true } });
  const what = { VALIDATED: "validated", ACTION_REQUIRED: "needs your action", REJECTED: "was rejected" }[status];
  await notify(tx, {
    userIds: [submittedById, ...(await teamUserIds(tx, dealId))],
    kind: "REGISTRATION_RESULT",
    title: `Registration of ${reference(deal.number)} ${what}: ${deal.name}`,
    body: findings.length ? findings.map((f) => `- ${f}`).join("\n") : `The registration of "${deal.name}" ${what}.`,
    link: dealPath(dealId),
    entity: { type: ENTITY, id: dealId },
    exceptUserIds: [actorId],
  });
}
