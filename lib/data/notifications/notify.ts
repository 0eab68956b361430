/**
 * `notify(tx, …)`: the one way to tell people about an event (domain.md §6). Called by a
 * service inside the transaction of the change it reports, it writes the in-app
 * notifications (the bell) and the emails to send (the outbox, `EmailMessage`) with the
 * same transaction client — both commit or roll back with the change. The email job then
 * delivers the outbox (lib/jobs). Emails respect each user's per-kind mute; inactive users
 * get nothing.
 *
 * Language: the email's fixed wording (greeting, button, footer, mute hint) follows each
 * recipient's `User.locale` (lib/mail/templates). The title and body are the service's own
 * text, stored on each recipient's notification row; a title or body that shows a date is a
 * function of the recipient's locale and time zone (their organisation's), so the date reads
 * as theirs in the bell and in the email (domain.md §6 Dates).
 */
import { db, type Prisma } from "@/lib/db";
import { emailLocale, renderNotificationEmail } from "@/lib/mail/templates";
import { isNotificationKind, type NotificationKind } from "@/lib/notifications/kinds";
import { NOTIFICATION_SETTINGS_PATH, absoluteUrl, isPortalPath } from "./links";

/** How one recipient reads dates: their locale (a valid tag) and their organisation's time zone. */
export type RecipientFormat = { locale: string; timeZone: string };
/** Text that differs per recipient (dates in their locale and time zone). */
export type RecipientText = string | ((recipient: RecipientFormat) => string);

export type NotifyInput = {
  userIds: readonly (string | null | undefined)[];
  kind: NotificationKind;
  /** One line, e.g. "O-1042 needs your action". Also the email subject. */
  title: RecipientText;
  /** A few sentences (plain text). */
  body?: RecipientText;
  /** Portal path of the object, e.g. `/opportunities/<id>`. */
  link?: string | null;
  /** The object it is about (e.g. `{ type: "OPPORTUNITY", id }`). */
  entity?: { type: string; id: string } | null;
  /**
   * For notifications that must exist once per user (reminders): a user who already has a
   * notification with this key gets nothing new (no second email either).
   */
  dedupeKey?: string;
  /** Users not to notify (typically the actor who caused the event). */
  exceptUserIds?: readonly string[];
};

export type NotifyResult = { notified: number; emails: number };

const MAX_TITLE = 300;
const MAX_BODY = 4000;

const textFor = (text: RecipientText, recipient: RecipientFormat) => (typeof text === "function" ? text(recipient) : text);

/** The organisation's IANA zone, or UTC if it is not one this runtime knows. */
function knownTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

export async function notify(tx: Prisma.TransactionClient, input: NotifyInput): Promise<NotifyResult> {
  if (!isNotificationKind(input.kind)) throw new Error(`Unknown notification kind: ${String(input.kind)}`);
  if (input.link && !isPortalPath(input.link)) throw new Error(`Notification links are portal paths, got ${input.link}`);
  const except = new Set(input.exceptUserIds ?? []);
  const ids = [...new Set(input.userIds.filter((id): id is string => typeof id === "string" && id.length > 0 && !except.has(id)))];
  if (ids.length === 0) return { notified: 0, emails: 0 };

  const users = await tx.user.findMany({
    where: { id: { in: ids }, status: "ACTIVE" },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      organization: { select: { timeZone: true } },
      notificationPreferences: { where: { kind: input.kind }, select: { emailMuted: true } },
    },
    orderBy: { id: "asc" },
  });
  if (users.length === 0) return { notified: 0, emails: 0 };

  const texts = new Map(
    users.map((u) => {
      const recipient: RecipientFormat = { locale: emailLocale(u.locale).locale, timeZone: knownTimeZone(u.organization.timeZone) };
      const title = textFor(input.title, recipient).replace(/\s+/g, " ").trim().slice(0, MAX_TITLE);
      const body = textFor(input.body ?? "", recipient)
        .trim()
        .slice(0, MAX_BODY);
      return [u.id, { title, body }] as const;
    }),
  );
  const link = input.link ?? null;
  const created = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({
      userId: u.id,
      kind: input.kind,
      ...texts.get(u.id)!,
      link,
      entityType: input.entity?.type ?? null,
      entityId: input.entity?.id ?? null,
      dedupeKey: input.dedupeKey ?? null,
    })),
    // With a dedupe key, users who already have it are skipped (unique userId + dedupeKey).
    skipDuplicates: input.dedupeKey !== undefined,
    select: { id: true, userId: true },
  });

  const notificationOf = new Map(created.map((n) => [n.userId, n.id]));
  const settingsUrl = absoluteUrl(NOTIFICATION_SETTINGS_PATH);
  const url = link ? absoluteUrl(link) : null;
  const emails = users
    .filter((u) => notificationOf.has(u.id) && !u.notificationPreferences.some((p) => p.emailMuted))
    .map((u) => {
      const rendered = renderNotificationEmail({ recipientName: u.name, ...texts.get(u.id)!, url, settingsUrl, locale: u.locale });
      return {
        toAddress: u.email,
        toName: u.name,
        userId: u.id,
        notificationId: notificationOf.get(u.id)!,
        kind: input.kind,
        ...rendered,
      };
    });
  if (emails.length > 0) await tx.emailMessage.createMany({ data: emails });
  return { notified: created.length, emails: emails.length };
}

/**
 * For events reported after their own transaction committed (e.g. a sweep of another
 * module that returns what it changed): the notifications in one transaction of their own.
 */
export async function notifyAll(inputs: readonly NotifyInput[]): Promise<NotifyResult> {
  if (inputs.length === 0) return { notified: 0, emails: 0 };
  return db().$transaction(async (tx) => {
    const total = { notified: 0, emails: 0 };
    for (const input of inputs) {
      const r = await notify(tx, input);
      total.notified += r.notified;
      total.emails += r.emails;
    }
    return total;
  });
}
