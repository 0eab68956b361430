"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/run";
import { toast } from "@/components/ui/toaster";

export type FieldErrors = Record<string, string>;

/** The message for a field: at its exact path, or at a nested path (e.g. `locations.1`). */
export function errorAt(fieldErrors: FieldErrors | undefined, path: string): string | undefined {
  if (!fieldErrors) return undefined;
  if (fieldErrors[path]) return fieldErrors[path];
  const nested = Object.keys(fieldErrors).find((k) => k.startsWith(`${path}.`));
  return nested ? fieldErrors[nested] : undefined;
}

/** Messages whose path belongs to none of the form's fields (shown above the form). */
export function unplacedErrors(fieldErrors: FieldErrors | undefined, fields: readonly string[]): string[] {
  if (!fieldErrors) return [];
  return Object.entries(fieldErrors)
    .filter(([path]) => !fields.some((f) => path === f || path.startsWith(`${f}.`)))
    .map(([, message]) => message);
}

/** "US, de  JP" → ["US", "de", "JP"]: the schema upper-cases and validates each code. */
export function splitLocations(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * A form driven by a server action that takes structured input. Submitting does not reset
 * the fields (unlike `<form action>`), so the user's input stays next to its error messages.
 * Field errors stay on the page; other failures also raise a toast.
 */
export function useServerForm<T>(
  run: (form: FormData) => Promise<ActionResult<T>>,
  onSuccess: (data: T) => void,
) {
  const [state, dispatch, pending] = useActionState<Failure | null, FormData>(async (_prev, form) => {
    const result = await run(form);
    if (result.ok) {
      onSuccess(result.data);
      return null;
    }
    if (!result.fieldErrors) toast.error(result.error);
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return { failure: state, fieldErrors: state?.fieldErrors, pending, onSubmit };
}
