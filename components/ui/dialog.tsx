"use client";

import type { ComponentProps, ReactNode } from "react";
import { Dialog as RadixDialog, VisuallyHidden } from "radix-ui";
import { X } from "lucide-react";
import { cn } from "./cn";
import { focusRing } from "./styles";

/**
 * Modal dialog (Radix): focus is trapped, Escape closes, focus returns to the trigger.
 *
 *   <Dialog>
 *     <DialogTrigger asChild><Button>Invite</Button></DialogTrigger>
 *     <DialogContent title="Invite a user" description="They receive an e-mail with a link.">
 *       <form action={...}>…<DialogFooter><DialogClose asChild><Button variant="outline">Cancel</Button></DialogClose>
 *       <SubmitButton>Send</SubmitButton></DialogFooter></form>
 *     </DialogContent>
 *   </Dialog>
 *
 * Controlled: `<Dialog open={open} onOpenChange={setOpen}>`.
 */
export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

const sizeClasses = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl", xl: "max-w-4xl" } as const;

export function DialogOverlay({ className, ...props }: ComponentProps<typeof RadixDialog.Overlay>) {
  return <RadixDialog.Overlay className={cn("fixed inset-0 z-50 bg-slate-950/50", className)} {...props} />;
}

export type DialogContentProps = Omit<ComponentProps<typeof RadixDialog.Content>, "title"> & {
  /** Required: the dialog's accessible name (rendered as the heading). */
  title: ReactNode;
  /** Required: the dialog's accessible description. Use `hideDescription` to keep it screen-reader only. */
  description: ReactNode;
  hideDescription?: boolean;
  size?: keyof typeof sizeClasses;
  /** Show the × close button. Default true. */
  showClose?: boolean;
  /** Accessible name of the × button. Default "Close". */
  closeLabel?: string;
};

export function DialogContent({
  title,
  description,
  hideDescription = false,
  size = "md",
  showClose = true,
  closeLabel = "Close",
  className,
  children,
  ...props
}: DialogContentProps) {
  const descriptionNode = <RadixDialog.Description className="text-sm text-slate-600">{description}</RadixDialog.Description>;
  return (
    <RadixDialog.Portal>
      <DialogOverlay />
      <RadixDialog.Content
        className={cn(
          "fixed top-1/2 left-1/2 z-50 grid max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto",
          "rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl focus:outline-none",
          sizeClasses[size],
          className,
        )}
        {...props}
      >
        <div className="grid gap-1.5 pr-6">
          <RadixDialog.Title className="text-lg leading-6 font-semibold text-slate-900">{title}</RadixDialog.Title>
          {hideDescription ? <VisuallyHidden.Root asChild>{descriptionNode}</VisuallyHidden.Root> : descriptionNode}
        </div>
        {children}
        {showClose ? (
          <RadixDialog.Close
            className={cn(
              "absolute top-4 right-4 grid size-8 cursor-pointer place-items-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900",
              focusRing,
            )}
            aria-label={closeLabel}
          >
            <X aria-hidden="true" className="size-4" />
          </RadixDialog.Close>
        ) : null}
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

/** Action row at the bottom of a dialog; stacks on small screens (primary action first visually on the right). */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
