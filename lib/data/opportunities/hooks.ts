/**
 * Extension points called inside the transaction of a change, so that whatever they write
 * (notifications, queued emails) commits or rolls back with it: they notify (domain.md §6)
 * through `notify()` of lib/data/notifications, in the same transaction.
 */
import type { Prisma } from "@/lib/db";
import type { ReviewDecisionKind, ReviewStatus } from "@/lib/domain/opportunity";
import { notify } from "../notifications/notify";
import { activeAceUserIds } from "../notifications/recipients";

export type ReviewDecisionEvent = {
  opportunityId: string;
  organizationId: string;
  /** "O-1042" */
  reference: string;
  title: string;
  customerName: string;
  ownerId: string;
  decision: ReviewDecisionKind;
  from: ReviewStatus;
  to: ReviewStatus;
  comment: string | null;
  reviewCommentId: string | null;
  actorId: string;
  at: Date;
};

/**
 * After a validator's decision is written (START, APPROVE, ACTION_REQUIRED, REJECT). §2.2/§6:
 * ACTION_REQUIRED notifies every active ACE user of the organisation; APPROVE and REJECT
 * notify too. Runs in the decision's transaction (`tx`).
 */
export async function afterReviewDecision(tx: Prisma.TransactionClient, event: ReviewDecisionEvent): Promise<void> {
  const subject = event.customerName ? `${event.reference} · ${event.customerName}` : event.reference;
  const named = event.title ? `"${event.title}" (${event.reference})` : event.reference;
  const comment = event.comment?.trim() ? `\n\nValidator's comment: ${event.comment.trim()}` : "";
  const common = { link: `/opportunities/${event.opportunityId}`, entity: { type: "OPPORTUNITY", id: event.opportunityId } };
  switch (event.decision) {
    case "ACTION_REQUIRED":
      await notify(tx, {
        ...common,
        userIds: await activeAceUserIds(tx, event.organizationId),
        kind: "OPPORTUNITY_ACTION_REQUIRED",
        title: `Action required: ${subject}`,
        body: `The provider's validation team needs changes to ${named} before it can be approved. Correct the fields and resubmit it.${comment}`,
      });
      return;
    case "APPROVE":
      await notify(tx, {
        ...common,
        userIds: [event.ownerId],
        kind: "OPPORTUNITY_APPROVED",
        title: `Approved: ${subject}`,
        body: `The provider's validation team approved ${named}.${comment}`,
      });
      return;
    case "REJECT":
      await notify(tx, {
        ...common,
        userIds: [event.ownerId],
        kind: "OPPORTUNITY_REJECTED",
        title: `Rejected: ${subject}`,
        body: `The provider's validation team rejected ${named}. A rejected opportunity is final; you can clone it to start again.${comment}`,
      });
      return;
    default:
      return; // START (a validator opened it): nobody is told.
  }
}

export type TransferEvent = {
  opportunityId: string;
  organizationId: string;
  reference: string;
  title: string;
  fromOwnerId: string;
  toOwnerId: string;
  actorId: string;
  at: Date;
};

/** After an opportunity changed owner (§2.6: "the new owner is notified"). Runs in the transfer's transaction. */
export async function afterTransfer(tx: Prisma.TransactionClient, event: TransferEvent): Promise<void> {
  const by = await tx.user.findUnique({ where: { id: event.actorId }, select: { name: true } });
  await notify(tx, {
    userIds: [event.toOwnerId],
    exceptUserIds: [event.actorId],
    kind: "OPPORTUNITY_TRANSFERRED",
    title: `${event.reference} was transferred to you`,
    body: `${by?.name ?? "A colleague"} made you the owner of ${event.title ? `"${event.title}" (${event.reference})` : event.reference}.`,
    link: `/opportunities/${event.opportunityId}`,
    entity: { type: "OPPORTUNITY", id: event.opportunityId },
  });
}
