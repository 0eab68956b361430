import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

export type SpinnerProps = {
  /** Announced to assistive technology (role="status"). Default "Loading". */
  label?: string;
  /** Hide from assistive technology, e.g. when the parent already has aria-busy. */
  decorative?: boolean;
  size?: "sm" | "md" | "lg";
  className?: string;
};

const sizes = { sm: "size-4", md: "size-5", lg: "size-8" } as const;

/** An indeterminate loading indicator. Server-safe. */
export function Spinner({ label = "Loading", decorative = false, size = "sm", className }: SpinnerProps) {
  const icon = (
    <LoaderCircle aria-hidden="true" className={cn("animate-spin text-current motion-reduce:animate-none", sizes[size], className)} />
  );
  if (decorative) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
