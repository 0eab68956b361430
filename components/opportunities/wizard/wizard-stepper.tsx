"use client";

import { useTranslations } from "next-intl";
import { Check, CircleAlert } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";

export type StepperItem = { step: number; label: string };

/**
 * The wizard's progress: an ordered list, the current step with aria-current="step". Steps
 * already reached are buttons that go back to them; a step with errors is marked (with text,
 * not only colour).
 */
export function WizardStepper({
  items,
  current,
  reachable,
  stepsWithErrors,
  onSelect,
}: {
  items: readonly StepperItem[];
  current: number;
  /** Steps up to this one can be opened. */
  reachable: number;
  stepsWithErrors: ReadonlySet<number>;
  onSelect: (step: number) => void;
}) {
  const t = useTranslations("opportunityForm");
  return (
    <nav aria-label={t("stepper.label")} className="@container">
      <ol className="flex items-start gap-2">
        {items.map((item, index) => {
          const isCurrent = item.step === current;
          const done = item.step < current;
          const hasErrors = stepsWithErrors.has(item.step);
          const canOpen = item.step <= reachable && !isCurrent;
          const marker = (
            <span
              aria-hidden="true"
              className={cn(
                "grid size-8 shrink-0 place-items-center rounded-full border-2 text-xs font-semibold tabular-nums transition-colors",
                hasErrors && "border-red-600 bg-red-50 text-red-700",
                !hasErrors && isCurrent && "border-indigo-600 bg-white text-indigo-700 ring-4 ring-indigo-100",
                !hasErrors && !isCurrent && done && "border-indigo-600 bg-indigo-600 text-white",
                !hasErrors && !isCurrent && !done && "border-slate-300 bg-white text-slate-500",
              )}
            >
              {hasErrors ? <CircleAlert className="size-4" /> : done && !isCurrent ? <Check className="size-4" strokeWidth={3} /> : item.step}
            </span>
          );
          const label = (
            <span className="grid min-w-0 text-left">
              <span className="text-xs text-slate-500 tabular-nums">{t("stepper.stepOf", { step: item.step, total: items.length })}</span>
              <span
                className={cn(
                  "text-sm font-medium whitespace-nowrap",
                  isCurrent ? "text-indigo-700" : item.step <= reachable ? "text-slate-900" : "text-slate-500",
                  hasErrors && "text-red-700",
                )}
              >
                {item.label}
              </span>
              {hasErrors ? <span className="sr-only">{t("stepper.hasErrors")}</span> : null}
              {!hasErrors && done && !isCurrent ? <span className="sr-only">{t("stepper.done")}</span> : null}
            </span>
          );
          return (
            <li
              key={item.step}
              aria-current={isCurrent ? "step" : undefined}
              className={cn("flex min-w-0 items-center gap-2", index < items.length - 1 ? "flex-1" : "flex-none")}
            >
              {canOpen ? (
                <button
                  type="button"
                  onClick={() => onSelect(item.step)}
                  className={cn("flex shrink-0 cursor-pointer items-center gap-2.5 rounded-md p-1 hover:bg-slate-100", focusRing)}
                >
                  {marker}
                  <span className={cn("shrink-0", isCurrent ? "grid" : "hidden @4xl:grid")}>{label}</span>
                </button>
              ) : (
                <div className="flex shrink-0 items-center gap-2.5 p-1">
                  {marker}
                  <span className={cn("shrink-0", isCurrent ? "grid" : "hidden @4xl:grid")}>{label}</span>
                </div>
              )}
              {index < items.length - 1 ? (
                <span aria-hidden="true" className={cn("hidden h-0.5 min-w-4 flex-1 rounded-full @lg:block", item.step < current ? "bg-indigo-600" : "bg-slate-200")} />
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
