import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * A decorative placeholder block (aria-hidden). Size it with classes: `<Skeleton className="h-4 w-32" />`.
 * A loading region should also expose a text status, e.g. `<Spinner label="Loading opportunities" />`
 * or `<span role="status" className="sr-only">Loading…</span>`.
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none", className)} {...props} />
  );
}
