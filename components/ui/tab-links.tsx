"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";
import { tabClasses } from "./tabs";

export type TabLinkItem = {
  href: string;
  label: string;
  /** Identifies the tab for `value`. Defaults to `href`. */
  value?: string;
  /** Optional count shown as a small pill, e.g. open tasks. */
  count?: number;
};

export type TabLinksProps = {
  /** Accessible name of the navigation, e.g. "Opportunity sections". */
  label: string;
  items: readonly TabLinkItem[];
  /**
   * The active tab's `value`. Omit to derive it from the current pathname (longest `href`
   * that equals or prefixes it), which suits path-segment tabs rendered from a layout.
   * Pass it for query-string tabs (`?tab=`), which the pathname cannot tell apart.
   */
  value?: string;
  className?: string;
};

function pathOf(href: string): string {
  const path = href.split(/[?#]/)[0] ?? href;
  return path.length > 1 ? path.replace(/\/$/, "") : path;
}

/**
 * URL-driven tabs: a `<nav>` of links, the active one with aria-current="page". Each tab is
 * a real page (works without JS, shareable, back button), so this is link navigation, not
 * the ARIA tabs widget.
 *
 *   <TabLinks label="Opportunity sections" items={[
 *     { href: `/opportunities/${id}`, label: "Overview" },
 *     { href: `/opportunities/${id}/activity`, label: "Activity", count: 3 },
 *   ]} />
 */
export function TabLinks({ label, items, value, className }: TabLinksProps) {
  const pathname = usePathname();
  let active = value;
  if (active === undefined) {
    let best = -1;
    for (const item of items) {
      const p = pathOf(item.href);
      const matches = pathname === p || (p !== "/" && pathname.startsWith(`${p}/`));
      if (matches && p.length > best) {
        best = p.length;
        active = item.value ?? item.href;
      }
    }
  }
  return (
    <nav aria-label={label} className={cn("border-b border-slate-200", className)}>
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {items.map((item) => {
          const isActive = (item.value ?? item.href) === active;
          return (
            <li key={item.value ?? item.href} className="flex">
              <Link href={item.href} aria-current={isActive ? "page" : undefined} className={cn(tabClasses, "mb-0")}>
                {item.label}
                {item.count !== undefined ? (
                  <span
                    className={cn(
                      "rounded-full px-1.5 py-0.5 text-xs tabular-nums",
                      isActive ? "bg-indigo-100 text-indigo-700" : "bg-slate-100 text-slate-600",
                    )}
                  >
                    {item.count}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
