"use client";

import { useState, type ComponentProps, type ReactNode } from "react";
import { AlertDialog as RadixAlertDialog } from "radix-ui";
import { Button, buttonVariants } from "./button";
import { cn } from "./cn";

/**
 * Alert dialog (Radix): for confirmations that interrupt. Not dismissable by clicking outside;
 * initial focus goes to Cancel. Prefer `<ConfirmDialog>` below for the common case.
 */
export const AlertDialog = RadixAlertDialog.Root;
export const AlertDialogTrigger = RadixAlertDialog.Trigger;

export type AlertDialogContentProps = Omit<ComponentProps<typeof RadixAlertDialog.Content>, "title"> & {
  title: ReactNode;
  description: ReactNode;
};

export function AlertDialogContent({ title, description, className, children, ...props }: AlertDialogContentProps) {
  return (
    <RadixAlertDialog.Portal>
      <RadixAlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-950/50" />
      <RadixAlertDialog.Content
        className={cn(
          "fixed top-1/2 left-1/2 z-50 grid max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 overflow-y-auto",
          "rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl focus:outline-none",
          className,
        )}
        {...props}
      >
        <div className="grid gap-1.5">
          <RadixAlertDialog.Title className="text-lg leading-6 font-semibold text-slate-900">{title}</RadixAlertDialog.Title>
          <RadixAlertDialog.Description className="text-sm text-slate-600">{description}</RadixAlertDialog.Description>
        </div>
        {children}
      </RadixAlertDialog.Content>
    </RadixAlertDialog.Portal>
  );
}

export function AlertDialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end", className)} {...props} />;
}

/** Closes the dialog. Styled as an outline button. */
export function AlertDialogCancel({ className, ...props }: ComponentProps<typeof RadixAlertDialog.Cancel>) {
  return <RadixAlertDialog.Cancel className={buttonVariants({ variant: "outline", className })} {...props} />;
}

/** Performs the action and closes the dialog. `destructive` styles it red. */
export function AlertDialogAction({
  className,
  destructive = false,
  ...props
}: ComponentProps<typeof RadixAlertDialog.Action> & { destructive?: boolean }) {
  return <RadixAlertDialog.Action className={buttonVariants({ variant: destructive ? "destructive" : "primary", className })} {...props} />;
}

export type ConfirmDialogProps = {
  /** The element that opens the dialog, e.g. `<Button variant="destructive">Withdraw</Button>`. Omit when controlled. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** Extra content between description and buttons (e.g. a reason textarea). */
  children?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  destructive?: boolean;
  /**
   * Runs on confirm. May be async: the confirm button shows a spinner and the dialog stays
   * open (Escape/cancel disabled) until it settles. Return `false` to keep the dialog open
   * (e.g. the server action returned an error you displayed with a toast).
   */
  onConfirm: () => void | boolean | Promise<void | boolean>;
};

/**
 *   <ConfirmDialog
 *     trigger={<Button variant="destructive">Withdraw</Button>}
 *     title="Withdraw this referral?" description="The partner is notified. This cannot be undone."
 *     confirmLabel="Withdraw" destructive
 *     onConfirm={async () => { const r = await withdraw(id); if (!r.ok) { toast.error(r.error); return false; } toast.success("Withdrawn"); }}
 *   />
 */
export function ConfirmDialog({
  trigger,
  open: openProp,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  destructive = false,
  onConfirm,
}: ConfirmDialogProps) {
  const [uncontrolledOpen, setUncontrolledOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const open = openProp ?? uncontrolledOpen;
  const setOpen = (next: boolean) => {
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };

  const confirm = async () => {
    setPending(true);
    let keepOpen = false;
    try {
      keepOpen = (await onConfirm()) === false;
    } catch (error) {
      keepOpen = true;
      throw error;
    } finally {
      setPending(false);
      if (!keepOpen) setOpen(false);
    }
  };

  return (
    <AlertDialog open={open} onOpenChange={(next) => (pending ? undefined : setOpen(next))}>
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent
        title={title}
        description={description}
        onEscapeKeyDown={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        {children}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{cancelLabel}</AlertDialogCancel>
          {/* A plain Button (not AlertDialog.Action) so the dialog stays open while onConfirm runs. */}
          <Button variant={destructive ? "destructive" : "primary"} loading={pending} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
