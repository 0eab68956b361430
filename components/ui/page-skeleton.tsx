import { Skeleton } from "./skeleton";

/** The generic loading state of a portal page: a heading, a line of text and a block of content. */
export function PageSkeleton({ label = "Loading…" }: { label?: string }) {
  return (
    <div aria-busy="true" className="space-y-4">
      <span role="status" className="sr-only">
        {label}
      </span>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <Skeleton className="h-72 w-full" />
    </div>
  );
}
