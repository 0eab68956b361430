import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import { cn } from "./cn";
import { focusRing } from "./styles";
import { Spinner } from "./spinner";

export type ButtonVariant = "primary" | "secondary" | "outline" | "ghost" | "destructive" | "link";
export type ButtonSize = "sm" | "md" | "lg" | "icon" | "icon-sm";

const variantClasses: Record<ButtonVariant, string> = {
  primary: "bg-indigo-600 text-white shadow-xs hover:bg-indigo-700 active:bg-indigo-800",
  secondary: "bg-slate-100 text-slate-900 hover:bg-slate-200 active:bg-slate-300",
  outline: "border border-slate-300 bg-white text-slate-900 shadow-xs hover:bg-slate-50 active:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200",
  destructive: "bg-red-600 text-white shadow-xs hover:bg-red-700 active:bg-red-800 focus-visible:outline-red-600",
  link: "text-indigo-700 underline-offset-4 hover:underline",
};

const sizeClasses: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-xs",
  md: "h-9 px-4 text-sm",
  lg: "h-10 px-5 text-sm",
  icon: "size-9",
  "icon-sm": "size-8",
};

/**
 * Class names of a button, for elements that must look like one without being <Button>
 * (e.g. Radix `AlertDialog.Action`).
 */
export function buttonVariants({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(
    "inline-flex shrink-0 cursor-pointer items-center justify-center gap-2 rounded-md font-medium whitespace-nowrap transition-colors select-none",
    "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50",
    "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
    focusRing,
    variantClasses[variant],
    variant === "link" ? "h-auto px-0" : sizeClasses[size],
    className,
  );
}

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Render the single child element (e.g. a next/link `<Link>`) with button styling. */
  asChild?: boolean;
  /**
   * Disables the button, shows a spinner and sets aria-busy. Keep the label text visible.
   * With `asChild` only aria-busy/aria-disabled are applied (no spinner is injected).
   */
  loading?: boolean;
};

/**
 * Server-safe button. `type` defaults to "button" (pass `type="submit"` in forms).
 * Icon-only buttons (`size="icon"`) need an `aria-label`.
 *
 *   <Button>Save</Button>
 *   <Button variant="outline" asChild><Link href="/x">Open</Link></Button>
 *   <Button size="icon" variant="ghost" aria-label="Delete"><Trash2 /></Button>
 */
export function Button({
  variant = "primary",
  size = "md",
  asChild = false,
  loading = false,
  disabled,
  className,
  children,
  type,
  ...props
}: ButtonProps) {
  const classes = buttonVariants({ variant, size, className });
  if (asChild) {
    return (
      <Slot.Root className={classes} aria-busy={loading || undefined} aria-disabled={disabled || loading || undefined} {...props}>
        {children}
      </Slot.Root>
    );
  }
  return (
    <button type={type ?? "button"} className={classes} disabled={disabled || loading} aria-busy={loading || undefined} {...props}>
      {loading ? <Spinner decorative /> : null}
      {children}
    </button>
  );
}
