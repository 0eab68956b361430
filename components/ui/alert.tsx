import type { ComponentProps, ReactNode } from "react";
import { CircleCheck, CircleExclamationPoint, Info, TriangleExclamationPoint } from "lucide-react";
import { cn } from "./cn";

export type AlertVariant = "info" | "success" | "warning" | "danger";

const variantClasses: Record<AlertVariant, string> = {
  info: "border-sky-200 bg-sky-50 text-sky-900 [&_[data-alert-icon]]:text-sky-600",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900 [&_[data-alert-icon]]:text-emerald-600",
  warning: "border-amber-200 bg-amber-50 text-amber-900 [&_[data-alert-icon]]:text-amber-600",
  danger: "border-red-200 bg-red-50 text-red-900 [&_[data-alert-icon]]:text-red-600",
};

const icons = {
  info: Info,
  success: CircleCheck,
  warning: TriangleExclamationPoint,
  danger: CircleExclamationPoint,
} as const;

export type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  variant?: AlertVariant;
  title?: ReactNode;
  /**
   * Make it a live region so it is announced when it appears (role="alert" for danger/warning,
   * role="status" otherwise). Leave off for callouts that are part of the page from the start.
   */
  live?: boolean;
  /** Replace the default icon, or `null` for none. */
  icon?: ReactNode;
  /** Right-aligned slot, e.g. a button. */
  action?: ReactNode;
};

/** Callout / inline message. Server-safe. `<Alert variant="warning" title="Expiring soon">…</Alert>` */
export function Alert({ variant = "info", title, live = false, icon, action, className, children, ...props }: AlertProps) {
  const Icon = icons[variant];
  const role = live ? (variant === "danger" || variant === "warning" ? "alert" : "status") : undefined;
  return (
    <div role={role} className={cn("flex gap-3 rounded-md border p-4 text-sm", variantClasses[variant], className)} {...props}>
      {icon === null ? null : (
        <span data-alert-icon="" aria-hidden="true" className="mt-0.5 shrink-0 [&_svg]:size-4">
          {icon ?? <Icon />}
        </span>
      )}
      <div className="grid min-w-0 flex-1 gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="[&_a]:font-medium [&_a]:underline">{children}</div> : null}
      </div>
      {action ? <div className="shrink-0 self-start">{action}</div> : null}
    </div>
  );
}

/** Alias: the same component reads better for static notes. */
export const Callout = Alert;
