import type { ReactNode } from "react";
import { cn } from "./cn";

export type DescriptionItem = {
  term: ReactNode;
  /** null/undefined/"" render the `emptyValue` placeholder. */
  value: ReactNode;
  /** Span the full width in a multi-column layout (long text, addresses). */
  fullWidth?: boolean;
  /** Omit the item entirely (e.g. a field the actor may not see). */
  hidden?: boolean;
  /** React key; defaults to the index. */
  key?: string;
};

export type DescriptionListProps = {
  items: readonly DescriptionItem[];
  /** Default 2 (1 on small screens). */
  columns?: 1 | 2 | 3;
  /** Placeholder for empty values. Default "—" (with "Not provided" for screen readers). */
  emptyValue?: ReactNode;
  emptyValueLabel?: string;
  className?: string;
};

const columnClasses = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-2 lg:grid-cols-3" } as const;

/** Term/value pairs for detail pages, as a semantic `<dl>`. Server-safe. */
export function DescriptionList({
  items,
  columns = 2,
  emptyValue = "—",
  emptyValueLabel = "Not provided",
  className,
}: DescriptionListProps) {
  const visible = items.filter((item) => !item.hidden);
  return (
    <dl className={cn("grid grid-cols-1 gap-x-6 gap-y-4", columnClasses[columns], className)}>
      {visible.map((item, index) => {
        const empty = item.value === null || item.value === undefined || item.value === "";
        return (
          <div key={item.key ?? index} className={cn("grid min-w-0 content-start gap-1", item.fullWidth && "sm:col-span-full")}>
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{item.term}</dt>
            <dd className="text-sm break-words text-slate-900">
              {empty ? (
                <>
                  <span aria-hidden="true" className="text-slate-400">
                    {emptyValue}
                  </span>
                  <span className="sr-only">{emptyValueLabel}</span>
                </>
              ) : (
                item.value
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
