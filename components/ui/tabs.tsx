"use client";

import type { ComponentProps } from "react";
import { Tabs as RadixTabs } from "radix-ui";
import { cn } from "./cn";
import { focusRing } from "./styles";

/**
 * In-page tabs (Radix, ARIA tabs pattern: arrow keys move between tabs). For tabs that are
 * separate URLs use `<TabLinks>` instead.
 *
 *   <Tabs defaultValue="details">
 *     <TabsList aria-label="Opportunity">
 *       <TabsTrigger value="details">Details</TabsTrigger>
 *       <TabsTrigger value="activity">Activity</TabsTrigger>
 *     </TabsList>
 *     <TabsContent value="details">…</TabsContent>
 *   </Tabs>
 */
export function Tabs({ className, ...props }: ComponentProps<typeof RadixTabs.Root>) {
  return <RadixTabs.Root className={cn("grid gap-4", className)} {...props} />;
}

export function TabsList({ className, ...props }: ComponentProps<typeof RadixTabs.List>) {
  return <RadixTabs.List className={cn("flex w-full items-end gap-1 overflow-x-auto border-b border-slate-200", className)} {...props} />;
}

export const tabClasses = cn(
  "-mb-px inline-flex shrink-0 cursor-pointer items-center gap-2 border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-600",
  "hover:border-slate-300 hover:text-slate-900 disabled:pointer-events-none disabled:opacity-50",
  "data-[state=active]:border-indigo-600 data-[state=active]:text-indigo-700",
  "aria-[current=page]:border-indigo-600 aria-[current=page]:text-indigo-700",
  focusRing,
  "focus-visible:outline-offset-[-2px]",
);

export function TabsTrigger({ className, ...props }: ComponentProps<typeof RadixTabs.Trigger>) {
  return <RadixTabs.Trigger className={cn(tabClasses, className)} {...props} />;
}

export function TabsContent({ className, ...props }: ComponentProps<typeof RadixTabs.Content>) {
  return <RadixTabs.Content className={cn(focusRing, "rounded-md", className)} {...props} />;
}
