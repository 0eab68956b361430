"use client";

import { createContext, useContext, useId, type ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./label";

/**
 * Wiring a `<FormField>` provides to the control inside it. `Input`, `Textarea`, `Select`,
 * `Checkbox` and `RadioGroup` consume it automatically; for any other control use the
 * render-prop form: `<FormField label="X">{(control) => <Custom {...control} />}</FormField>`.
 */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
};

type FormFieldContextValue = FieldControlProps & { labelId: string };

const FormFieldContext = createContext<FormFieldContextValue | null>(null);

/** The surrounding FormField's wiring, or null outside one. */
export function useFormField(): FormFieldContextValue | null {
  return useContext(FormFieldContext);
}

function joinIds(...ids: (string | undefined | null | false)[]): string | undefined {
  const joined = ids.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

type ControlOwnProps = {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
  required?: boolean;
};

/**
 * Merges a control's own props with the FormField wiring: own `id` and `aria-invalid` win,
 * `aria-describedby` ids are concatenated, `required` comes from either.
 */
export function useFieldControlProps<P extends ControlOwnProps>(props: P): P & { id?: string } {
  const field = useFormField();
  if (!field) return props;
  return {
    ...props,
    id: props.id ?? field.id,
    "aria-describedby": joinIds(field["aria-describedby"], props["aria-describedby"]),
    "aria-invalid": props["aria-invalid"] ?? field["aria-invalid"],
    required: props.required ?? field.required,
  };
}

export type FormFieldProps = {
  label: ReactNode;
  /** Help text below the control, linked with aria-describedby. */
  hint?: ReactNode;
  /**
   * Validation message(s), e.g. `state.errors?.name` from a server action (zod's
   * `flatten().fieldErrors` gives string[]). Rendered with role="alert", linked with
   * aria-describedby, and sets aria-invalid on the control. Empty/null → no error.
   */
  error?: string | readonly string[] | null;
  /** The control's id. Omit to get a generated one (the control receives it automatically). */
  htmlFor?: string;
  /** Marks the label with "*" and sets `required` on the control. */
  required?: boolean;
  /** Visually hide the label (it remains the accessible name). */
  hideLabel?: boolean;
  className?: string;
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
};

/**
 * Label + control + hint + error, accessibly wired:
 *
 *   <FormField label="Company name" hint="As registered" error={state.errors?.name} required>
 *     <Input name="name" defaultValue={...} />
 *   </FormField>
 *
 * For a RadioGroup the label is linked with aria-labelledby (a group is not labelable).
 */
export function FormField({ label, hint, error, htmlFor, required, hideLabel, className, children }: FormFieldProps) {
  const generated = useId();
  const id = htmlFor ?? `${generated}-control`;
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const errors = (typeof error === "string" ? [error] : (error ?? [])).filter((e) => e.trim() !== "");
  const hasError = errors.length > 0;
  const control: FieldControlProps = {
    id,
    "aria-describedby": joinIds(hint ? hintId : null, hasError ? errorId : null),
    "aria-invalid": hasError ? true : undefined,
    required: required || undefined,
  };

  return (
    <FormFieldContext.Provider value={{ ...control, labelId }}>
      <div className={cn("grid gap-1.5", className)}>
        <Label id={labelId} htmlFor={id} required={required} className={hideLabel ? "sr-only" : undefined}>
          {label}
        </Label>
        {typeof children === "function" ? children(control) : children}
        {hint ? (
          <p id={hintId} className="text-xs text-slate-500">
            {hint}
          </p>
        ) : null}
        {hasError ? (
          <div id={errorId} role="alert" className="text-xs font-medium text-red-700">
            {errors.length === 1 ? (
              <p>{errors[0]}</p>
            ) : (
              <ul className="list-disc pl-4">
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </div>
    </FormFieldContext.Provider>
  );
}
