"use client";

import type { ComponentProps } from "react";
import { Toaster as Sonner, toast } from "sonner";

/**
 * Mount once in the root layout: `<Toaster />`. Then from client code:
 * `toast.success("Referral submitted")`, `toast.error("Could not save", { description })`,
 * `toast.promise(promise, { loading, success, error })`.
 * Sonner renders a polite live region, so toasts are announced; keep essential information
 * (e.g. validation errors) on the page too, since toasts disappear.
 */
export function Toaster(props: ComponentProps<typeof Sonner>) {
  return (
    <Sonner
      position="top-right"
      richColors
      closeButton
      duration={5000}
      toastOptions={{ classNames: { toast: "font-sans text-sm", description: "text-slate-600" } }}
      {...props}
    />
  );
}

export { toast };
