import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDateTime, formatNumber } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";
import type { ImportListRow } from "./types";

const statusVariant = { RUNNING: "info", DONE: "success", FAILED: "danger" } as const;

/** The organisation's latest imports, each linking to its progress / report. Server-safe. */
export function RecentImports({ imports, locale, timeZone, currentId }: { imports: readonly ImportListRow[]; locale: string; timeZone: string; currentId?: string }) {
  const t = useTranslations("imports");
  if (imports.length === 0) return <p className="px-5 pb-5 text-sm text-slate-600">{t("recent.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("recent.caption")}</caption>
        <thead className="bg-slate-50 text-xs font-medium tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="border-y border-slate-200 px-5 py-2">{t("recent.file")}</th>
            <th scope="col" className="border-y border-slate-200 px-3 py-2">{t("recent.started")}</th>
            <th scope="col" className="border-y border-slate-200 px-3 py-2">{t("recent.by")}</th>
            <th scope="col" className="border-y border-slate-200 px-3 py-2">{t("recent.mode")}</th>
            <th scope="col" className="border-y border-slate-200 px-3 py-2">{t("recent.status")}</th>
            <th scope="col" className="border-y border-slate-200 px-3 py-2 text-right">{t("recent.created")}</th>
            <th scope="col" className="border-y border-slate-200 px-5 py-2 text-right">{t("recent.errors")}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((job) => (
            <tr key={job.id} className={cn("border-b border-slate-100 last:border-b-0", job.id === currentId && "bg-indigo-50/50")}>
              <td className="max-w-64 px-5 py-2.5">
                <Link
                  href={`/opportunities/import?job=${encodeURIComponent(job.id)}`}
                  className={cn("block truncate rounded-sm font-medium text-indigo-700 hover:underline", focusRing)}
                  aria-label={t("recent.viewFile", { fileName: job.fileName })}
                  aria-current={job.id === currentId ? "page" : undefined}
                >
                  {job.fileName}
                </Link>
              </td>
              <td className="px-3 py-2.5 whitespace-nowrap text-slate-700">{formatDateTime(job.createdAt, { locale, timeZone })}</td>
              <td className="px-3 py-2.5 whitespace-nowrap text-slate-700">{job.createdBy?.name ?? "—"}</td>
              <td className="px-3 py-2.5 whitespace-nowrap text-slate-700">{t(`upload.modes.${job.mode}`)}</td>
              <td className="px-3 py-2.5">
                <Badge variant={statusVariant[job.status]} dot>
                  {t(`status.${job.status}`)}
                </Badge>
              </td>
              <td className="px-3 py-2.5 text-right text-slate-900 tabular-nums">{formatNumber(job.created, locale)}</td>
              <td className={cn("px-5 py-2.5 text-right tabular-nums", job.rowsWithErrors ? "font-medium text-red-700" : "text-slate-500")}>
                {formatNumber(job.rowsWithErrors, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
