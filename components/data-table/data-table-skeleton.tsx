import { Skeleton } from "@/components/ui/skeleton";

export type DataTableSkeletonProps = {
  columns?: number;
  rows?: number;
  /** Show placeholder filters above. Default true. */
  toolbar?: boolean;
  /** Announced to screen readers. Default "Loading…". */
  label?: string;
};

/** Placeholder for a DataTable in `loading.tsx`. Server-safe. */
export function DataTableSkeleton({ columns = 5, rows = 10, toolbar = true, label = "Loading…" }: DataTableSkeletonProps) {
  return (
    <div className="grid gap-3">
      <span role="status" className="sr-only">
        {label}
      </span>
      {toolbar ? (
        <div className="flex gap-3" aria-hidden="true">
          <Skeleton className="h-9 w-64" />
          <Skeleton className="h-9 w-40" />
        </div>
      ) : null}
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white" aria-hidden="true">
        <div className="flex gap-4 border-b border-slate-200 bg-slate-50 px-3 py-3">
          {Array.from({ length: columns }, (_, i) => (
            <Skeleton key={i} className="h-3 flex-1" />
          ))}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex gap-4 border-b border-slate-100 px-3 py-3.5 last:border-b-0">
            {Array.from({ length: columns }, (_, c) => (
              <Skeleton key={c} className="h-4 flex-1" />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
