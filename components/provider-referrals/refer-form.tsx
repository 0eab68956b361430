"use client";

import { useEffect, useRef, useState, type ComponentProps, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus, Send, Trash2 } from "lucide-react";
import {
  COMPETITORS,
  CUSTOMER_USE_CASES,
  DELIVERY_MODELS,
  INDUSTRIES,
  OPPORTUNITY_TYPES,
  OPPORTUNITY_TYPE_LABELS,
  OTHER_COMPETITOR,
  PRIMARY_NEEDS_FROM_PROVIDER,
  PROVIDER_TEAM_ROLES,
  PROVIDER_TEAM_ROLE_LABELS,
  SALES_ACTIVITIES,
  SALES_STAGES,
  SALES_STAGE_LABELS,
  TERMINAL_STAGES,
  YES_NO,
  YES_NO_LABELS,
  type ProviderTeamRole,
} from "@/lib/domain/opportunity";
import { CURRENCY_CODES } from "@/lib/domain/money";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { FormField, type FieldControlProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import type { ReferralTargetView, SendAction } from "./types";

type TeamMember = { role: ProviderTeamRole; name: string; email: string };
type Values = Record<string, string>;
type Lists = Record<string, string[]>;

const LIST_PATHS = ["project.deliveryModels", "project.salesActivities", "primaryNeedsFromProvider"] as const;
const OPEN_STAGES = SALES_STAGES.filter((s) => !(TERMINAL_STAGES as readonly string[]).includes(s));
const COMMON_CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "INR", "SGD"];

/** `a.b.c` → nested object, skipping blank values. */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

/**
 * "Refer a deal" (provider seller): the partner and optional recipient, the opportunity
 * fields (validated on the server with the opportunity domain's submission rules, errors
 * shown at each field), the provider's next step, lead source and contacts.
 */
