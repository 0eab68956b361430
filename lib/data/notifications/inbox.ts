/**
 * The signed-in user's notifications: the bell (unread count + latest), the full list,
 * marking read. A user only ever sees and changes their own rows.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { parseInput } from "../validate";

export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
};

export type NotificationFeed = { unread: number; items: NotificationItem[] };

const select = { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true } as const;

const toItem = (n: {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}): NotificationItem => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  read: n.readAt !== null,
});

export async function unreadCount(actor: Actor): Promise<number> {
  return db().notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** The bell: unread count and the latest `limit` notifications (read or not). */
export async function notificationFeed(actor: Actor, limit = 8): Promise<NotificationFeed> {
  const take = Math.min(Math.max(1, Math.trunc(limit) || 8), 50);
  const [unread, rows] = await Promise.all([
    unreadCount(actor),
    db().notification.findMany({ where: { userId: actor.userId }, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take }),
  ]);
  return { unread, items: rows.map(toItem) };
}

export type NotificationListQuery = { page?: number; pageSize?: number; unreadOnly?: boolean };
export type NotificationList = { rows: NotificationItem[]; total: number; unread: number; page: number; pageSize: number };

export async function listNotifications(actor: Actor, query: NotificationListQuery = {}): Promise<NotificationList> {
  const pageSize = Math.min(Math.max(1, Math.trunc(query.pageSize ?? 25) || 25), 100);
  const page = Math.max(1, Math.trunc(query.page ?? 1) || 1);
  const where = { userId: actor.userId, ...(query.unreadOnly ? { readAt: null } : {}) };
  const [total, unread, rows] = await Promise.all([
    db().notification.count({ where }),
    unreadCount(actor),
    db().notification.findMany({
      where,
      select,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { rows: rows.map(toItem), total, unread, page, pageSize };
}

const MarkReadSchema = z.strictObject({
  ids: z.array(z.string().min(1).max(64), { error: "Choose notifications" }).min(1).max(200),
  read: z.boolean().default(true),
});

/** Marks the actor's own notifications read (or unread again); ids of others are ignored. */
export async function markNotificationsRead(actor: Actor, input: unknown): Promise<{ unread: number }> {
  const { ids, read } = parseInput(MarkReadSchema, input);
  await db().notification.updateMany({
    where: { userId: actor.userId, id: { in: ids }, readAt: read ? null : { not: null } },
    data: { readAt: read ? new Date() : null },
  });
  return { unread: await unreadCount(actor) };
}

export async function markAllNotificationsRead(actor: Actor): Promise<{ unread: number }> {
  await db().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
  return { unread: 0 };
}
