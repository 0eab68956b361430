"use client";

import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Lock } from "lucide-react";
import type { FieldPath } from "@/lib/domain/opportunity";
import { CheckboxField } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { Input, type InputProps } from "@/components/ui/input";
import { RadioGroup, RadioOption } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useDisplayValue } from "./display-value";
import { useWizardForm } from "./form-context";
import { errorAt, isRequired, isVisible, list, money, text } from "./form-values";
import type { Option } from "./types";

/** Label, hint, error, requiredness and editability of one field. */
function useField(path: FieldPath) {
  const form = useWizardForm();
  const t = useTranslations("opportunityForm");
  const key = `fields.${path}`;
  return {
    form,
    label: t(`${key}.label`),
    hint: t.has(`${key}.hint`) ? t(`${key}.hint`) : undefined,
    error: errorAt(form.errors, path),
    required: isRequired(path, form.values),
    visible: isVisible(path, form.values),
    editable: form.isEditable(path),
  };
}

/** A field the actor may not change now: its value as text, with a lock. */
function ReadOnlyField({ path, label, className }: { path: FieldPath; label: string; className?: string }) {
  const { form, error } = useField(path);
  const t = useTranslations("opportunityForm");
  const display = useDisplayValue(form.options, form.ownerName)(path, form.values);
  return (
    <div className={cn("grid content-start gap-1.5", className)} data-readonly-field={path}>
      <span className="flex items-center gap-1.5 text-sm leading-none font-medium text-slate-800">
        {label}
        <Lock aria-hidden="true" className="size-3.5 text-slate-400" />
        <span className="sr-only">({t("readOnly")})</span>
      </span>
      <div className="min-h-9 rounded-md border border-dashed border-slate-200 bg-slate-50 px-3 py-2 text-sm break-words text-slate-700">
        {display ?? <span className="text-slate-400">{t("empty")}</span>}
      </div>
      {error ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type BaseProps = { path: FieldPath; className?: string };

export function TextField({
  path,
  className,
  maxLength,
  type,
  autoComplete,
  inputMode,
  placeholder,
}: BaseProps & Pick<InputProps, "maxLength" | "type" | "autoComplete" | "inputMode" | "placeholder">) {
  const f = useField(path);
  if (!f.visible) return null;
  if (!f.editable) return <ReadOnlyField path={path} label={f.label} className={className} />;
  return (
    <FormField label={f.label} hint={f.hint} error={f.error} required={f.required} className={className}>
      <Input
        name={path}
        type={type}
        value={text(f.form.values, path)}
        onChange={(e) => f.form.setValue(path, e.target.value)}
        maxLength={maxLength}
        autoComplete={autoComplete ?? "off"}
        inputMode={inputMode}
        placeholder={placeholder}
        spellCheck={type === "email" || type === "tel" || type === "url" ? false : undefined}
      />
    </FormField>
  );
}

export function TextAreaField({ path, className, maxLength, rows = 4 }: BaseProps & { maxLength: number; rows?: number }) {
  const f = useField(path);
  const t = useTranslations("opportunityForm");
  if (!f.visible) return null;
  if (!f.editable) return <ReadOnlyField path={path} label={f.label} className={className} />;
  return (
    <FormField label={f.label} hint={f.hint} error={f.error} required={f.required} className={className}>
      <Textarea
        name={path}
        rows={rows}
        value={text(f.form.values, path)}
        onChange={(e) => f.form.setValue(path, e.target.value)}
        maxLength={maxLength}
        showCount
        countLabel={(n, max) => t("charCount", { n, max })}
        remainingLabel={(n) => t("charsRemaining", { n })}
      />
    </FormField>
  );
}

export function DateField({ path, className, min }: BaseProps & { min?: string }) {
  const f = useField(path);
  if (!f.visible) return null;
  if (!f.editable) return <ReadOnlyField path={path} label={f.label} className={className} />;
  return (
    <FormField label={f.label} hint={f.hint} error={f.error} required={f.required} className={className}>
      <Input name={path} type="date" min={min} value={text(f.form.values, path)} onChange={(e) => f.form.setValue(path, e.target.value)} />
    </FormField>
  );
}

export function SelectField({
  path,
  className,
  options,
  placeholder,
  advice,
}: BaseProps & { options: readonly Option[]; placeholder?: string; advice?: ReactNode }) {
  const f = useField(path);
  const t = useTranslations("opportunityForm");
  if (!f.visible) return null;
  if (!f.editable) return <ReadOnlyField path={path} label={f.label} className={className} />;
  const value = text(f.form.values, path);
  // A stored value that is no longer offered stays selectable, so it is never lost silently.
  const all = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <FormField label={f.label} hint={f.hint} error={f.error} required={f.required} className={className}>
      <div className="grid gap-2">
        <Select
          name={path}
          value={value}
          onChange={(e) => f.form.setValue(path, e.target.value)}
          options={all}
          placeholder={placeholder ?? t("choose")}
        />
        {advice}
      </div>
    </FormField>
  );
}

/** Yes / No (and other short choices) as radio buttons. */
export function RadioField({ path, className, options }: BaseProps & { options: readonly (Option & { description?: string })[] }) {
  const f = useField(path);
  if (!f.visible) return null;
  if (!f.editable) return <ReadOnlyField path={path} label={f.label} className={className} />;
  return (
    <FormField label={f.label} hint={f.hint} error={f.error} required={f.required} className={className}>
      <RadioGroup
        name={path}
        value={text(f.form.values, path)}
        onValueChange={(value) => f.form.setValue(path, value)}
        className={options.some((o) => o.description) ? "grid gap-3" : "flex flex-wrap gap-x-6 gap-y-2"}
      >
        {options.map((o) => (
          <RadioOption key={o.value} value={o.value} label={o.label} description={o.description} />
        ))}
      </RadioGroup>
    </FormField>
  );
}

/** A multi-select picklist as a group of checkboxes. */
export function CheckboxGroupField({ path, className, options, columns = 2 }: BaseProps & { options: readonly string[]; columns?: 1 | 2 | 3 }) {
  const f = useField(path);
  const id = useId();
  const t = useTranslations("opportunityForm");
  if (!f.visible) return null;
  if (!f.editable) return <ReadOnlyField path={path} label={f.label} className={className} />;
  const selected = list(f.form.values, path);
  const toggle = (value: string, on: boolean) =>
    f.form.setValue(path, on ? options.filter((o) => o === value || selected.includes(o)) : selected.filter((v) => v !== value));
  const describedBy = [f.hint ? `${id}-hint` : null, f.error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={cn("grid gap-2", className)} aria-describedby={describedBy} data-field={path}>
      <legend className="mb-1 text-sm leading-none font-medium text-slate-800">
        {f.label}
        {f.required ? (
          <span aria-hidden="true" className="ml-0.5 text-red-600">
            *
          </span>
        ) : null}
        {f.required ? <span className="sr-only"> ({t("required")})</span> : null}
      </legend>
      {f.hint ? (
        <p id={`${id}-hint`} className="-mt-1 text-xs text-slate-500">
          {f.hint}
        </p>
      ) : null}
      <div
        className={cn(
          "grid gap-x-6 gap-y-2.5 rounded-md border p-3",
          f.error ? "border-red-300 bg-red-50/40" : "border-slate-200",
          columns === 2 && "sm:grid-cols-2",
          columns === 3 && "sm:grid-cols-2 lg:grid-cols-3",
        )}
      >
        {options.map((option) => (
          <CheckboxField
            key={option}
            name={path}
            value={option}
            label={option}
            checked={selected.includes(option)}
            onCheckedChange={(checked) => toggle(option, checked === true)}
            aria-invalid={f.error ? true : undefined}
          />
        ))}
      </div>
      {f.error ? (
        <div id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
          <p>{f.error}</p>
        </div>
      ) : null}
    </fieldset>
  );
}

/** Money: the amount (a decimal, as typed) and its currency. */
export function MoneyField({ path, className }: BaseProps) {
  const f = useField(path);
  const t = useTranslations("opportunityForm");
  const currencyId = useId();
  if (!f.visible) return null;
  if (!f.editable) return <ReadOnlyField path={path} label={f.label} className={className} />;
  const value = money(f.form.values, path);
  const errors = f.form.errors;
  const amountError = errors[path] ?? errors[`${path}.amount`];
  const currencyError = errors[`${path}.currency`];
  const currencies = f.form.options.currencies.includes(value.currency) ? f.form.options.currencies : [value.currency, ...f.form.options.currencies];
  return (
    <FormField
      label={f.label}
      hint={f.hint}
      error={[amountError, currencyError].filter((e): e is string => !!e)}
      required={f.required}
      className={className}
    >
      {(control) => (
        <div className="flex gap-2">
          <Input
            {...control}
            name={`${path}.amount`}
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.00"
            value={value.amount}
            aria-invalid={amountError ? true : undefined}
            onChange={(e) => f.form.setValue(path, { ...value, amount: e.target.value })}
            className="min-w-0 flex-1 tabular-nums"
          />
          <label htmlFor={currencyId} className="sr-only">
            {t("currency")}
          </label>
          <Select
            id={currencyId}
            name={`${path}.currency`}
            value={value.currency}
            aria-invalid={currencyError ? true : false}
            aria-describedby={control["aria-describedby"]}
            onChange={(e) => f.form.setValue(path, { ...value, currency: e.target.value })}
            options={currencies.map((c) => ({ value: c, label: c }))}
            wrapperClassName="w-28 shrink-0"
          />
        </div>
      )}
    </FormField>
  );
}
