import { cn } from "./cn";

export type ProgressProps = {
  /** Current value, clamped to [0, max]. */
  value: number;
  max?: number;
  /** Accessible name (e.g. "Profile completion"). Required unless `labelledBy` is given. */
  label?: string;
  labelledBy?: string;
  /** Human-readable value for assistive tech, e.g. "3 of 5 steps". Default: the percentage. */
  valueText?: string;
  /** Show the label and percentage above the bar. */
  showValue?: boolean;
  tone?: "accent" | "success" | "warning" | "danger";
  size?: "sm" | "md";
  className?: string;
};

const toneClasses = {
  accent: "bg-indigo-600",
  success: "bg-emerald-600",
  warning: "bg-amber-500",
  danger: "bg-red-600",
} as const;

/** Determinate progress bar (role="progressbar" with aria-valuenow/min/max). Server-safe. */
export function Progress({
  value,
  max = 100,
  label,
  labelledBy,
  valueText,
  showValue = false,
  tone = "accent",
  size = "md",
  className,
}: ProgressProps) {
  const safeMax = max > 0 ? max : 100;
  const clamped = Math.min(Math.max(Number.isFinite(value) ? value : 0, 0), safeMax);
  const percent = Math.round((clamped / safeMax) * 100);
  return (
    <div className={cn("grid gap-1.5", className)}>
      {showValue ? (
        <div className="flex items-baseline justify-between gap-2 text-sm" aria-hidden="true">
          <span className="font-medium text-slate-800">{label}</span>
          <span className="text-slate-600 tabular-nums">{valueText ?? `${percent}%`}</span>
        </div>
      ) : null}
      <div
        role="progressbar"
        aria-label={labelledBy ? undefined : label}
        aria-labelledby={labelledBy}
        aria-valuenow={clamped}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuetext={valueText ?? `${percent}%`}
        className={cn("w-full overflow-hidden rounded-full bg-slate-200", size === "sm" ? "h-1.5" : "h-2.5")}
      >
        <div
          className={cn("h-full rounded-full transition-[width] motion-reduce:transition-none", toneClasses[tone])}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
