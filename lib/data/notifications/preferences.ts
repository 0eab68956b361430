/**
 * Per-user email mutes per notification kind (domain.md §6 "A user can mute email per
 * notification kind"). The in-app notification is always kept; only the email is muted.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { parseInput } from "../validate";

export type NotificationPreferenceView = { kind: NotificationKind; emailMuted: boolean };

export async function notificationPreferences(actor: Actor): Promise<NotificationPreferenceView[]> {
  const rows = await db().notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, emailMuted: true } });
  const muted = new Set(rows.filter((r) => r.emailMuted).map((r) => r.kind));
  return NOTIFICATION_KINDS.map((kind) => ({ kind, emailMuted: muted.has(kind) }));
}

const SavePreferencesSchema = z.strictObject({
  /** The kinds whose email is muted; every other kind is emailed. */
  mutedKinds: z.array(z.enum(NOTIFICATION_KINDS, { error: "Unknown notification kind" })).max(NOTIFICATION_KINDS.length),
});

/** Replaces the actor's email mutes with `mutedKinds`. */
export async function saveNotificationPreferences(actor: Actor, input: unknown): Promise<NotificationPreferenceView[]> {
  const { mutedKinds } = parseInput(SavePreferencesSchema, input);
  const muted = new Set(mutedKinds);
  // No row means the default (email on): keep only rows for muted kinds.
  await db().$transaction([
    db().notificationPreference.deleteMany({ where: { userId: actor.userId } }),
    db().notificationPreference.createMany({ data: [...muted].map((kind) => ({ userId: actor.userId, kind, emailMuted: true })) }),
  ]);
  return notificationPreferences(actor);
}
