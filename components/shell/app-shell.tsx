import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/domain/actor";
import { navFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { MobileNav } from "./mobile-nav";
import { UserMenu } from "./user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";

/** The signed-in layout: header with organisation and user menu, role-filtered navigation. */
export async function AppShell({ actor, signOut, children }: { actor: Actor; signOut: () => Promise<void>; children: React.ReactNode }) {
  const t = await getTranslations("nav");
  const tc = await getTranslations("common");
  const tn = await getTranslations("notifications.bell");
  const items = navFor(actor);
  const labels = Object.fromEntries(items.map((i) => [i.label, t(i.label)]));
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-30 flex h-14 items-center justify-between border-b border-slate-200 bg-white/95 px-4 backdrop-blur">
        <div className="flex items-center gap-3">
          <MobileNav items={items} labels={labels} openLabel={t("openMenu")} navLabel={t("main")} />
          <Link href="/" className="flex items-center gap-2 rounded-md font-semibold text-slate-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500">
            <span aria-hidden className="flex h-7 w-7 items-center justify-center rounded-lg bg-indigo-600 text-sm font-bold text-white">
              C
            </span>
            <span>{tc("appName")}</span>
          </Link>
          <span className="hidden rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700 md:inline" data-testid="org-name">
            {actor.organizationName}
          </span>
        </div>
        <div className="flex items-center gap-1">
          <NotificationBell
            locale={actor.locale}
            timeZone={actor.timeZone}
            labels={{
              label: tn("label"),
              labelUnread: tn("labelUnread", { count: "{count}" }),
              title: tn("title"),
              markAllRead: tn("markAllRead"),
              empty: tn("empty"),
              viewAll: tn("viewAll"),
              settings: tn("settings"),
              loadFailed: tn("loadFailed"),
            }}
          />
          <UserMenu
            name={actor.name}
            email={actor.email}
            organization={actor.organizationName}
            menuLabel={t("userMenu", { name: actor.name })}
            settingsLabel={t("settings")}
            signOutLabel={t("signOut")}
            signOut={signOut}
          />
        </div>
      </header>
      <div className="mx-auto flex max-w-[1400px]">
        <nav aria-label={t("main")} className="sticky top-14 hidden h-[calc(100vh-3.5rem)] w-60 shrink-0 overflow-y-auto border-r border-slate-200 bg-white p-3 lg:block">
          <NavLinks items={items} labels={labels} />
        </nav>
        <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
