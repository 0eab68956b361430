"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { RadioGroup as RadixRadioGroup } from "radix-ui";
import { cn } from "./cn";
import { useFormField } from "./form-field";
import { focusRing } from "./styles";

export type RadioGroupProps = ComponentProps<typeof RadixRadioGroup.Root>;

/**
 * Radix radio group (arrow keys move and select; submits `name`=value in forms).
 * Needs an accessible name: `aria-label`/`aria-labelledby`, or put it in a `<FormField>`,
 * which links its label via aria-labelledby and its hint/error via aria-describedby.
 *
 *   <FormField label="Deal type" error={errors?.type} required>
 *     <RadioGroup name="type" defaultValue="NEW">
 *       <RadioOption value="NEW" label="New business" />
 *       <RadioOption value="EXPANSION" label="Expansion" description="Existing customer" />
 *     </RadioGroup>
 *   </FormField>
 */
export function RadioGroup({ className, ...props }: RadioGroupProps) {
  const field = useFormField();
  return (
    <RadixRadioGroup.Root
      {...props}
      className={cn("grid gap-2.5", className)}
      id={props.id ?? field?.id}
      aria-labelledby={props["aria-labelledby"] ?? (props["aria-label"] ? undefined : field?.labelId)}
      aria-describedby={props["aria-describedby"] ?? field?.["aria-describedby"]}
      aria-invalid={props["aria-invalid"] ?? field?.["aria-invalid"]}
      required={props.required ?? field?.required}
    />
  );
}

export type RadioGroupItemProps = ComponentProps<typeof RadixRadioGroup.Item>;

/** The bare radio circle; pair it with a `<label htmlFor>` or use `<RadioOption>`. */
export function RadioGroupItem({ className, ...props }: RadioGroupItemProps) {
  return (
    <RadixRadioGroup.Item
      className={cn(
        "grid size-4 shrink-0 cursor-pointer place-items-center rounded-full border border-slate-400 bg-white shadow-xs",
        "hover:border-slate-500 disabled:cursor-not-allowed disabled:opacity-50 data-[state=checked]:border-indigo-600",
        focusRing,
        className,
      )}
      {...props}
    >
      <RadixRadioGroup.Indicator className="size-2 rounded-full bg-indigo-600" />
    </RadixRadioGroup.Item>
  );
}

export type RadioOptionProps = Omit<RadioGroupItemProps, "children"> & {
  label: ReactNode;
  description?: ReactNode;
};

/** A radio with its label and optional description. */
export function RadioOption({ label, description, id, className, ...props }: RadioOptionProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const descriptionId = `${controlId}-description`;
  return (
    <div className={cn("flex items-start gap-2.5", className)}>
      <RadioGroupItem id={controlId} aria-describedby={description ? descriptionId : undefined} className="mt-0.5" {...props} />
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
