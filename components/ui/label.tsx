import type { ComponentProps } from "react";
import { cn } from "./cn";

export type LabelProps = ComponentProps<"label"> & {
  /** Shows a visual "*" (hidden from assistive tech: the control's `required` is announced instead). */
  required?: boolean;
};

/** A plain `<label>`; server-safe. */
export function Label({ className, required, children, ...props }: LabelProps) {
  return (
    <label className={cn("text-sm leading-none font-medium text-slate-800", className)} {...props}>
      {children}
      {required ? (
        <span aria-hidden="true" className="ml-0.5 text-red-600">
          *
        </span>
      ) : null}
    </label>
  );
}
