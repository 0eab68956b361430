import { useTranslations } from "next-intl";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("opportunities");
  return (
    <div aria-busy="true" className="grid gap-5">
      <div className="grid gap-2">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <DataTableSkeleton columns={8} rows={10} label={t("review.loading")} />
    </div>
  );
}
