import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder for the people pages while they load: a header, optional toolbar, and rows. */
export function PageSkeleton({ toolbar = false, rows = 6, cards = 1 }: { toolbar?: boolean; rows?: number; cards?: number }) {
  const t = useTranslations("common");
  return (
    <div aria-busy="true" className="grid gap-4">
      <span role="status" className="sr-only">
        {t("loading")}
      </span>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-96 max-w-full" />
      {toolbar ? <Skeleton className="h-9 w-full max-w-lg" /> : null}
      {Array.from({ length: cards }, (_, c) => (
        <div key={c} className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4">
          <Skeleton className="mb-2 h-5 w-40" />
          {Array.from({ length: rows }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      ))}
    </div>
  );
}
