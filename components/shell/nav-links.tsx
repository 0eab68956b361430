"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { BadgeCheck, Briefcase, Building2, ClipboardCheck, Coins, Handshake, Home, Inbox, Link2, Send, Settings, Share2, Users } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav-items";

const ICONS = {
  home: Home,
  briefcase: Briefcase,
  clipboard: ClipboardCheck,
  inbox: Inbox,
  handshake: Handshake,
  building: Building2,
  users: Users,
  link: Link2,
  settings: Settings,
  coins: Coins,
  badgeCheck: BadgeCheck,
  send: Send,
  share: Share2,
} as const;

export function NavLinks({ items, labels, onNavigate }: { items: NavItem[]; labels: Record<string, string>; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        const active = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(item.href + "/");
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium outline-none transition-colors focus-visible:ring-2 focus-visible:ring-indigo-500",
                active ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              <Icon aria-hidden className="h-4 w-4 shrink-0" />
              {labels[item.label]}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
