import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { dashboardTiles } from "@/lib/data/dashboard";
import { navFor } from "@/components/shell/nav-items";
import { DashboardTiles } from "@/components/shell/dashboard-tiles";

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations("home");
  const tn = await getTranslations("nav");
  const tr = await getTranslations("roles");
  const now = new Date();
  const tiles = await dashboardTiles(actor, now);
  const roles = [actor.aceRole, actor.referralRole, actor.providerRole].filter((r): r is NonNullable<typeof r> => !!r).map((r) => tr(r));
  const sections = navFor(actor).filter((i) => i.href !== "/");
  const describe = (label: string) => (t.has(`cards.${label}`) ? t(`cards.${label}` as "cards.team") : "");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("greeting", { name: actor.name })}</h1>
        <p className="mt-1 text-sm text-slate-600" data-testid="role-summary">
          {t("subtitle", { organization: actor.organizationName, roles: roles.length ? roles.join(", ") : t("noRoles") })}
        </p>
      </div>
      {roles.length === 0 && (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="font-medium text-slate-900">{t("noAccessTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("noAccessBody")}</p>
        </div>
      )}
      {tiles.length > 0 && (
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title" className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">
            {t("waitingTitle")}
          </h2>
          <DashboardTiles tiles={tiles} fmt={{ locale: actor.locale, timeZone: actor.timeZone }} now={now.toISOString()} />
        </section>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="group flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-300 hover:shadow focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
            >
              <span className="flex items-center justify-between font-medium text-slate-900">
                {tn(s.label)}
                <ArrowRight aria-hidden className="h-4 w-4 text-slate-400 transition group-hover:translate-x-0.5 group-hover:text-indigo-600" />
              </span>
              <span className="mt-1 text-sm text-slate-600">{describe(s.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
