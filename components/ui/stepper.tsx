import type { ReactNode } from "react";
import Link from "next/link";
import { Check, X } from "lucide-react";
import { cn } from "./cn";
import { focusRing } from "./styles";

export type StepState = "done" | "current" | "upcoming";

export type Step = {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  /** Explicit state; otherwise derived from `currentId`. */
  state?: StepState;
  /** Makes a done step a link back (wizards that allow revisiting). */
  href?: string;
};

export type StepperProps = {
  steps: readonly Step[];
  /** The current step's id (steps before it are done, after it upcoming). */
  currentId?: string;
  /** Accessible name of the nav. Default "Progress". */
  label?: string;
  orientation?: "horizontal" | "vertical";
  /** Screen-reader prefixes for step states. */
  stateLabels?: { done: string; upcoming: string };
  className?: string;
};

function stateOf(step: Step, index: number, currentIndex: number): StepState {
  if (step.state) return step.state;
  if (currentIndex === -1) return "upcoming";
  return index < currentIndex ? "done" : index === currentIndex ? "current" : "upcoming";
}

/**
 * Wizard progress: an ordered list, the current step with aria-current="step". Server-safe.
 *
 *   <Stepper currentId="contacts" steps={[
 *     { id: "company", label: "Company", href: "?step=company" },
 *     { id: "contacts", label: "Contacts" },
 *     { id: "review", label: "Review" },
 *   ]} />
 */
export function Stepper({
  steps,
  currentId,
  label = "Progress",
  orientation = "horizontal",
  stateLabels = { done: "Completed", upcoming: "Not started" },
  className,
}: StepperProps) {
  const currentIndex = steps.findIndex((s) => s.id === currentId);
  const vertical = orientation === "vertical";
  return (
    <nav aria-label={label} className={className}>
      <ol className={cn("flex", vertical ? "flex-col gap-0" : "flex-wrap items-start gap-x-2 gap-y-3 sm:flex-nowrap")}>
        {steps.map((step, index) => {
          const state = stateOf(step, index, currentIndex);
          const isLast = index === steps.length - 1;
          const marker = (
            <span
              aria-hidden="true"
              className={cn(
                "grid size-7 shrink-0 place-items-center rounded-full border-2 text-xs font-semibold tabular-nums",
                state === "done" && "border-indigo-600 bg-indigo-600 text-white",
                state === "current" && "border-indigo-600 bg-white text-indigo-700",
                state === "upcoming" && "border-slate-300 bg-white text-slate-500",
              )}
            >
              {state === "done" ? <Check className="size-3.5" strokeWidth={3} /> : index + 1}
            </span>
          );
          const text = (
            <span className="grid min-w-0 gap-0.5">
              <span
                className={cn(
                  "text-sm font-medium",
                  state === "upcoming" ? "text-slate-500" : "text-slate-900",
                  state === "current" && "text-indigo-700",
                )}
              >
                {state === "done" ? <span className="sr-only">{stateLabels.done}: </span> : null}
                {state === "upcoming" ? <span className="sr-only">{stateLabels.upcoming}: </span> : null}
                {step.label}
              </span>
              {step.description ? <span className="text-xs text-slate-500">{step.description}</span> : null}
            </span>
          );
          const body =
            step.href && state === "done" ? (
              <Link href={step.href} className={cn("flex items-start gap-3 rounded-md hover:[&_span]:underline", focusRing)}>
                {marker}
                {text}
              </Link>
            ) : (
              <div className="flex items-start gap-3">
                {marker}
                {text}
              </div>
            );
          return (
            <li
              key={step.id}
              aria-current={state === "current" ? "step" : undefined}
              className={cn("flex min-w-0", vertical ? "flex-col" : "flex-1 items-start gap-2")}
            >
              {body}
              {!isLast ? (
                <span
                  aria-hidden="true"
                  className={cn(
                    state === "done" ? "bg-indigo-600" : "bg-slate-200",
                    vertical ? "my-1 ml-3.5 h-6 w-0.5" : "mt-3.5 hidden h-0.5 min-w-4 flex-1 sm:block",
                  )}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export type Stage = {
  value: string;
  label: string;
  /** Win probability / completion of this stage, 0–100. */
  percent: number;
};

export type StageProgressProps = {
  /** The ordered pipeline, e.g. Prospect 10 → Qualified 30 → … → Launched 100. */
  stages: readonly Stage[];
  /** The current stage's value. */
  current: string;
  /**
   * An outcome outside the pipeline (e.g. "Closed lost"): shown in red with the stage reached.
   * `current` is then the last stage reached.
   */
  terminal?: { label: string; tone?: "danger" | "neutral" };
  /** Accessible name. Default "Deal stage". */
  label?: string;
  className?: string;
};

/**
 * Percentage variant of the stepper for deal stages: segmented pipeline plus a progressbar
 * (aria-valuenow = current stage's percent, aria-valuetext = "Qualified, 30%"). Server-safe.
 */
export function StageProgress({ stages, current, terminal, label = "Deal stage", className }: StageProgressProps) {
  const currentIndex = stages.findIndex((s) => s.value === current);
  const currentStage = currentIndex >= 0 ? stages[currentIndex] : undefined;
  const percent = Math.min(100, Math.max(0, currentStage?.percent ?? 0));
  const danger = terminal && terminal.tone !== "neutral";
  const valueText = terminal
    ? `${terminal.label}${currentStage ? ` (${currentStage.label}, ${percent}%)` : ""}`
    : currentStage
      ? `${currentStage.label}, ${percent}%`
      : `${percent}%`;
  return (
    <div className={cn("grid gap-2", className)}>
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium text-slate-900">
          {terminal ? (
            <span className={cn("inline-flex items-center gap-1", danger ? "text-red-700" : "text-slate-700")}>
              <X aria-hidden="true" className="size-4" />
              {terminal.label}
            </span>
          ) : (
            (currentStage?.label ?? "—")
          )}
        </span>
        <span aria-hidden="true" className="text-slate-600 tabular-nums">
          {percent}%
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={valueText}
        className="flex gap-1"
      >
        {stages.map((stage, index) => {
          const reached = currentIndex >= 0 && index <= currentIndex;
          return (
            <span
              key={stage.value}
              aria-hidden="true"
              title={`${stage.label} · ${stage.percent}%`}
              className={cn(
                "h-2 flex-1 rounded-full",
                !reached && "bg-slate-200",
                reached && (danger ? "bg-red-400" : terminal ? "bg-slate-400" : "bg-indigo-600"),
                index === currentIndex && !terminal && "bg-indigo-600 ring-2 ring-indigo-200",
              )}
            />
          );
        })}
      </div>
      <ol className="hidden grid-flow-col gap-1 text-xs text-slate-500 sm:grid" style={{ gridAutoColumns: "minmax(0, 1fr)" }}>
        {stages.map((stage, index) => (
          <li
            key={stage.value}
            aria-current={index === currentIndex && !terminal ? "step" : undefined}
            className={cn("truncate", index === currentIndex && "font-medium text-slate-900")}
          >
            {stage.label} <span className="tabular-nums">{stage.percent}%</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
