"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { markAllNotificationsRead, markNotificationsRead, saveNotificationPreferences } from "@/lib/data/notifications";

export async function markNotificationsReadAction(ids: string[], read: boolean) {
  const result = await runAction((actor) => markNotificationsRead(actor, { ids, read }));
  if (result.ok) revalidatePath("/notifications");
  return result;
}

export async function markAllNotificationsReadAction() {
  const result = await runAction((actor) => markAllNotificationsRead(actor));
  if (result.ok) revalidatePath("/notifications");
  return result;
}

/** Settings → Notifications: the kinds whose email is muted. */
export async function saveNotificationSettingsAction(mutedKinds: string[]) {
  const result = await runAction(async (actor) => {
    const prefs = await saveNotificationPreferences(actor, { mutedKinds });
    return { mutedKinds: prefs.filter((p) => p.emailMuted).map((p) => p.kind as string) };
  });
  if (result.ok) revalidatePath("/settings/notifications");
  return result;
}
