import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatRelative } from "@/lib/format";
import { cn } from "@/components/ui/cn";

/** Structurally `DashboardTile` of lib/data/dashboard (components receive data as props). */
export type DashboardTileView = {
  key:
    | "actionRequired"
    | "drafts"
    | "openPipeline"
    | "pendingReferrals"
    | "inboundDeals"
    | "openDeals"
    | "reviewQueue"
    | "coSellRequests"
    | "sentReferralsPending"
    | "registrations";
  count: number;
  href: string;
  attention: boolean;
  since?: string | null;
  until?: string | null;
};

/** The home page's counts of work waiting for the actor, each linking to the list that shows it. */
export function DashboardTiles({ tiles, fmt, now }: { tiles: DashboardTileView[]; fmt: { locale: string; timeZone: string }; now: string }) {
  const t = useTranslations("home");
  const count = (n: number) => new Intl.NumberFormat(fmt.locale).format(n);
  const when = (iso: string) => formatRelative(iso, { locale: fmt.locale, timeZone: fmt.timeZone, now });
  return (
    <ul aria-label={t("tilesLabel")} className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {tiles.map((tile) => {
        const label = t(`tiles.${tile.key}.label`);
        const urgent = tile.attention && tile.count > 0;
        return (
          <li key={tile.key}>
            <Link
              href={tile.href}
              data-testid={`tile-${tile.key}`}
              aria-label={`${t("open", { label })}: ${count(tile.count)}`}
              className={cn(
                "flex h-full flex-col rounded-lg border bg-white p-4 shadow-sm transition hover:shadow focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none",
                urgent ? "border-amber-300 hover:border-amber-400" : "border-slate-200 hover:border-indigo-300",
              )}
            >
              <span className="text-sm font-medium text-slate-600">{label}</span>
              <span className={cn("mt-1 text-3xl font-semibold tabular-nums", urgent ? "text-amber-700" : "text-slate-900")}>{count(tile.count)}</span>
              <span className="mt-1 text-xs text-slate-500">
                {tile.count === 0 && tile.attention
                  ? t("allClear")
                  : tile.until
                    ? t("soonestExpiry", { when: when(tile.until) })
                    : tile.since
                      ? t("oldestWaiting", { when: when(tile.since) })
                      : t(`tiles.${tile.key}.hint`)}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
