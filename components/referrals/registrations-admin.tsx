"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CheckCircle2, XCircle } from "lucide-react";
import { REGISTRATION_RULE_LABELS } from "@/lib/domain/referral";
import type { ActionResult } from "@/lib/actions/run";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { RegistrationBadge } from "./badges";
import { instant, money } from "./format";
import { useDealAction } from "./use-deal-action";
import type { Formatting, RegistrationItemView } from "./types";

type Decide = (id: string, input: unknown) => Promise<ActionResult<{ id: string; status: string }>>;

/** The provider admin's registration queue: start validation, then validate, ask for action, or reject. */
export function RegistrationsAdmin({ items, fmt, decide }: { items: RegistrationItemView[]; fmt: Formatting; decide: Decide }) {
  const t = useTranslations("referrals.registrations");
  if (items.length === 0) return <EmptyState title={t("empty")} description={t("emptyBody")} />;
  return (
    <div className="grid gap-4" data-testid="registrations">
      {items.map((item) => (
        <RegistrationCard key={item.id} item={item} fmt={fmt} decide={decide} />
      ))}
    </div>
  );
}

function RegistrationCard({ item, fmt, decide }: { item: RegistrationItemView; fmt: Formatting; decide: Decide }) {
  const t = useTranslations("referrals.registrations");
  const { run, pending } = useDealAction<{ id: string; status: string }>({ success: t("saved") });
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3">
          {item.deal.reference} · {item.deal.name}
        </CardTitle>
        <CardDescription>
          {t("summary", { partner: item.deal.organization.name, customer: item.deal.customerName, value: money(item.deal.estimatedValue, fmt), won: instant(item.deal.wonAt, fmt) })}
        </CardDescription>
        <CardAction>
          <RegistrationBadge status={item.status} />
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ul className="grid gap-1 sm:grid-cols-2" aria-label={t("rules")}>
          {item.eligibility.map((r) => (
            <li key={r.rule} className="flex items-start gap-2 text-xs">
              {r.passed ? <CheckCircle2 aria-label={t("passed")} className="size-4 text-emerald-600" /> : <XCircle aria-label={t("failed")} className="size-4 text-red-600" />}
              <span>
                <span className="font-medium">{REGISTRATION_RULE_LABELS[r.rule]}</span> — {r.reason}
              </span>
            </li>
          ))}
        </ul>
        {item.errors.length ? (
          <ul className="list-disc pl-5 text-sm text-amber-800">
            {item.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        <p className="text-xs text-slate-500">{t("submittedAt", { at: instant(item.submittedAt, fmt) })}</p>
        <div className="flex flex-wrap gap-2">
          {item.status === "SUBMITTED" ? (
            <Button size="sm" loading={pending} onClick={() => void run(() => decide(item.id, { decision: "START_VALIDATION", version: item.version }))}>
              {t("start")}
            </Button>
          ) : null}
          {item.status === "IN_VALIDATION" ? (
            <>
              <Button size="sm" loading={pending} onClick={() => void run(() => decide(item.id, { decision: "VALIDATE", version: item.version }))}>
                {t("validate")}
              </Button>
              <FindingsDialog item={item} decide={decide} decision="REQUEST_ACTION" />
              <FindingsDialog item={item} decide={decide} decision="REJECT" />
            </>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}

function FindingsDialog({ item, decide, decision }: { item: RegistrationItemView; decide: Decide; decision: "REQUEST_ACTION" | "REJECT" }) {
  const t = useTranslations("referrals.registrations");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { run, pending, fieldErrors } = useDealAction<{ id: string; status: string }>({ success: t("saved"), onSuccess: () => setOpen(false) });
  const key = decision === "REJECT" ? "reject" : "requestAction";
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant={decision === "REJECT" ? "destructive" : "outline"}>
          {t(key)}
        </Button>
      </DialogTrigger>
      <DialogContent title={t(`${key}Title`)} description={t("findingsDescription")} closeLabel={tc("close")}>
        <form
          noValidate
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const errors = String(new FormData(e.currentTarget).get("errors") ?? "")
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean);
            void run(() => decide(item.id, { decision, errors, version: item.version }));
          }}
        >
          <FormField label={t("findings")} hint={t("findingsHint")} required error={fieldErrors?.errors}>
            <Textarea name="errors" rows={4} />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{tc("cancel")}</Button>
            </DialogClose>
            <Button type="submit" variant={decision === "REJECT" ? "destructive" : "primary"} loading={pending}>
              {t(key)}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
