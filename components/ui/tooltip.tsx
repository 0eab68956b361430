"use client";

import type { ComponentProps, ReactNode } from "react";
import { Tooltip as RadixTooltip } from "radix-ui";
import { cn } from "./cn";

/**
 * Tooltips supplement, never replace, an accessible name: an icon-only button still needs
 * its own `aria-label`. Tooltip content is exposed as the trigger's description and shows on
 * hover and keyboard focus; Escape dismisses.
 *
 *   <Tooltip content="Copy link"><Button size="icon" variant="ghost" aria-label="Copy link"><Copy /></Button></Tooltip>
 *
 * Put one `<TooltipProvider>` near the root to share the open delay; `<Tooltip>` works without it.
 */
export function TooltipProvider({ delayDuration = 300, ...props }: ComponentProps<typeof RadixTooltip.Provider>) {
  return <RadixTooltip.Provider delayDuration={delayDuration} {...props} />;
}

export const TooltipRoot = RadixTooltip.Root;
export const TooltipTrigger = RadixTooltip.Trigger;

export function TooltipContent({ className, sideOffset = 6, children, ...props }: ComponentProps<typeof RadixTooltip.Content>) {
  return (
    <RadixTooltip.Portal>
      <RadixTooltip.Content
        sideOffset={sideOffset}
        className={cn("z-50 max-w-xs rounded-md bg-slate-900 px-2.5 py-1.5 text-xs text-white shadow-md", className)}
        {...props}
      >
        {children}
        <RadixTooltip.Arrow className="fill-slate-900" />
      </RadixTooltip.Content>
    </RadixTooltip.Portal>
  );
}

export type TooltipProps = {
  content: ReactNode;
  /** A single focusable element (button, link). */
  children: ReactNode;
  side?: "top" | "right" | "bottom" | "left";
  align?: "start" | "center" | "end";
  delayDuration?: number;
};

/** Convenience wrapper: provider + root + trigger (asChild) + content. */
export function Tooltip({ content, children, side = "top", align = "center", delayDuration = 300 }: TooltipProps) {
  return (
    <RadixTooltip.Provider delayDuration={delayDuration}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <TooltipContent side={side} align={align}>
          {content}
        </TooltipContent>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
