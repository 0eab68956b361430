"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/run";
import { toast } from "@/components/ui/toaster";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Runs a server action from a button or dialog: pending state, per-field errors kept for the
 * form, other failures as a toast, and a refresh of the server-rendered page on success.
 */
export function useDealAction<T>(opts: { success?: string; onSuccess?: (data: T) => void } = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = (call: () => Promise<ActionResult<T>>) =>
    new Promise<boolean>((resolve) => {
      startTransition(async () => {
        const result = await call();
        if (result.ok) {
          setFailure(null);
          if (opts.success) toast.success(opts.success);
          opts.onSuccess?.(result.data);
          router.refresh();
          resolve(true);
        } else {
          setFailure(result);
          if (!result.fieldErrors) toast.error(result.error);
          resolve(false);
        }
      });
    });
  return { run, pending, failure, fieldErrors: failure?.fieldErrors, reset: () => setFailure(null) };
}

/** The message for a field: at its exact path, or at a nested path (e.g. `team.0.email`). */
export function errorAt(fieldErrors: Record<string, string> | undefined, path: string): string | undefined {
  if (!fieldErrors) return undefined;
  if (fieldErrors[path]) return fieldErrors[path];
  const nested = Object.keys(fieldErrors).find((k) => k.startsWith(`${path}.`));
  return nested ? fieldErrors[nested] : undefined;
}
