"use client";

import { useTranslations } from "next-intl";
import { CheckCircle2, XCircle } from "lucide-react";
import {
  CLOSE_AS_ERROR_REASON_LABELS,
  CO_SELL_REQUEST_STATE_LABELS,
  CUSTOMER_MANAGEMENT_LABELS,
  DEAL_STATUS_LABELS,
  DEAL_TYPE_LABELS,
  REGISTRATION_STATUS_LABELS,
  DECLINE_REASON_LABELS,
  LOST_REASON_LABELS,
  MARKETPLACE_INTENT_LABELS,
  PARTNER_ROLE_LABELS,
  PROGRAM_LABELS,
  REGISTRATION_RULE_LABELS,
} from "@/lib/domain/referral";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { RegistrationBadge } from "./badges";
import { AcceptDialog, DeclineDialog, EditDealDialog } from "./deal-dialogs";
import type { DealActions } from "./deal-actions";
import { countdown, day, instant, money } from "./format";
import { useDealAction } from "./use-deal-action";
import type { DealView, EligibilityView, Formatting, HistoryItemView, TeamSuggestion } from "./types";

/** A received deal: who sent it, how long is left, accept or decline. */
export function AnswerPanel({ deal, actions, fmt, me = null }: { deal: DealView; actions: DealActions; fmt: Formatting; me?: TeamSuggestion | null }) {
  const t = useTranslations("referrals.answer");
  if (deal.status !== "RECEIVED") return null;
  return (
    <Alert
      variant="warning"
      title={t("title", { sender: deal.sender?.organization?.name ?? "" })}
      action={
        deal.abilities.accept || deal.abilities.decline ? (
          <div className="flex gap-2">
            {deal.abilities.accept ? <AcceptDialog deal={deal} action={actions.accept} me={me} /> : null}
            {deal.abilities.decline ? <DeclineDialog deal={deal} action={actions.decline} /> : null}
          </div>
        ) : undefined
      }
    >
      {/* The time left differs between the server render and the browser by a few seconds. */}
      <span suppressHydrationWarning>{t("body", { left: countdown(deal.expiresAt), expiresAt: instant(deal.expiresAt, fmt) })}</span>
    </Alert>
  );
}

/** Why and when a closed deal closed. */
export function ClosedNotice({ deal, fmt }: { deal: DealView; fmt: Formatting }) {
  const t = useTranslations("referrals.closed");
  if (!deal.closed) return null;
  const at = instant(deal.closedAt ?? deal.wonAt, fmt);
  switch (deal.status) {
    case "WON":
      return <Alert variant="success" title={t("won", { at })}>{t("readOnly")}</Alert>;
    case "LOST":
      return <Alert variant="info" title={t("lost", { reason: deal.lostReason ? LOST_REASON_LABELS[deal.lostReason] : "" })}>{deal.lostNotes ?? t("readOnly")}</Alert>;
    case "DECLINED":
      return <Alert variant="info" title={t("declined", { reason: deal.declineReason ? DECLINE_REASON_LABELS[deal.declineReason] : "" })}>{deal.declineNotes ?? t("readOnly")}</Alert>;
    case "EXPIRED":
      return <Alert variant="info" title={t("expired", { at })}>{t("readOnly")}</Alert>;
    case "ERROR":
      return <Alert variant="info" title={t("error", { reason: deal.errorReason ? CLOSE_AS_ERROR_REASON_LABELS[deal.errorReason] : "" })}>{deal.errorNotes ?? t("readOnly")}</Alert>;
    default:
      return null;
  }
}

export function DetailsCard({ deal, actions, fmt }: { deal: DealView; actions: DealActions; fmt: Formatting }) {
  const t = useTranslations("referrals.fields");
  const te = useTranslations("referrals.edit");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{te("detailsTitle")}</CardTitle>
        {deal.abilities.edit ? (
          <CardAction>
            <EditDealDialog deal={deal} action={actions.update} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        <DescriptionList
          items={[
            { term: t("name"), value: deal.name, key: "name" },
            { term: t("program"), value: PROGRAM_LABELS[deal.program], key: "program" },
            { term: t("estimatedValue"), value: money(deal.estimatedValue, fmt), key: "value" },
            { term: t("estimatedCloseDate"), value: day(deal.estimatedCloseDate, fmt), key: "close" },
            { term: t("location"), value: deal.location, key: "location" },
            { term: t("assessmentLocation"), value: deal.assessmentLocation ?? "", key: "alocation", hidden: deal.dealType !== "SOLUTION_ASSESSMENT" },
            { term: t("crmId"), value: deal.crmId ?? "", key: "crm" },
            { term: t("campaignId"), value: deal.campaignId ?? "", key: "campaign" },
            { term: t("partnerRole"), value: deal.partnerRole ? PARTNER_ROLE_LABELS[deal.partnerRole] : "", key: "role", hidden: deal.program !== "SERVICES_CO_SELL" },
            { term: t("solutionArea"), value: deal.solutionArea ?? "", key: "area" },
            { term: t("solutionPlay"), value: deal.solutionPlay ?? "", key: "play" },
            { term: t("marketplaceIntent"), value: deal.marketplaceIntent ? MARKETPLACE_INTENT_LABELS[deal.marketplaceIntent] : "", key: "mp", hidden: deal.program !== "IP_CO_SELL" },
            { term: t("notes"), value: <span className="whitespace-pre-line">{deal.notes}</span>, key: "notes", fullWidth: true },
          ]}
        />
      </CardContent>
    </Card>
  );
}

export function CustomerCard({ deal }: { deal: DealView }) {
  const t = useTranslations("referrals.fields");
  const c = deal.customer;
  const contact = deal.customerContact;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("customer")}</CardTitle>
        <CardDescription>{t("customerFixed")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <DescriptionList
          items={[
            { term: t("customerName"), value: c.name, key: "name" },
            { term: t("management"), value: CUSTOMER_MANAGEMENT_LABELS[c.management], key: "mgmt" },
            { term: t("address"), value: [c.city, c.postalCode, c.countryCode].filter(Boolean).join(", "), key: "addr" },
            { term: t("duns"), value: c.duns ?? "", key: "duns" },
          ]}
        />
        {contact ? (
          <DescriptionList
            items={[
              { term: t("customerContact"), value: contact.name, key: "cname" },
              { term: t("contactEmail"), value: contact.email, key: "cemail" },
              { term: t("contactPhone"), value: contact.phone, key: "cphone" },
              { term: t("contactNotes"), value: contact.notes ?? "", key: "cnotes", hidden: !contact.notes },
            ]}
          />
        ) : null}
      </CardContent>
    </Card>
  );
}

