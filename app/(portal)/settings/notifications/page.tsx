import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { notificationPreferences } from "@/lib/data/notifications";
import { NOTIFICATION_GROUPS, NOTIFICATION_KIND_INFO, notificationKindsFor } from "@/lib/notifications/kinds";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationSettingsForm } from "@/components/notifications/settings-form";
import { getChannelOptOut } from "@/lib/data/opportunities";
import { ChannelOptOutSwitch } from "@/components/opportunities/sharing/opt-out-switch";
import { saveNotificationSettingsAction } from "../../notifications/actions";
import { setChannelOptOutAction } from "../../shared/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("settings.title") };
}

/** Settings → Notifications: mute email per kind (domain.md §6); the bell always shows them. */
export default async function NotificationSettingsPage() {
  const actor = await requireActor();
  const t = await getTranslations("notifications");
  const prefs = await notificationPreferences(actor);
  const kinds = notificationKindsFor(actor.organizationKind);
  // §2.8: partner users with ACE access can be invited to collaboration channels.
  const optOut = actor.organizationKind === "PARTNER" && actor.aceRole ? await getChannelOptOut(actor) : null;
  const groups = NOTIFICATION_GROUPS.map((group) => ({
    key: group,
    title: t(`settings.groups.${group}`),
    kinds: kinds.filter((k) => NOTIFICATION_KIND_INFO[k].group === group).map((kind) => ({ kind, label: t(`kinds.${kind}`) })),
  })).filter((g) => g.kinds.length > 0);
  return (
    <div className="grid max-w-3xl gap-5">
      <PageHeader
        title={t("settings.title")}
        description={t("settings.description", { email: actor.email })}
        breadcrumbs={[{ label: t("page.title"), href: "/notifications" }, { label: t("settings.title") }]}
      />
      <NotificationSettingsForm
        groups={groups}
        muted={prefs.filter((p) => p.emailMuted).map((p) => p.kind)}
        save={saveNotificationSettingsAction}
      />
      {optOut ? <ChannelOptOutSwitch initial={optOut.optOut} save={setChannelOptOutAction} /> : null}
    </div>
  );
}
