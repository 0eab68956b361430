import type { ReactNode } from "react";
import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { cn } from "./cn";
import { focusRing } from "./styles";

export type Breadcrumb = { label: string; href?: string };

export type PageHeaderProps = {
  /** The page's h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right (wrap below on small screens). */
  actions?: ReactNode;
  /** Trail of ancestors; the last item is the current page (aria-current="page"). */
  breadcrumbs?: readonly Breadcrumb[];
  /** Accessible name of the breadcrumb nav. Default "Breadcrumb". */
  breadcrumbLabel?: string;
  /** Extra content after the title, e.g. status badges. */
  meta?: ReactNode;
  className?: string;
};

/** Server-safe page title block: breadcrumbs, h1, description, actions. */
export function PageHeader({ title, description, actions, breadcrumbs, breadcrumbLabel = "Breadcrumb", meta, className }: PageHeaderProps) {
  return (
    <header className={cn("grid gap-3 pb-6", className)}>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <nav aria-label={breadcrumbLabel}>
          <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-500">
            {breadcrumbs.map((crumb, index) => {
              const isLast = index === breadcrumbs.length - 1;
              return (
                <li key={`${crumb.label}-${index}`} className="flex items-center gap-1">
                  {crumb.href && !isLast ? (
                    <Link href={crumb.href} className={cn("rounded-sm hover:text-slate-900 hover:underline", focusRing)}>
                      {crumb.label}
                    </Link>
                  ) : (
                    <span aria-current={isLast ? "page" : undefined} className={isLast ? "text-slate-700" : undefined}>
                      {crumb.label}
                    </span>
                  )}
                  {!isLast ? <ChevronRight aria-hidden="true" className="size-3.5 text-slate-400" /> : null}
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid min-w-0 gap-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">{title}</h1>
            {meta}
          </div>
          {description ? <p className="max-w-3xl text-sm text-slate-600">{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
