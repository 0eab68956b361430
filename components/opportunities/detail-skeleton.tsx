import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder for the detail and review screens while they load. Server-safe. */
export function OpportunityDetailSkeleton({ tabs = true }: { tabs?: boolean }) {
  const t = useTranslations("opportunities");
  return (
    <div aria-busy="true" className="grid gap-5">
      <span role="status" className="sr-only">
        {t("detail.loading")}
      </span>
      <div className="grid gap-3">
        <Skeleton className="h-4 w-48" />
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="grid gap-2">
            <Skeleton className="h-8 w-80 max-w-full" />
            <Skeleton className="h-4 w-64" />
          </div>
          <div className="flex gap-2">
            <Skeleton className="h-9 w-20" />
            <Skeleton className="h-9 w-28" />
            <Skeleton className="h-9 w-24" />
          </div>
        </div>
      </div>
      <Skeleton className="h-20 w-full" />
      {tabs ? (
        <div className="flex gap-4 border-b border-slate-200 pb-2">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-5 w-20" />
          ))}
        </div>
      ) : null}
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <Skeleton className="h-5 w-40" />
        <div className="grid gap-4 sm:grid-cols-2">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="grid gap-1.5">
              <Skeleton className="h-3 w-24" />
              <Skeleton className="h-4 w-48 max-w-full" />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
