import { PageSkeleton } from "@/components/people/page-skeleton";

export default function Loading() {
  return <PageSkeleton cards={2} rows={4} />;
}
