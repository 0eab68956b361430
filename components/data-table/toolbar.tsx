"use client";

import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { RotateCcw, Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, type SelectOption } from "@/components/ui/select";
import { useUrlState } from "./url-state";

/**
 * URL-bound filters for a DataTable. Each reads its value from the URL search params and
 * writes it back with `router.replace` (resetting `?page=`). Inside `<DataTable toolbar>` or a
 * `<UrlStateProvider>` a change dims the table while the server renders the new results.
 */

/** Lays out filters in a wrapping row; `label` makes it a named search landmark. */
export function DataTableToolbar({
  label,
  className,
  children,
}: {
  /** e.g. "Filter referrals"; gives the group role="search". */
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role={label ? "search" : undefined} aria-label={label} className={cn("flex flex-wrap items-end gap-3", className)}>
      {children}
    </div>
  );
}

/** Local state that follows the URL value but can run ahead of it while navigation is pending. */
function useUrlBackedState(urlValue: string): [string, (value: string) => void] {
  const [value, setValue] = useState(urlValue);
  const [seenUrlValue, setSeenUrlValue] = useState(urlValue);
  if (seenUrlValue !== urlValue) {
    // The URL changed (navigation committed, back button, reset): adopt it.
    setSeenUrlValue(urlValue);
    setValue(urlValue);
  }
  return [value, setValue];
}

type FilterLabelProps = { id: string; label: string; hideLabel?: boolean };

function FilterLabel({ id, label, hideLabel }: FilterLabelProps) {
  return (
    <Label htmlFor={id} className={hideLabel ? "sr-only" : "text-xs font-medium text-slate-600"}>
      {label}
    </Label>
  );
}

export type FilterSelectProps = {
  /** URL search param, e.g. "status". */
  param: string;
  label: string;
  options: readonly SelectOption[];
  /** Text of the "no filter" option (value ""). Default "All". */
  allLabel?: string;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  className?: string;
};

/** `<FilterSelect param="status" label="Status" options={[{ value: "OPEN", label: "Open" }]} />` */
export function FilterSelect({ param, label, options, allLabel = "All", hideLabel, className }: FilterSelectProps) {
  const { searchParams, navigate } = useUrlState();
  const id = useId();
  const [value, setValue] = useUrlBackedState(searchParams.get(param) ?? "");
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    setValue(event.target.value);
    navigate({ [param]: event.target.value || null });
  };
  return (
    <div className={cn("grid gap-1", className)}>
      <FilterLabel id={id} label={label} hideLabel={hideLabel} />
      <Select id={id} value={value} onChange={onChange} options={options} placeholder={allLabel} wrapperClassName="min-w-40" />
    </div>
  );
}

export type FilterSearchProps = {
  /** URL search param. Default "q". */
  param?: string;
  label: string;
  placeholder?: string;
  /** Debounce before updating the URL. Default 300 ms. Enter applies immediately. */
  debounceMs?: number;
  hideLabel?: boolean;
  className?: string;
};

/** Debounced search box bound to `?q=` (or `param`). */
export function FilterSearch({ param = "q", label, placeholder, debounceMs = 300, hideLabel, className }: FilterSearchProps) {
  const { searchParams, navigate } = useUrlState();
  const id = useId();
  const [value, setValue] = useUrlBackedState(searchParams.get(param) ?? "");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const commit = (next: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    navigate({ [param]: next.trim() || null });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), debounceMs);
  };

  return (
    <form
      className={cn("grid gap-1", className)}
      onSubmit={(event) => {
        event.preventDefault();
        commit(value);
      }}
    >
      <FilterLabel id={id} label={label} hideLabel={hideLabel} />
      <div className="relative">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400" />
        <Input
          id={id}
          type="search"
          value={value}
          onChange={onChange}
          placeholder={placeholder}
          autoComplete="off"
          className="min-w-56 pl-8"
        />
      </div>
    </form>
  );
}

export type FilterDateRangeProps = {
  /** URL params holding `YYYY-MM-DD`, e.g. "from" and "to". */
  fromParam: string;
  toParam: string;
  /** Group label, e.g. "Created". */
  label: string;
  fromLabel?: string;
  toLabel?: string;
  hideLabel?: boolean;
  className?: string;
};

/** Two native date inputs in a labelled fieldset; the "to" date cannot precede "from". */
export function FilterDateRange({
  fromParam,
  toParam,
  label,
  fromLabel = "From",
  toLabel = "To",
  hideLabel,
  className,
}: FilterDateRangeProps) {
  const { searchParams, navigate } = useUrlState();
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useUrlBackedState(searchParams.get(fromParam) ?? "");
  const [to, setTo] = useUrlBackedState(searchParams.get(toParam) ?? "");

  const onChange = (param: string, set: (v: string) => void) => (event: ChangeEvent<HTMLInputElement>) => {
    set(event.target.value);
    // A partially typed date reports badInput with an empty value: wait until it is complete.
    if (event.target.validity.badInput) return;
    navigate({ [param]: event.target.value || null });
  };

  return (
    <fieldset className={cn("grid gap-1", className)}>
      <legend className={hideLabel ? "sr-only" : "mb-1 text-xs font-medium text-slate-600"}>{label}</legend>
      <div className="flex items-center gap-2">
        <Label htmlFor={fromId} className="sr-only">
          {fromLabel}
        </Label>
        <Input id={fromId} type="date" value={from} max={to || undefined} onChange={onChange(fromParam, setFrom)} className="w-auto" />
        <span aria-hidden="true" className="text-slate-400">
          –
        </span>
        <Label htmlFor={toId} className="sr-only">
          {toLabel}
        </Label>
        <Input id={toId} type="date" value={to} min={from || undefined} onChange={onChange(toParam, setTo)} className="w-auto" />
      </div>
    </fieldset>
  );
}

export type ResetFiltersProps = {
  /** The filter params to clear (also clears `?page=`). */
  params: readonly string[];
  label?: string;
  className?: string;
};

/**
 * Clears the given params. Stays in the DOM (aria-disabled when nothing is set) so keyboard
 * focus is not lost after use.
 */
export function ResetFilters({ params, label = "Reset filters", className }: ResetFiltersProps) {
  const { searchParams, navigate } = useUrlState();
  const active = params.some((p) => searchParams.has(p));
  return (
    <Button
      variant="ghost"
      size="md"
      className={className}
      aria-disabled={!active || undefined}
      onClick={() => {
        if (active) navigate(Object.fromEntries(params.map((p) => [p, null])));
      }}
    >
      <RotateCcw aria-hidden="true" />
      {label}
    </Button>
  );
}
