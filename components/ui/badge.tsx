import type { ComponentProps } from "react";
import { cn } from "./cn";

export type BadgeVariant = "neutral" | "info" | "success" | "warning" | "danger" | "accent" | "outline";

const variantClasses: Record<BadgeVariant, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-500/20",
  info: "bg-sky-50 text-sky-800 ring-sky-600/20",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  warning: "bg-amber-50 text-amber-800 ring-amber-600/25",
  danger: "bg-red-50 text-red-700 ring-red-600/20",
  accent: "bg-indigo-50 text-indigo-700 ring-indigo-600/20",
  outline: "bg-white text-slate-700 ring-slate-300",
};

const dotClasses: Record<BadgeVariant, string> = {
  neutral: "bg-slate-400",
  info: "bg-sky-500",
  success: "bg-emerald-500",
  warning: "bg-amber-500",
  danger: "bg-red-500",
  accent: "bg-indigo-500",
  outline: "bg-slate-400",
};

export type BadgeProps = ComponentProps<"span"> & {
  variant?: BadgeVariant;
  /** A small coloured dot before the text (colour is never the only signal: keep the text). */
  dot?: boolean;
};

/** Server-safe status pill: `<Badge variant="success">Approved</Badge>`. */
export function Badge({ variant = "neutral", dot = false, className, children, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        variantClasses[variant],
        className,
      )}
      {...props}
    >
      {dot ? <span aria-hidden="true" className={cn("size-1.5 rounded-full", dotClasses[variant])} /> : null}
      {children}
    </span>
  );
}