export function ReferForm({
  targets,
  countries,
  seller,
  send,
  today,
}: {
  targets: ReferralTargetView[];
  /** Country options, labelled on the server (browser and server name some regions differently). */
  countries: { value: string; label: string }[];
  seller: { name: string; email: string };
  send: SendAction;
  today: string;
}) {
  const t = useTranslations("providerReferrals.form");
  const router = useRouter();
  const [values, setValues] = useState<Values>({
    partnerOrganizationId: "",
    recipientUserId: "",
    opportunityType: "NET_NEW_BUSINESS",
    stage: "QUALIFIED",
    coSellWithProvider: "YES",
    "marketing.source": "NONE",
    "project.expectedMonthlyRevenue.currency": "USD",
    leadSource: "Provider seller",
  });
  const [lists, setLists] = useState<Lists>({});
  const [team, setTeam] = useState<TeamMember[]>([{ role: "SALES_REP", name: seller.name, email: seller.email }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused submission, move focus to the first field in error (or the summary).
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>(
        "input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'], fieldset[aria-invalid='true'] button",
      ) ?? form?.querySelector<HTMLElement>("[role='alert']");
    target?.focus();
    target?.scrollIntoView({ block: "center" });
  }, [attempt]);

  const target = targets.find((x) => x.id === values.partnerOrganizationId) ?? null;
  const v = (path: string) => values[path] ?? "";
  const set = (path: string) => (e: { target: { value: string } }) => setValues((s) => ({ ...s, [path]: e.target.value }));
  const err = (path: string) => errors[path];
  const toggle = (path: string, value: string, on: boolean) =>
    setLists((s) => ({ ...s, [path]: on ? [...new Set([...(s[path] ?? []), value])] : (s[path] ?? []).filter((x) => x !== value) }));

  function body(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [path, raw] of Object.entries(values)) {
      const value = raw.trim();
      if (!value || path.startsWith("project.expectedMonthlyRevenue")) continue;
      if (path === "nationalSecurity" && values["customer.industry"] !== "Government") continue;
      if (path === "customer.otherIndustry" && values["customer.industry"] !== "Other") continue;
      if (path === "project.otherCompetitorNames" && values["project.competitor"] !== OTHER_COMPETITOR) continue;
      if (path.startsWith("marketing.") && path !== "marketing.source" && values["marketing.source"] !== "MARKETING_ACTIVITY") continue;
      setPath(out, path, value);
    }
    const amount = v("project.expectedMonthlyRevenue.amount").trim();
    if (amount) setPath(out, "project.expectedMonthlyRevenue", { amount, currency: v("project.expectedMonthlyRevenue.currency") });
    for (const path of LIST_PATHS) {
      if (path === "primaryNeedsFromProvider" && values.coSellWithProvider !== "YES") continue;
      if (lists[path]?.length) setPath(out, path, lists[path]);
    }
    const members = team
      .filter((m) => m.name.trim() || m.email.trim())
      .map((m) => ({ role: m.role, name: m.name.trim(), email: m.email.trim() }));
    if (members.length) out.providerTeam = members;
    return out;
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      const result = await send(body());
      if (result.ok) {
        toast.success(t("sent", { reference: result.data.reference, partner: result.data.partnerName }));
        router.push(`/provider-referrals/${result.data.id}`);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFailure(result.fieldErrors && Object.keys(result.fieldErrors).length ? null : result.error);
      setAttempt((n) => n + 1);
    } finally {
      setPending(false);
    }
  };

  const shown = new Set<string>();
  const field = (
    path: string,
    label: string,
    control: ReactNode | ((c: FieldControlProps) => ReactNode),
    opts: { required?: boolean; hint?: string; className?: string } = {},
  ) => {
    shown.add(path);
    return (
      <FormField label={label} error={err(path)} required={opts.required} hint={opts.hint} className={opts.className}>
        {control}
      </FormField>
    );
  };
  /** A text input bound to `path`. */
  const text = (path: string, label: string, props: ComponentProps<typeof Input> = {}, opts: Parameters<typeof field>[3] = {}) =>
    field(path, label, <Input name={path} value={v(path)} onChange={set(path)} {...props} />, opts);
  const checkboxes = (path: string, label: string, options: readonly string[], required = false) => {
    shown.add(path);
    return (
      <fieldset
        className="grid gap-2 sm:col-span-2"
        aria-invalid={err(path) ? true : undefined}
        aria-describedby={err(path) ? `${path}-error` : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-slate-800">
          {label}
          {required ? (
            <span aria-hidden="true" className="text-red-600">
              {" "}
              *
            </span>
          ) : null}
        </legend>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {options.map((o) => (
            <CheckboxField
              key={o}
              label={o}
              checked={(lists[path] ?? []).includes(o)}
              onCheckedChange={(c) => toggle(path, o, c === true)}
            />
          ))}
        </div>
        {err(path) ? (
          <p id={`${path}-error`} role="alert" className="text-xs font-medium text-red-700">
            {err(path)}
          </p>
        ) : null}
      </fieldset>
    );
  };
  const options = (list: readonly string[], labels?: Record<string, string>) => list.map((x) => ({ value: x, label: labels?.[x] ?? x }));

  const sections = (
    <>
      <Section title={t("partnerSection")} description={t("partnerSectionHint")}>
        {field(
          "partnerOrganizationId",
          t("partner"),
          <Select
            name="partnerOrganizationId"
            value={v("partnerOrganizationId")}
            onChange={(e) => setValues((s) => ({ ...s, partnerOrganizationId: e.target.value, recipientUserId: "" }))}
            placeholder={t("choosePartner")}
            options={targets.map((x) => ({ value: x.id, label: x.name }))}
          />,
          { required: true, hint: target ? t("expiresHint", { timeZone: target.timeZone }) : undefined },
        )}
        {field(
          "recipientUserId",
          t("recipient"),
          <Select
            name="recipientUserId"
            value={v("recipientUserId")}
            onChange={set("recipientUserId")}
            disabled={!target}
            options={[
              { value: "", label: t("anyRecipient") },
              ...(target?.recipients ?? []).map((r) => ({ value: r.id, label: `${r.name} (${r.email})` })),
            ]}
          />,
          { hint: target && !target.hasAllianceLead ? t("noLead") : t("recipientHint") },
        )}
        {target?.trainingPartner ? (
          <Alert variant="info" className="sm:col-span-2">
            {t("trainingPartner")}
          </Alert>
        ) : null}
      </Section>

      <Section title={t("customerSection")}>
        {text("customer.companyName", t("companyName"), { maxLength: 120 }, { required: true })}
        {text("customer.websiteUrl", t("websiteUrl"), { placeholder: "https://" }, { required: true })}
        {field(
          "customer.industry",
          t("industry"),
          <Select
            name="customer.industry"
            value={v("customer.industry")}
            onChange={set("customer.industry")}
            placeholder={t("choose")}
            options={options(INDUSTRIES)}
          />,
          { required: true },
        )}
        {v("customer.industry") === "Other"
          ? field(
              "customer.otherIndustry",
              t("otherIndustry"),
              <Input name="customer.otherIndustry" value={v("customer.otherIndustry")} onChange={set("customer.otherIndustry")} />,
              { required: true },
            )
          : null}
        {v("customer.industry") === "Government"
          ? field(
              "nationalSecurity",
              t("nationalSecurity"),
              <Select
                name="nationalSecurity"
                value={v("nationalSecurity")}
                onChange={set("nationalSecurity")}
                placeholder={t("choose")}
                options={options(YES_NO, YES_NO_LABELS)}
              />,
              { required: true },
            )
          : null}
        {field(
          "customer.countryCode",
          t("countryCode"),
          <Select
            name="customer.countryCode"
            value={v("customer.countryCode")}
            onChange={set("customer.countryCode")}
            placeholder={t("choose")}
            options={countries}
          />,
          { required: true },
        )}
        {text("customer.postalCode", t("postalCode"), { maxLength: 20 })}
        {text("customer.stateOrRegion", t("stateOrRegion"), {}, { required: v("customer.countryCode") === "US" })}
        {text(
          "customer.city",
          t("city"),
          {},
          {
            required: true,
          },
        )}
        {text("customer.streetAddress", t("streetAddress"), {}, { required: true })}
        {text("customer.duns", t("duns"), { inputMode: "numeric", maxLength: 9 })}
      </Section>

      <Section title={t("projectSection")}>
        {text("project.title", t("titleField"), { maxLength: 255 }, { required: true, className: "sm:col-span-2" })}
        {field(
          "project.customerBusinessProblem",
          t("customerBusinessProblem"),
          <Textarea
            name="project.customerBusinessProblem"
            value={v("project.customerBusinessProblem")}
            onChange={set("project.customerBusinessProblem")}
            rows={4}
            maxLength={2000}
          />,
          { required: true, hint: t("customerBusinessProblemHint"), className: "sm:col-span-2" },
        )}
        {field(
          "opportunityType",
          t("opportunityType"),
          <Select
            name="opportunityType"
            value={v("opportunityType")}
            onChange={set("opportunityType")}
            options={options(OPPORTUNITY_TYPES, OPPORTUNITY_TYPE_LABELS)}
          />,
          { required: true },
        )}
        {field(
          "project.customerUseCase",
          t("customerUseCase"),
          <Select
            name="project.customerUseCase"
            value={v("project.customerUseCase")}
            onChange={set("project.customerUseCase")}
            placeholder={t("choose")}
            options={options(CUSTOMER_USE_CASES)}
          />,
          {
            required: true,
          },
        )}
        {checkboxes("project.deliveryModels", t("deliveryModels"), DELIVERY_MODELS, true)}
        {field(
          "project.expectedMonthlyRevenue",
          t("amount"),
          (control: FieldControlProps) => (
            <div className="flex gap-2">
              <Input
                {...control}
                name="project.expectedMonthlyRevenue.amount"
                value={v("project.expectedMonthlyRevenue.amount")}
                onChange={set("project.expectedMonthlyRevenue.amount")}
                inputMode="decimal"
                placeholder="12500.00"
              />
              <Select
                aria-label={t("currency")}
                name="project.expectedMonthlyRevenue.currency"
                value={v("project.expectedMonthlyRevenue.currency")}
                onChange={set("project.expectedMonthlyRevenue.currency")}
                wrapperClassName="w-28 shrink-0"
                options={[...COMMON_CURRENCIES, ...CURRENCY_CODES.filter((c) => !COMMON_CURRENCIES.includes(c))].map((c) => ({
                  value: c,
                  label: c,
                }))}
              />
            </div>
          ),
          { required: true },
        )}
        {text("project.targetCloseDate", t("targetCloseDate"), { type: "date", min: today }, { required: true })}
      </Section>

      <Section title={t("salesSection")}>
        {field(
          "stage",
          t("stage"),
          <Select name="stage" value={v("stage")} onChange={set("stage")} options={options(OPEN_STAGES, SALES_STAGE_LABELS)} />,
          { required: true },
        )}
        {field(
          "project.competitor",
          t("competitor"),
          <Select
            name="project.competitor"
            value={v("project.competitor")}
            onChange={set("project.competitor")}
            placeholder={t("none")}
            options={options(COMPETITORS)}
          />,
        )}
        {v("project.competitor") === OTHER_COMPETITOR
          ? field(
              "project.otherCompetitorNames",
              t("otherCompetitorNames"),
              <Input
                name="project.otherCompetitorNames"
                value={v("project.otherCompetitorNames")}
                onChange={set("project.otherCompetitorNames")}
              />,
              { required: true },
            )
          : null}
        {checkboxes("project.salesActivities", t("salesActivities"), SALES_ACTIVITIES, true)}
        {field(
          "coSellWithProvider",
          t("coSellWithProvider"),
          <Select
            name="coSellWithProvider"
            value={v("coSellWithProvider")}
            onChange={set("coSellWithProvider")}
            options={options(YES_NO, YES_NO_LABELS)}
          />,
          { required: true },
        )}
        {field(
          "marketing.source",
          t("marketingSource"),
          <Select
            name="marketing.source"
            value={v("marketing.source")}
            onChange={set("marketing.source")}
            options={[
              { value: "NONE", label: "None" },
              { value: "MARKETING_ACTIVITY", label: "Marketing activity" },
            ]}
          />,
          { required: true },
        )}
        {v("coSellWithProvider") === "YES"
          ? checkboxes("primaryNeedsFromProvider", t("primaryNeedsFromProvider"), PRIMARY_NEEDS_FROM_PROVIDER, true)
          : null}
        {v("marketing.source") === "MARKETING_ACTIVITY" ? (
          <>
            {field(
              "marketing.fundingUsed",
              t("fundingUsed"),
              <Select
                name="marketing.fundingUsed"
                value={v("marketing.fundingUsed")}
                onChange={set("marketing.fundingUsed")}
                placeholder={t("choose")}
                options={options(YES_NO, YES_NO_LABELS)}
              />,
              { required: true },
            )}
            {text("marketing.campaignName", t("campaignName"))}
          </>
        ) : null}
      </Section>

      <Section title={t("providerSection")} description={t("providerSectionHint")}>
        {text(
          "nextStep",
          t("nextStep"),
          { maxLength: 255 },
          {
            className: "sm:col-span-2",
          },
        )}
        {text("leadSource", t("leadSource"), { maxLength: 80 }, { hint: t("leadSourceHint") })}
        {text("providerAccountId", t("providerAccountId"), { inputMode: "numeric", maxLength: 12 })}
        <fieldset className="grid gap-2 sm:col-span-2">
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("team")}</legend>
          {team.map((m, i) => {
            shown.add(`providerTeam.${i}.role`).add(`providerTeam.${i}.name`).add(`providerTeam.${i}.email`);
            return (
              <div key={i} className="grid items-start gap-2 sm:grid-cols-[10rem_1fr_1fr_auto]">
                <FormField label={t("role")} hideLabel={i > 0} error={err(`providerTeam.${i}.role`)}>
                  <Select
                    value={m.role}
                    onChange={(e) =>
                      setTeam((list) => list.map((x, j) => (j === i ? { ...x, role: e.target.value as ProviderTeamRole } : x)))
                    }
                    options={options(PROVIDER_TEAM_ROLES, PROVIDER_TEAM_ROLE_LABELS)}
                  />
                </FormField>
                <FormField label={t("name")} hideLabel={i > 0} error={err(`providerTeam.${i}.name`)}>
                  <Input
                    value={m.name}
                    onChange={(e) => setTeam((list) => list.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
                  />
                </FormField>
                <FormField label={t("email")} hideLabel={i > 0} error={err(`providerTeam.${i}.email`)}>
                  <Input
                    type="email"
                    value={m.email}
                    onChange={(e) => setTeam((list) => list.map((x, j) => (j === i ? { ...x, email: e.target.value } : x)))}
                  />
                </FormField>
                <Button
                  variant="ghost"
                  size="icon"
                  className={i === 0 ? "sm:mt-6" : undefined}
                  aria-label={t("removeContact", { n: i + 1 })}
                  onClick={() => setTeam((list) => list.filter((_, j) => j !== i))}
                >
                  <Trash2 />
                </Button>
              </div>
            );
          })}
          <div>
            <Button
              variant="outline"
              size="sm"
              onClick={() => setTeam((list) => [...list, { role: "ACCOUNT_MANAGER", name: "", email: "" }])}
              disabled={team.length >= 20}
            >
              <Plus aria-hidden="true" />
              {t("addContact")}
            </Button>
          </div>
        </fieldset>
      </Section>

      <Section title={t("contactSection")} description={t("contactSectionHint")}>
        {text("customerContact.firstName", t("firstName"), { maxLength: 80 })}
        {text("customerContact.lastName", t("lastName"), { maxLength: 80 })}
        {text("customerContact.email", t("email"), { type: "email", maxLength: 80 })}
        {text("customerContact.phone", t("phone"), { type: "tel", placeholder: "+49 30 1234567" })}
        {text("customerContact.title", t("contactTitle"), { maxLength: 80 })}
      </Section>
    </>
  );

  // Errors the form has no field for (e.g. an unknown key) still show, at the top.
  const unplaced = Object.entries(errors).filter(
    ([path]) =>
      !shown.has(path) && !(path === "project.expectedMonthlyRevenue.amount" || path === "project.expectedMonthlyRevenue.currency"),
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-5">
      {failure ? (
        <Alert variant="danger" live>
          {failure}
        </Alert>
      ) : Object.keys(errors).length > 0 ? (
        <Alert variant="danger" live title={t("errorsTitle")}>
          {unplaced.length > 0 ? (
            <ul className="list-disc pl-4">
              {unplaced.map(([path, message]) => (
                <li key={path}>
                  <code>{path}</code>: {message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {sections}
      <div className="flex justify-end">
        <Button type="submit" loading={pending}>
          <Send aria-hidden="true" />
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-4 sm:grid-cols-2">{children}</CardContent>
    </Card>
  );
}
