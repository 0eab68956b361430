/**
 * Notifications (domain.md §6): `notify(tx, …)` for services, the bell and the list for the
 * signed-in user, email mutes, the email outbox and the development mailbox.
 *
 *   import { notify } from "@/lib/data/notifications";
 *   await db().$transaction(async (tx) => {
 *     … the change and its history row …
 *     await notify(tx, { userIds: [ownerId], kind: "OPPORTUNITY_APPROVED", title, body, link: `/opportunities/${id}`, entity: { type: "OPPORTUNITY", id } });
 *   });
 */
export { notify, notifyAll, type NotifyInput, type NotifyResult, type RecipientFormat, type RecipientText } from "./notify";
export { activeAceUserIds, activeUserIdsWithAceRole, activeReferralAdminIds } from "./recipients";
export {
  notificationFeed,
  listNotifications,
  markNotificationsRead,
  markAllNotificationsRead,
  unreadCount,
  type NotificationItem,
  type NotificationFeed,
  type NotificationList,
  type NotificationListQuery,
} from "./inbox";
export { notificationPreferences, saveNotificationPreferences, type NotificationPreferenceView } from "./preferences";
export { dispatchOutbox, deliverEmail, EmailBusyError, type DeliveryOutcome, type SqlExecutor } from "./outbox";
export { mailboxAvailable, listMailbox, mailboxMessage, type MailboxRow, type MailboxMessage, type MailboxQuery } from "./mailbox";
export { appUrl, absoluteUrl, NOTIFICATION_SETTINGS_PATH } from "./links";
export { notifyDealTimers, remindExpiringDeals, type DealSweepReport } from "./deal-timers";