/** §4.6: every eligibility rule with pass/fail and its reason, and Register. */
export function RegistrationPanel({ deal, eligibility, actions, fmt }: { deal: DealView; eligibility: EligibilityView | null; actions: DealActions; fmt: Formatting }) {
  const t = useTranslations("referrals.registration");
  const { run, pending } = useDealAction({ success: t("submitted") });
  if (deal.status !== "WON" || !eligibility) return null;
  const reg = deal.registration;
  return (
    <Card data-testid="registration-panel">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{eligibility.eligible ? t("eligible") : t("notEligible")}</CardDescription>
        {reg ? (
          <CardAction>
            <RegistrationBadge status={reg.status} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        <ul className="grid gap-2" aria-label={t("rules")}>
          {eligibility.rules.map((r) => (
            <li key={r.rule} className="flex items-start gap-2 text-sm" data-testid={`rule-${r.rule}`} data-passed={r.passed}>
              {r.passed ? (
                <CheckCircle2 aria-label={t("passed")} className="mt-0.5 size-4 shrink-0 text-emerald-600" />
              ) : (
                <XCircle aria-label={t("failed")} className="mt-0.5 size-4 shrink-0 text-red-600" />
              )}
              <span>
                <span className="font-medium">{REGISTRATION_RULE_LABELS[r.rule]}</span>
                <span className="block text-xs text-slate-600">{r.reason}</span>
              </span>
            </li>
          ))}
        </ul>
        {reg ? (
          <p className="text-xs text-slate-600">
            {t("submittedAt", { at: instant(reg.submittedAt, fmt) })}
            {reg.decidedAt ? ` · ${t("decidedAt", { at: instant(reg.decidedAt, fmt) })}` : ""}
          </p>
        ) : null}
        {reg?.errors.length ? (
          <Alert variant="warning" title={t("errorsTitle")}>
            <ul className="list-disc pl-4">
              {reg.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {deal.abilities.register || deal.abilities.resubmitRegistration ? (
          <div>
            <Button loading={pending} onClick={() => void run(() => actions.register(deal.id))} data-testid="register-deal">
              {deal.abilities.resubmitRegistration ? t("resubmit") : t("register")}
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** Enum values shown with their labels in the history. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: DEAL_STATUS_LABELS,
  dealType: DEAL_TYPE_LABELS,
  coSellRequestState: CO_SELL_REQUEST_STATE_LABELS,
  registration: REGISTRATION_STATUS_LABELS,
  declineReason: DECLINE_REASON_LABELS,
  lostReason: LOST_REASON_LABELS,
  errorReason: CLOSE_AS_ERROR_REASON_LABELS,
  marketplaceIntent: MARKETPLACE_INTENT_LABELS,
};

const showField = (field: string, v: unknown, fmt: Formatting): string =>
  typeof v === "string" && VALUE_LABELS[field]?.[v] ? VALUE_LABELS[field][v] : show(v, fmt);

const show = (v: unknown, fmt: Formatting): string => {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.map((x) => show(x, fmt)).join(", ");
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.amountMinor === "number" && typeof o.currency === "string") return money({ amountMinor: o.amountMinor, currency: o.currency }, fmt);
    if (typeof o.name === "string") return o.name;
    return JSON.stringify(v);
  }
  return String(v);
};

/** The deal's History tab: who did what, when, with before/after of each changed field. */
export function HistoryList({ items, fmt }: { items: HistoryItemView[]; fmt: Formatting }) {
  const t = useTranslations("referrals.history");
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="grid gap-3" data-testid="history">
      {items.map((h) => (
        <li key={h.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium">{t.has(`actions.${h.action}`) ? t(`actions.${h.action}`) : h.action}</span>
            <span className="text-xs text-slate-500">
              {h.actor?.name ?? t("system")} · {instant(h.at, fmt)}
            </span>
          </div>
          {h.changes.length ? (
            <ul className="mt-2 grid gap-0.5 text-xs text-slate-600">
              {h.changes.map((c, i) => (
                <li key={i}>
                  <span className="font-medium text-slate-700">{t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field}</span>: {showField(c.field, c.from, fmt)} → {showField(c.field, c.to, fmt)}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
