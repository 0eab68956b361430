import { useTranslations } from "next-intl";
import { instant } from "./format";
import type { Formatting, NextStepItem } from "./types";

/** Next steps, newest first; the first is the opportunity's current next step. Server-safe. */
export function NextStepList({ steps, fmt }: { steps: readonly NextStepItem[]; fmt: Formatting }) {
  const t = useTranslations("opportunities.nextSteps");
  const sorted = [...steps].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ol className="grid gap-3" aria-label={t("listLabel")}>
      {sorted.map((step, index) => (
        <li
          key={step.id}
          className={index === 0 ? "rounded-md border border-indigo-200 bg-indigo-50/50 p-3" : "rounded-md border border-slate-200 p-3"}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <p className="text-xs text-slate-500">
              <span className="font-medium text-slate-700">{step.author.name}</span> ·{" "}
              <time dateTime={step.at}>{instant(step.at, fmt)}</time>
            </p>
            {index === 0 ? <span className="text-xs font-semibold text-indigo-700">{t("current")}</span> : null}
          </div>
          <p className="mt-1 text-sm [overflow-wrap:anywhere] whitespace-pre-line text-slate-900">{step.text}</p>
        </li>
      ))}
    </ol>
  );
}
