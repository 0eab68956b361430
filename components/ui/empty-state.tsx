import { isValidElement, type ComponentType, type ReactNode } from "react";
import { cn } from "./cn";

export type EmptyStateProps = {
  /** A lucide icon component (`icon={Inbox}`) or any element. Decorative. */
  icon?: ComponentType<{ className?: string; "aria-hidden"?: boolean | "true" }> | ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** Call to action, e.g. `<Button asChild><Link href="/referrals/new">New referral</Link></Button>`. */
  action?: ReactNode;
  /** Heading level of the title. Default h2. */
  headingLevel?: "h2" | "h3" | "h4";
  className?: string;
};

/** "Nothing here yet" panel for lists, tables and tabs. Server-safe. */
export function EmptyState({ icon, title, description, action, headingLevel = "h2", className }: EmptyStateProps) {
  const Heading = headingLevel;
  let iconNode: ReactNode = null;
  if (isValidElement(icon)) {
    iconNode = icon;
  } else if (typeof icon === "function" || (typeof icon === "object" && icon !== null && "$$typeof" in icon)) {
    const Icon = icon as ComponentType<{ className?: string; "aria-hidden"?: boolean | "true" }>;
    iconNode = <Icon aria-hidden="true" className="size-6" />;
  }
  return (
    <div className={cn("flex flex-col items-center justify-center gap-3 px-6 py-12 text-center", className)}>
      {iconNode ? (
        <div aria-hidden="true" className="grid size-12 place-items-center rounded-full bg-slate-100 text-slate-500">
          {iconNode}
        </div>
      ) : null}
      <div className="grid max-w-md gap-1">
        <Heading className="text-base font-semibold text-slate-900">{title}</Heading>
        {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      </div>
      {action ? <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
