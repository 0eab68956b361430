"use client";

import { useId, useState, type ChangeEvent, type ComponentProps } from "react";
import { cn } from "./cn";
import { useFieldControlProps } from "./form-field";
import { controlBase } from "./styles";

export type TextareaProps = ComponentProps<"textarea"> & {
  /** With `maxLength`: show an "n/max" counter below the textarea. */
  showCount?: boolean;
  /** Screen-reader text for the counter. Default: "{n} of {max} characters used". */
  countLabel?: (length: number, max: number) => string;
  /** Announced politely when few characters remain. Default: "{n} characters remaining". */
  remainingLabel?: (remaining: number) => string;
};

/**
 * Multi-line input. Inside a `<FormField>` it picks up the field wiring. With
 * `maxLength` + `showCount` it shows "n/max"; the limit is enforced natively by `maxLength`.
 */
export function Textarea({
  className,
  showCount = false,
  countLabel = (n, max) => `${n} of ${max} characters used`,
  remainingLabel = (n) => `${n} characters remaining`,
  onChange,
  rows = 4,
  ...props
}: TextareaProps) {
  const counterId = useId();
  const [uncontrolledLength, setUncontrolledLength] = useState(() => String(props.defaultValue ?? "").length);
  const wired = useFieldControlProps(props);
  const max = props.maxLength;
  const withCounter = showCount && typeof max === "number" && max > 0;
  const length = props.value !== undefined ? String(props.value).length : uncontrolledLength;
  const remaining = withCounter ? max - length : 0;
  const nearLimit = withCounter && remaining <= Math.max(10, Math.floor(max * 0.1));

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setUncontrolledLength(event.target.value.length);
    onChange?.(event);
  };

  const textarea = (
    <textarea
      rows={rows}
      className={cn(controlBase, "min-h-16 py-2", className)}
      onChange={handleChange}
      {...wired}
      aria-describedby={[wired["aria-describedby"], withCounter ? counterId : null].filter(Boolean).join(" ") || undefined}
    />
  );
  if (!withCounter) return textarea;

  return (
    <div className="grid gap-1">
      {textarea}
      <div
        id={counterId}
        className={cn(
          "text-right text-xs tabular-nums",
          remaining <= 0 ? "font-medium text-red-700" : nearLimit ? "text-amber-700" : "text-slate-500",
        )}
      >
        <span aria-hidden="true">
          {length}/{max}
        </span>
        <span className="sr-only">{countLabel(length, max)}</span>
      </div>
      <span aria-live="polite" className="sr-only">
        {nearLimit ? remainingLabel(Math.max(0, remaining)) : ""}
      </span>
    </div>
  );
}
