"use client";

import type { ComponentProps } from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { useFieldControlProps } from "./form-field";
import { controlBase } from "./styles";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = Omit<ComponentProps<"select">, "multiple"> & {
  /** Options to render; alternatively pass `<option>`/`<optgroup>` children. */
  options?: readonly SelectOption[];
  /** Adds a first option with value "" (e.g. "Select a country…" or "All statuses"). */
  placeholder?: string;
  /** Classes for the wrapper (width etc.); `className` styles the `<select>` itself. */
  wrapperClassName?: string;
};

/**
 * Styled native `<select>`: keyboard and screen-reader friendly, works without JS and submits
 * with forms. Inside a `<FormField>` it picks up the field wiring.
 */
export function Select({ className, wrapperClassName, options, placeholder, children, ...props }: SelectProps) {
  const wired = useFieldControlProps(props);
  return (
    <div className={cn("relative", wrapperClassName)}>
      <select className={cn(controlBase, "h-9 cursor-pointer appearance-none py-1.5 pr-9", className)} {...wired}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
      <ChevronDown aria-hidden="true" className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500" />
    </div>
  );
}
