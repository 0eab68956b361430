"use client";

import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { ChevronDown, LogOut, Settings } from "lucide-react";

export function UserMenu({
  name,
  email,
  organization,
  menuLabel,
  settingsLabel,
  signOutLabel,
  signOut,
}: {
  name: string;
  email: string;
  organization: string;
  menuLabel: string;
  settingsLabel: string;
  signOutLabel: string;
  signOut: () => Promise<void>;
}) {
  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .slice(0, 2)
    .join("")
    .toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={menuLabel}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500"
      >
        <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-700">
          {initials}
        </span>
        <span className="hidden text-left sm:block">
          <span className="block font-medium leading-tight text-slate-900">{name}</span>
          <span className="block text-xs leading-tight text-slate-500">{organization}</span>
        </span>
        <ChevronDown aria-hidden className="h-4 w-4 text-slate-400" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5">
            <span className="block font-medium text-slate-900">{name}</span>
            <span className="block text-xs text-slate-500">{email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-100" />
          <DropdownMenu.Item asChild className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100">
            <Link href="/settings">
              <Settings aria-hidden className="h-4 w-4" /> {settingsLabel}
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-red-700 outline-none data-[highlighted]:bg-red-50"
            onSelect={() => void signOut()}
          >
            <LogOut aria-hidden className="h-4 w-4" /> {signOutLabel}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
