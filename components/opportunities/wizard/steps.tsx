"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Info } from "lucide-react";
import {
  COMPETITORS,
  CUSTOMER_USE_CASES,
  DELIVERY_MODELS,
  INDUSTRIES,
  MARKETING_CHANNELS,
  MARKETING_SOURCES,
  MARKETING_SOURCE_LABELS,
  MARKETING_USE_CASES,
  OPPORTUNITY_TYPES,
  OPPORTUNITY_TYPE_LABELS,
  PRIMARY_NEEDS_FROM_PROVIDER,
  RECOMMENDED_SUBMIT_STAGE,
  SALES_ACTIVITIES,
  SALES_STAGES,
  SALES_STAGE_LABELS,
  YES_NO,
  YES_NO_LABELS,
  type WizardStepKey,
} from "@/lib/domain/opportunity";
import { cn } from "@/components/ui/cn";
import { useWizardForm } from "./form-context";
import { CheckboxGroupField, DateField, MoneyField, RadioField, SelectField, TextAreaField, TextField } from "./fields";
import { text } from "./form-values";

const picklist = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));
const yesNo = labelled(YES_NO, YES_NO_LABELS);

/** A titled group of fields inside a step. */
function Group({ title, description, children, columns = 2 }: { title: string; description?: string; children: ReactNode; columns?: 1 | 2 }) {
  return (
    <section className="grid gap-4 border-t border-slate-200 pt-6 first:border-t-0 first:pt-0">
      <div className="grid gap-1">
        <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
        {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      </div>
      <div className={cn("grid items-start gap-x-6 gap-y-5", columns === 2 && "sm:grid-cols-2")}>{children}</div>
    </section>
  );
}

const full = "sm:col-span-2";

function CustomerStep() {
  const t = useTranslations("opportunityForm");
  const { options } = useWizardForm();
  return (
    <>
      <Group title={t("groups.company")}>
        <TextField path="customer.companyName" maxLength={120} autoComplete="organization" />
        <TextField path="customer.websiteUrl" maxLength={255} type="url" inputMode="url" placeholder="https://" />
        <SelectField path="customer.industry" options={picklist(INDUSTRIES)} />
        <TextField path="customer.otherIndustry" maxLength={255} />
        <RadioField path="nationalSecurity" options={yesNo} className={full} />
        <TextField path="customer.duns" maxLength={9} inputMode="numeric" />
      </Group>
      <Group title={t("groups.address")}>
        <SelectField path="customer.countryCode" options={options.countries} placeholder={t("chooseCountry")} />
        <TextField path="customer.postalCode" maxLength={20} autoComplete="postal-code" />
        <TextField path="customer.stateOrRegion" maxLength={255} autoComplete="address-level1" />
        <TextField path="customer.city" maxLength={255} autoComplete="address-level2" />
        <TextField path="customer.streetAddress" maxLength={255} autoComplete="street-address" className={full} />
      </Group>
    </>
  );
}

function StageAdvice() {
  const t = useTranslations("opportunityForm");
  const { values } = useWizardForm();
  const early = text(values, "stage") === "PROSPECT";
  return (
    <p className={cn("flex items-start gap-1.5 text-xs", early ? "font-medium text-amber-800" : "text-slate-600")}>
      <Info aria-hidden="true" className="mt-px size-3.5 shrink-0" />
      {t("stageAdvice", { stage: SALES_STAGE_LABELS[RECOMMENDED_SUBMIT_STAGE] })}
    </p>
  );
}

function ProjectStep() {
  const t = useTranslations("opportunityForm");
  const { options, ctx } = useWizardForm();
  return (
    <>
      <Group title={t("groups.project")}>
        <TextField path="project.title" maxLength={255} className={full} />
        <TextAreaField path="project.customerBusinessProblem" maxLength={2000} className={full} />
        <SelectField path="project.customerUseCase" options={picklist(CUSTOMER_USE_CASES)} />
        <TextField path="partnerCrmId" maxLength={64} />
        <CheckboxGroupField path="project.deliveryModels" options={DELIVERY_MODELS} columns={3} className={full} />
        <MoneyField path="project.expectedMonthlyRevenue" />
        <DateField path="project.targetCloseDate" min={nextDay(ctx.today)} />
      </Group>
      <Group title={t("groups.deal")}>
        <RadioField
          path="opportunityType"
          className={full}
          options={OPPORTUNITY_TYPES.map((value) => ({
            value,
            label: OPPORTUNITY_TYPE_LABELS[value],
            description: t(`opportunityTypes.${value}`),
          }))}
        />
        <SelectField path="parentOpportunityId" options={options.parents} placeholder={t("chooseParent")} className={full} />
        <SelectField path="stage" options={labelled(SALES_STAGES, SALES_STAGE_LABELS)} advice={<StageAdvice />} />
        <CheckboxGroupField path="project.salesActivities" options={SALES_ACTIVITIES} className={full} />
      </Group>
      <Group title={t("groups.coSell")} description={t("groups.coSellDescription")}>
        <RadioField path="coSellWithProvider" options={yesNo} className={full} />
        <CheckboxGroupField path="primaryNeedsFromProvider" options={PRIMARY_NEEDS_FROM_PROVIDER} className={full} />
      </Group>
      <Group title={t("groups.marketing")}>
        <RadioField path="marketing.source" options={labelled(MARKETING_SOURCES, MARKETING_SOURCE_LABELS)} />
        <RadioField path="marketing.fundingUsed" options={yesNo} />
        <TextField path="marketing.campaignName" maxLength={255} className={full} />
        <CheckboxGroupField path="marketing.channels" options={MARKETING_CHANNELS} columns={3} className={full} />
        <CheckboxGroupField path="marketing.useCases" options={MARKETING_USE_CASES} columns={3} className={full} />
      </Group>
    </>
  );
}

function ContactFields({ prefix }: { prefix: "customerContact" | "partnerSalesContact" }) {
  return (
    <>
      <TextField path={`${prefix}.firstName`} maxLength={80} autoComplete="off" />
      <TextField path={`${prefix}.lastName`} maxLength={80} autoComplete="off" />
      <TextField path={`${prefix}.email`} maxLength={80} type="email" inputMode="email" />
      <TextField path={`${prefix}.phone`} maxLength={30} type="tel" inputMode="tel" placeholder="+49 30 1234567" />
      <TextField path={`${prefix}.title`} maxLength={80} />
    </>
  );
}

function AdditionalDetailsStep() {
  const t = useTranslations("opportunityForm");
  const { options, mode } = useWizardForm();
  return (
    <>
      <Group title={t("groups.competition")}>
        <SelectField path="project.competitor" options={picklist(COMPETITORS)} />
        <TextField path="project.otherCompetitorNames" maxLength={255} />
        <TextField path="project.otherSolutionDescription" maxLength={255} className={full} />
        <TextAreaField path="project.additionalComments" maxLength={255} rows={3} className={full} />
        <TextField path="providerAccountId" maxLength={12} inputMode="numeric" />
      </Group>
      <Group title={t("groups.people")} description={t("groups.peopleDescription")}>
        {mode === "create" ? (
          <SelectField path="ownerId" options={options.owners} placeholder={t("chooseOwner")} className={full} />
        ) : (
          <TextField path="ownerId" className={full} />
        )}
        <ContactFields prefix="partnerSalesContact" />
      </Group>
    </>
  );
}

function CustomerContactStep() {
  const t = useTranslations("opportunityForm");
  return (
    <Group title={t("groups.customerContact")} description={t("groups.customerContactDescription")}>
      <ContactFields prefix="customerContact" />
    </Group>
  );
}

/** The day after `YYYY-MM-DD` (the earliest target close date the rules accept). */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export const STEP_CONTENT: Record<WizardStepKey, () => ReactNode> = {
  customer: CustomerStep,
  project: ProjectStep,
  additionalDetails: AdditionalDetailsStep,
  customerContact: CustomerContactStep,
};
