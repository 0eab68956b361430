"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";
import { useFieldControlProps } from "./form-field";
import { controlBase } from "./styles";

export type InputProps = ComponentProps<"input">;

/** Text-like input. Inside a `<FormField>` it picks up id, aria-describedby, aria-invalid, required. */
export function Input({ className, type = "text", ...props }: InputProps) {
  const wired = useFieldControlProps(props);
  return (
    <input
      type={type}
      className={cn(
        controlBase,
        "h-9 py-1.5",
        "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-slate-900",
        className,
      )}
      {...wired}
    />
  );
}
