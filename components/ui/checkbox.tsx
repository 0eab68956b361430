"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { Checkbox as RadixCheckbox } from "radix-ui";
import { Check, Minus } from "lucide-react";
import { cn } from "./cn";
import { useFieldControlProps } from "./form-field";
import { focusRing } from "./styles";

export type CheckboxProps = ComponentProps<typeof RadixCheckbox.Root>;

/**
 * Radix checkbox (role="checkbox"; Space toggles). `checked` may be `"indeterminate"`.
 * With `name` inside a `<form>` it submits `value` (default "on") like a native checkbox.
 * Needs an accessible name: a `<label htmlFor>`, `aria-label`, a `<FormField>`, or use
 * `<CheckboxField label>`.
 */
export function Checkbox({ className, ...props }: CheckboxProps) {
  const wired = useFieldControlProps(props);
  return (
    <RadixCheckbox.Root
      className={cn(
        "group grid size-4 shrink-0 cursor-pointer place-items-center rounded-[4px] border border-slate-400 bg-white shadow-xs transition-colors",
        "hover:border-slate-500 disabled:cursor-not-allowed disabled:opacity-50",
        "data-[state=checked]:border-indigo-600 data-[state=checked]:bg-indigo-600 data-[state=checked]:text-white",
        "data-[state=indeterminate]:border-indigo-600 data-[state=indeterminate]:bg-indigo-600 data-[state=indeterminate]:text-white",
        "aria-invalid:border-red-600",
        focusRing,
        className,
      )}
      {...wired}
    >
      <RadixCheckbox.Indicator className="grid place-items-center">
        <Check aria-hidden="true" strokeWidth={3} className="size-3 group-data-[state=indeterminate]:hidden" />
        <Minus aria-hidden="true" strokeWidth={3} className="hidden size-3 group-data-[state=indeterminate]:block" />
      </RadixCheckbox.Indicator>
    </RadixCheckbox.Root>
  );
}

export type CheckboxFieldProps = CheckboxProps & {
  label: ReactNode;
  description?: ReactNode;
};

/** Checkbox with its own clickable label and optional description. */
export function CheckboxField({ label, description, id, className, ...props }: CheckboxFieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const descriptionId = `${controlId}-description`;
  return (
    <div className={cn("flex items-start gap-2.5", className)}>
      <Checkbox id={controlId} aria-describedby={description ? descriptionId : undefined} className="mt-0.5" {...props} />
      <div className="grid gap-0.5">
        <label htmlFor={controlId} className="cursor-pointer text-sm leading-5 font-medium text-slate-800">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="text-xs text-slate-500">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
