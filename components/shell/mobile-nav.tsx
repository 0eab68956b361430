"use client";

import { useState } from "react";
import { Menu, X } from "lucide-react";
import { NavLinks } from "./nav-links";
import type { NavItem } from "./nav-items";

export function MobileNav({ items, labels, openLabel, navLabel }: { items: NavItem[]; labels: Record<string, string>; openLabel: string; navLabel: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-label={openLabel}
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen((o) => !o)}
        className="rounded-md p-2 text-slate-700 hover:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      >
        {open ? <X className="h-5 w-5" aria-hidden /> : <Menu className="h-5 w-5" aria-hidden />}
      </button>
      {open && (
        <nav id="mobile-nav" aria-label={navLabel} className="absolute inset-x-0 top-14 z-40 border-b border-slate-200 bg-white p-3 shadow-lg">
          <NavLinks items={items} labels={labels} onNavigate={() => setOpen(false)} />
        </nav>
      )}
    </div>
  );
}
