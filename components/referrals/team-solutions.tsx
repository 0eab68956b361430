"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { SOLUTION_KIND_LABELS, type SolutionKind } from "@/lib/domain/referral";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { DealActions } from "./deal-actions";
import { errorAt, useDealAction } from "./use-deal-action";
import type { DealView, SolutionItem, SolutionOption, TeamSuggestion } from "./types";

export type TeamRow = { name: string; email: string; phone: string };

/** Rows of name / email / phone with add, remove and quick-add of recent members. */
export function TeamEditor({
  rows,
  onChange,
  suggestions = [],
  fieldErrors,
  base = "team",
}: {
  rows: TeamRow[];
  onChange: (rows: TeamRow[]) => void;
  suggestions?: readonly TeamSuggestion[];
  fieldErrors?: Record<string, string>;
  base?: string;
}) {
  const t = useTranslations("referrals.team");
  const set = (i: number, patch: Partial<TeamRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const offered = suggestions.filter((s) => !rows.some((r) => r.email.toLowerCase() === s.email.toLowerCase()));
  return (
    <div className="grid gap-3">
      {fieldErrors?.[base] ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {fieldErrors[base]}
        </p>
      ) : null}
      {rows.map((row, i) => (
        <div key={i} className="grid items-end gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_1fr_auto]" data-testid="team-row">
          <FormField label={t("name")} required error={errorAt(fieldErrors, `${base}.${i}.name`)}>
            <Input value={row.name} onChange={(e) => set(i, { name: e.target.value })} />
          </FormField>
          <FormField label={t("email")} required error={errorAt(fieldErrors, `${base}.${i}.email`)}>
            <Input type="email" value={row.email} onChange={(e) => set(i, { email: e.target.value })} />
          </FormField>
          <FormField label={t("phone")} required error={errorAt(fieldErrors, `${base}.${i}.phone`)}>
            <Input type="tel" value={row.phone} onChange={(e) => set(i, { phone: e.target.value })} placeholder="+49 30 1234567" />
          </FormField>
          <Button variant="ghost" size="icon" aria-label={t("remove", { name: row.name || t("member") })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" variant="outline" onClick={() => onChange([...rows, { name: "", email: "", phone: "" }])}>
          <Plus aria-hidden="true" />
          {t("add")}
        </Button>
        {offered.length ? <span className="text-xs text-slate-500">{t("recent")}</span> : null}
        {offered.map((s) => (
          <Button key={s.email} size="sm" variant="secondary" onClick={() => onChange([...rows, { ...s }])}>
            <Plus aria-hidden="true" />
            {s.name}
          </Button>
        ))}
      </div>
    </div>
  );
}

export function TeamCard({ deal, actions, suggestions }: { deal: DealView; actions: DealActions; suggestions: readonly TeamSuggestion[] }) {
  const t = useTranslations("referrals.team");
  const canEdit = deal.abilities.editableFields.includes("team");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        {canEdit ? (
          <CardAction>
            <TeamDialog deal={deal} actions={actions} suggestions={suggestions} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        {deal.team.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="team-list">
            {deal.team.map((m) => (
              <li key={m.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                <span className="font-medium">{m.name}</span>
                <span className="text-slate-600">
                  {m.email}
                  {m.phone ? ` · ${m.phone}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function TeamDialog({ deal, actions, suggestions }: { deal: DealView; actions: DealActions; suggestions: readonly TeamSuggestion[] }) {
  const t = useTranslations("referrals.team");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<TeamRow[]>(deal.team.map(({ name, email, phone }) => ({ name, email, phone })));
  const { run, pending, failure, fieldErrors } = useDealAction({ success: t("saved"), onSuccess: () => setOpen(false) });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setRows(deal.team.map(({ name, email, phone }) => ({ name, email, phone })));
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          {t("edit")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("editTitle")} description={t("editDescription")} size="lg" closeLabel={tc("close")}>
        <form
          noValidate
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => actions.update(deal.id, { version: deal.version, team: rows }));
          }}
        >
          {failure?.code === "stale" ? <Alert variant="warning">{failure.error}</Alert> : null}
          <TeamEditor rows={rows} onChange={setRows} suggestions={suggestions} fieldErrors={fieldErrors} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{tc("cancel")}</Button>
            </DialogClose>
            <Button type="submit" loading={pending}>
              {tc("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

const PICKABLE_KINDS: SolutionKind[] = ["OWN", "PROVIDER", "THIRD_PARTY"];

/** Search the catalogue by kind and name and tick solutions. */
export function SolutionPicker({
  kinds,
  selected,
  onChange,
  search,
  single = false,
  publisherOrganizationId,
}: {
  kinds: readonly SolutionKind[];
  selected: SolutionOption[];
  onChange: (selected: SolutionOption[]) => void;
  search: DealActions["searchSolutions"];
  single?: boolean;
  publisherOrganizationId?: string;
}) {
  const t = useTranslations("referrals.solutions");
  const [kind, setKind] = useState<SolutionKind>(kinds[0]);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<SolutionOption[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const r = await search({ kind, q, publisherOrganizationId });
      if (live && r.ok) setResults(r.data);
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [kind, q, search, publisherOrganizationId]);
  const isSelected = (id: string) => selected.some((s) => s.id === id);
  const toggle = (s: SolutionOption) =>
    onChange(single ? [s] : isSelected(s.id) ? selected.filter((x) => x.id !== s.id) : [...selected, s]);
  return (
    <div className="grid gap-3">
      {kinds.length > 1 ? (
        <div role="tablist" aria-label={t("kinds")} className="flex flex-wrap gap-1">
          {kinds.map((k) => (
            <Button key={k} role="tab" aria-selected={kind === k} size="sm" variant={kind === k ? "secondary" : "ghost"} onClick={() => setKind(k)}>
              {SOLUTION_KIND_LABELS[k]}
            </Button>
          ))}
        </div>
      ) : null}
      <div className="grid gap-1">
        <Label htmlFor="solution-search">{t("search")}</Label>
        <Input id="solution-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("searchPlaceholder")} />
      </div>
      <ul className="grid max-h-64 gap-1 overflow-y-auto" data-testid="solution-results">
        {results.length === 0 ? <li className="text-sm text-slate-500">{t("noResults")}</li> : null}
        {results.map((s) => (
          <li key={s.id}>
            <label className="flex cursor-pointer items-center gap-3 rounded-md px-2 py-1.5 hover:bg-slate-50">
              {single ? (
                <input type="radio" name="solution-pick" checked={isSelected(s.id)} onChange={() => toggle(s)} className="size-4 accent-indigo-600" />
              ) : (
                <Checkbox checked={isSelected(s.id)} onCheckedChange={() => toggle(s)} aria-label={s.name} />
              )}
              <span className="flex-1 text-sm">{s.name}</span>
              {s.publisherName ? <span className="text-xs text-slate-500">{s.publisherName}</span> : null}
              {s.ipCoSellEligible ? <Badge variant="success">{t("ipEligible")}</Badge> : null}
            </label>
          </li>
        ))}
      </ul>
      {selected.length ? (
        <div className="flex flex-wrap gap-1" aria-label={t("selected")}>
          {selected.map((s) => (
            <Badge key={s.id} variant="accent">
              {s.name}
              {!single ? (
                <button type="button" className="ml-1 cursor-pointer" aria-label={t("removeOne", { name: s.name })} onClick={() => toggle(s)}>
                  ×
                </button>
              ) : null}
            </Badge>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function SolutionsList({ solutions }: { solutions: SolutionItem[] }) {
  const t = useTranslations("referrals.solutions");
  if (solutions.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="solution-list">
      {solutions.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span className="font-medium">{s.name}</span>
          <span className="flex items-center gap-2 text-slate-600">
            {SOLUTION_KIND_LABELS[s.kind]}
            {s.publisher ? ` · ${s.publisher}` : ""}
            {s.ipCoSellEligible ? <Badge variant="success">{t("ipEligible")}</Badge> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function SolutionsCard({ deal, actions }: { deal: DealView; actions: DealActions }) {
  const t = useTranslations("referrals.solutions");
  const canEdit = deal.abilities.editableFields.includes("solutions");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{deal.dealType === "SOLUTION_ASSESSMENT" ? t("assessmentTitle") : t("title")}</CardTitle>
        {canEdit ? (
          <CardAction>
            <SolutionsDialog deal={deal} actions={actions} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        <SolutionsList solutions={deal.solutions} />
        {deal.dealType === "SOLUTION_ASSESSMENT" ? <p className="mt-2 text-xs text-slate-500">{t("assessmentReadOnly")}</p> : null}
      </CardContent>
    </Card>
  );
}

function SolutionsDialog({ deal, actions }: { deal: DealView; actions: DealActions }) {
  const t = useTranslations("referrals.solutions");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const initial = (): SolutionOption[] =>
    deal.solutions.map((s) => ({ id: s.id, name: s.name, kind: s.kind, ipCoSellEligible: s.ipCoSellEligible, publisherName: s.publisher, publisherOrganizationId: null }));
  const [selected, setSelected] = useState<SolutionOption[]>(initial);
  const { run, pending, fieldErrors } = useDealAction({ success: t("saved"), onSuccess: () => setOpen(false) });
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setSelected(initial());
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          {t("edit")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("editTitle")} description={t("editDescription")} size="lg" closeLabel={tc("close")}>
        <form
          noValidate
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => actions.update(deal.id, { version: deal.version, solutions: selected.map((s) => ({ solutionId: s.id })) }));
          }}
        >
          {errorAt(fieldErrors, "solutions") ? <Alert variant="danger">{errorAt(fieldErrors, "solutions")}</Alert> : null}
          <SolutionPicker kinds={PICKABLE_KINDS} selected={selected} onChange={setSelected} search={actions.searchSolutions} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{tc("cancel")}</Button>
            </DialogClose>
            <Button type="submit" loading={pending}>
              {tc("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
