"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/**
 * A submit button that shows the loading state while its parent `<form action={...}>`
 * (server action) is pending. Must be rendered inside the form.
 */
export function SubmitButton({ loading, ...props }: Omit<ButtonProps, "type" | "asChild">) {
  const { pending } = useFormStatus();
  return <Button type="submit" loading={loading || pending} {...props} />;
}
