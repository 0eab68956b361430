import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ArrowRight } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";
import { fieldLabel, historyValue, instant } from "./format";
import type { Formatting, HistoryEntryView } from "./types";

/** "stage_changed" / "stage.changed" / "stageChanged" → a message key. */
const actionKey = (action: string) => action.replace(/[.\s-]+/g, "_").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
const humanise = (action: string) => {
  const text = actionKey(action).replace(/_/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The opportunity's audit trail, newest first: who, when, what, and each field's before → after. Server-safe. */
export function HistoryList({
  entries,
  fmt,
  people = {},
}: {
  entries: readonly HistoryEntryView[];
  fmt: Formatting;
  /** User id → name, for owner changes. */
  people?: Readonly<Record<string, string>>;
}) {
  const t = useTranslations("opportunities.history");
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  const label = (field: string) => fieldLabel(field, (f) => (t.has(`fields.${f}`) ? t(`fields.${f}`) : undefined));
  const value = (field: string, v: unknown) => {
    const text = (field === "ownerId" || field === "owner") && typeof v === "string" ? (people[v] ?? v) : historyValue(field, v, fmt);
    return text === null ? <span className="text-slate-400 italic">{t("empty_value")}</span> : <span className="[overflow-wrap:anywhere]">{text}</span>;
  };
  return (
    <ol className="relative grid gap-0 border-l border-slate-200 pl-5" aria-label={t("listLabel")}>
      {sorted.map((entry) => {
        const key = actionKey(entry.action);
        return (
          <li key={entry.id} className="relative pb-5 last:pb-0">
            <span aria-hidden="true" className="absolute top-1.5 -left-[25px] size-2.5 rounded-full border-2 border-white bg-indigo-500 ring-1 ring-indigo-200" />
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
              <p className="text-sm font-medium text-slate-900">{t.has(`actions.${key}`) ? t(`actions.${key}`) : humanise(entry.action)}</p>
              <p className="text-xs text-slate-500">
                {entry.actor ? entry.actor.name : t("system")} · <time dateTime={entry.at}>{instant(entry.at, fmt)}</time>
              </p>
            </div>
            {entry.changes.length > 0 && entry.changes.every((c) => c.from === null || c.from === undefined) ? (
              <SetValues changes={entry.changes} label={label} value={value} more={(n) => t("showMore", { count: n })} caption={t("valuesCaption")} />
            ) : entry.changes.length > 0 ? (
              <table className="mt-2 w-full max-w-3xl text-left text-sm">
                <caption className="sr-only">{t("changesCaption")}</caption>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{t("field")}</th>
                    <th scope="col">{t("from")}</th>
                    <th scope="col">{t("to")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-slate-50/60">
                  {entry.changes.map((change, i) => (
                    <tr key={`${change.field}-${i}`} className="align-top">
                      <th scope="row" className="w-1/4 px-3 py-1.5 text-xs font-medium text-slate-600">
                        {label(change.field)}
                      </th>
                      <td className="w-[37%] px-3 py-1.5 text-slate-600">{value(change.field, change.from)}</td>
                      <td className="px-3 py-1.5 text-slate-900">
                        <span className="flex items-start gap-2">
                          <ArrowRight aria-hidden="true" className="mt-0.5 size-3.5 shrink-0 text-slate-400" />
                          {value(change.field, change.to)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

const SHOWN = 6;

/** Values set from nothing (a creation, a clone): field → value, the rest behind "Show more". */
function SetValues({
  changes,
  label,
  value,
  more,
  caption,
}: {
  changes: HistoryEntryView["changes"];
  label: (field: string) => string;
  value: (field: string, v: unknown) => ReactNode;
  more: (n: number) => string;
  caption: string;
}) {
  const rows = (list: HistoryEntryView["changes"]) =>
    list.map((change, i) => (
      <div key={`${change.field}-${i}`} className="grid grid-cols-[minmax(8rem,1fr)_2fr] gap-3 px-3 py-1.5">
        <dt className="text-xs font-medium text-slate-600">{label(change.field)}</dt>
        <dd className="text-slate-900">{value(change.field, change.to)}</dd>
      </div>
    ));
  return (
    <div className="mt-2 max-w-3xl rounded-md border border-slate-200 bg-slate-50/60 text-sm">
      <dl aria-label={caption} className="divide-y divide-slate-100">
        {rows(changes.slice(0, SHOWN))}
      </dl>
      {changes.length > SHOWN ? (
        <details className="group border-t border-slate-100">
          <summary className={cn("cursor-pointer rounded-sm px-3 py-1.5 text-xs font-medium text-indigo-700 hover:underline", focusRing)}>{more(changes.length - SHOWN)}</summary>
          <dl aria-label={caption} className="divide-y divide-slate-100">
            {rows(changes.slice(SHOWN))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
