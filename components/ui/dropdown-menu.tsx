"use client";

import type { ComponentProps } from "react";
import { DropdownMenu as RadixMenu } from "radix-ui";
import { Check, ChevronRight, Circle } from "lucide-react";
import { cn } from "./cn";

/**
 * Menu button (Radix): arrow keys, typeahead, Escape; focus returns to the trigger.
 *
 *   <DropdownMenu>
 *     <DropdownMenuTrigger asChild>
 *       <Button variant="ghost" size="icon" aria-label="Actions for Acme deal"><Ellipsis /></Button>
 *     </DropdownMenuTrigger>
 *     <DropdownMenuContent align="end">
 *       <DropdownMenuItem asChild><Link href={...}>Edit</Link></DropdownMenuItem>
 *       <DropdownMenuSeparator />
 *       <DropdownMenuItem variant="destructive" onSelect={...}>Delete</DropdownMenuItem>
 *     </DropdownMenuContent>
 *   </DropdownMenu>
 *
 * To open a Dialog from an item, control the dialog's `open` state from `onSelect`
 * (render the Dialog outside the menu).
 */
export const DropdownMenu = RadixMenu.Root;
export const DropdownMenuTrigger = RadixMenu.Trigger;
export const DropdownMenuGroup = RadixMenu.Group;
export const DropdownMenuRadioGroup = RadixMenu.RadioGroup;
export const DropdownMenuSub = RadixMenu.Sub;

const itemBase =
  "relative flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm text-slate-800 outline-none select-none " +
  "data-[highlighted]:bg-slate-100 data-[highlighted]:text-slate-900 data-[disabled]:pointer-events-none data-[disabled]:opacity-50 " +
  "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4 [&_svg:not([class*='text-'])]:text-slate-500";

export function DropdownMenuContent({ className, sideOffset = 4, ...props }: ComponentProps<typeof RadixMenu.Content>) {
  return (
    <RadixMenu.Portal>
      <RadixMenu.Content
        sideOffset={sideOffset}
        className={cn(
          "z-50 max-h-(--radix-dropdown-menu-content-available-height) min-w-40 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 text-slate-900 shadow-lg",
          className,
        )}
        {...props}
      />
    </RadixMenu.Portal>
  );
}

export function DropdownMenuItem({
  className,
  variant = "default",
  inset = false,
  ...props
}: ComponentProps<typeof RadixMenu.Item> & { variant?: "default" | "destructive"; inset?: boolean }) {
  return (
    <RadixMenu.Item
      className={cn(
        itemBase,
        inset && "pl-8",
        variant === "destructive" &&
          "text-red-700 data-[highlighted]:bg-red-50 data-[highlighted]:text-red-800 [&_svg:not([class*='text-'])]:text-red-600",
        className,
      )}
      {...props}
    />
  );
}

export function DropdownMenuCheckboxItem({ className, children, ...props }: ComponentProps<typeof RadixMenu.CheckboxItem>) {
  return (
    <RadixMenu.CheckboxItem className={cn(itemBase, "pl-8", className)} {...props}>
      <span className="absolute left-2 grid size-4 place-items-center">
        <RadixMenu.ItemIndicator>
          <Check aria-hidden="true" className="size-4 text-indigo-600" />
        </RadixMenu.ItemIndicator>
      </span>
      {children}
    </RadixMenu.CheckboxItem>
  );
}

export function DropdownMenuRadioItem({ className, children, ...props }: ComponentProps<typeof RadixMenu.RadioItem>) {
  return (
    <RadixMenu.RadioItem className={cn(itemBase, "pl-8", className)} {...props}>
      <span className="absolute left-2 grid size-4 place-items-center">
        <RadixMenu.ItemIndicator>
          <Circle aria-hidden="true" className="size-2 fill-indigo-600 text-indigo-600" />
        </RadixMenu.ItemIndicator>
      </span>
      {children}
    </RadixMenu.RadioItem>
  );
}

export function DropdownMenuLabel({ className, inset = false, ...props }: ComponentProps<typeof RadixMenu.Label> & { inset?: boolean }) {
  return <RadixMenu.Label className={cn("px-2 py-1.5 text-xs font-semibold text-slate-500", inset && "pl-8", className)} {...props} />;
}

export function DropdownMenuSeparator({ className, ...props }: ComponentProps<typeof RadixMenu.Separator>) {
  return <RadixMenu.Separator className={cn("-mx-1 my-1 h-px bg-slate-200", className)} {...props} />;
}

export function DropdownMenuSubTrigger({ className, children, ...props }: ComponentProps<typeof RadixMenu.SubTrigger>) {
  return (
    <RadixMenu.SubTrigger className={cn(itemBase, "data-[state=open]:bg-slate-100", className)} {...props}>
      {children}
      <ChevronRight aria-hidden="true" className="ml-auto size-4" />
    </RadixMenu.SubTrigger>
  );
}

export function DropdownMenuSubContent({ className, ...props }: ComponentProps<typeof RadixMenu.SubContent>) {
  return (
    <RadixMenu.Portal>
      <RadixMenu.SubContent
        className={cn("z-50 min-w-40 rounded-md border border-slate-200 bg-white p-1 shadow-lg", className)}
        {...props}
      />
    </RadixMenu.Portal>
  );
}
