import type { MouseEvent, ReactNode } from "react";
import Link from "next/link";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { buttonVariants } from "./button";
import { cn } from "./cn";

export type PaginationLabels = {
  /** Accessible name of the nav. */
  nav: string;
  first: string;
  previous: string;
  next: string;
  last: string;
  /** Accessible name of a numbered page link. */
  page: (page: number) => string;
  /** Visible "Page 3 of 10" text on small screens. */
  pageOf: (page: number, pageCount: number) => string;
};

export const defaultPaginationLabels: PaginationLabels = {
  nav: "Pagination",
  first: "First page",
  previous: "Previous page",
  next: "Next page",
  last: "Last page",
  page: (p) => `Page ${p}`,
  pageOf: (p, n) => `Page ${p} of ${n}`,
};

export type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  /** URL of a page; links work without JS and can be opened in a new tab. */
  getHref: (page: number) => string;
  /**
   * Client-side interception of a plain left click (e.g. to navigate inside a transition).
   * Call `event.preventDefault()` yourself if you handle it. Only usable from client components.
   */
  onNavigate?: (page: number, event: MouseEvent<HTMLAnchorElement>) => void;
  /** Pages shown either side of the current one. Default 1. */
  siblingCount?: number;
  labels?: Partial<PaginationLabels>;
  className?: string;
};

type PageItem = number | "ellipsis-start" | "ellipsis-end";

/** The page numbers to show, with ellipses: 1 … 4 5 6 … 20. Exported for tests. */
export function pageItems(page: number, pageCount: number, siblingCount = 1): PageItem[] {
  const total = Math.max(1, pageCount);
  const current = Math.min(Math.max(1, page), total);
  // first + last + current + 2*siblings + 2 ellipses
  if (total <= 5 + 2 * siblingCount) return Array.from({ length: total }, (_, i) => i + 1);
  const start = Math.max(2, current - siblingCount);
  const end = Math.min(total - 1, current + siblingCount);
  const items: PageItem[] = [1];
  if (start > 3) items.push("ellipsis-start");
  else for (let p = 2; p < start; p++) items.push(p);
  for (let p = start; p <= end; p++) items.push(p);
  if (end < total - 2) items.push("ellipsis-end");
  else for (let p = end + 1; p < total; p++) items.push(p);
  items.push(total);
  return items;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Page links in a `<nav>`; the current page has aria-current="page". Server-safe when used
 * without `onNavigate`:
 *
 *   <Pagination page={page} pageCount={pages} getHref={(p) => `/partners?page=${p}`} />
 */
export function Pagination({ page, pageCount, getHref, onNavigate, siblingCount = 1, labels, className }: PaginationProps) {
  const l = { ...defaultPaginationLabels, ...labels };
  const total = Math.max(1, pageCount);
  const current = Math.min(Math.max(1, page), total);

  const link = (target: number, content: ReactNode, ariaLabel: string, opts: { disabled?: boolean; current?: boolean } = {}) => {
    const classes = buttonVariants({
      variant: opts.current ? "outline" : "ghost",
      size: "icon-sm",
      className: cn("min-w-8 w-auto px-2 tabular-nums", opts.current && "border-indigo-600 text-indigo-700"),
    });
    if (opts.disabled) {
      return (
        <span aria-disabled="true" aria-label={ariaLabel} role="link" className={classes}>
          {content}
        </span>
      );
    }
    return (
      <Link
        href={getHref(target)}
        aria-label={ariaLabel}
        aria-current={opts.current ? "page" : undefined}
        className={classes}
        onClick={
          onNavigate
            ? (event) => {
                if (isPlainLeftClick(event)) onNavigate(target, event);
              }
            : undefined
        }
      >
        {content}
      </Link>
    );
  };

  return (
    <nav aria-label={l.nav} className={cn("flex items-center", className)}>
      <ul className="flex items-center gap-1">
        <li>{link(1, <ChevronsLeft aria-hidden="true" />, l.first, { disabled: current === 1 })}</li>
        <li>{link(current - 1, <ChevronLeft aria-hidden="true" />, l.previous, { disabled: current === 1 })}</li>
        <li className="px-2 text-sm text-slate-600 tabular-nums sm:hidden">{l.pageOf(current, total)}</li>
        {pageItems(current, total, siblingCount).map((item) =>
          typeof item === "number" ? (
            <li key={item} className="hidden sm:block">
              {link(item, item, l.page(item), { current: item === current })}
            </li>
          ) : (
            <li key={item} aria-hidden="true" className="hidden px-1 text-slate-400 sm:block">
              …
            </li>
          ),
        )}
        <li>{link(current + 1, <ChevronRight aria-hidden="true" />, l.next, { disabled: current === total })}</li>
        <li>{link(total, <ChevronsRight aria-hidden="true" />, l.last, { disabled: current === total })}</li>
      </ul>
    </nav>
  );
}
