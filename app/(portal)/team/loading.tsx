import { PageSkeleton } from "@/components/people/page-skeleton";

export default function Loading() {
  return <PageSkeleton rows={7} />;
}
