"use client";

import { useTranslations } from "next-intl";
import type { ImportProblem } from "./types";

/** The per-row report: row number, field, message. */
export function ImportReport({ problems, total }: { problems: readonly ImportProblem[]; total: number }) {
  const t = useTranslations("imports");
  const tf = useTranslations("opportunityForm");
  const fieldLabel = (path: string) => {
    if (path === "(row)") return t("report.wholeRow");
    const base = path.replace(/\.(amount|currency|\d+)$/, "");
    return tf.has(`fields.${base}.label`) ? tf(`fields.${base}.label`) : null;
  };
  if (total === 0) return <p className="text-sm text-slate-600">{t("report.empty")}</p>;
  return (
    <div className="grid gap-2">
      <div className="max-h-[32rem] overflow-auto rounded-md border border-slate-200">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("report.caption")}</caption>
          <thead className="sticky top-0 z-10 bg-slate-50 text-xs font-medium tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="w-20 border-b border-slate-200 px-3 py-2 text-right">
                {t("report.row")}
              </th>
              <th scope="col" className="w-1/3 border-b border-slate-200 px-3 py-2">
                {t("report.field")}
              </th>
              <th scope="col" className="border-b border-slate-200 px-3 py-2">
                {t("report.message")}
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, index) => {
              const label = fieldLabel(p.path);
              return (
                <tr key={`${p.row}-${p.path}-${index}`} className="border-b border-slate-100 last:border-b-0 even:bg-slate-50/50">
                  <td className="px-3 py-2 text-right align-top font-medium text-slate-900 tabular-nums">{p.row}</td>
                  <td className="px-3 py-2 align-top">
                    {label ? <span className="block text-slate-900">{label}</span> : null}
                    {p.path !== "(row)" ? <code className="text-xs break-all text-slate-500">{p.path}</code> : null}
                  </td>
                  <td className="px-3 py-2 align-top text-slate-800">{p.message}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {total > problems.length ? <p className="text-xs text-slate-600">{t("report.truncated", { shown: problems.length, total })}</p> : null}
    </div>
  );
}
