import { OpportunityDetailSkeleton } from "@/components/opportunities/detail-skeleton";

export default function Loading() {
  return <OpportunityDetailSkeleton />;
}
