import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ExternalLink } from "lucide-react";
import {
  FIELD_LABELS,
  MARKETING_SOURCE_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  ORIGIN_LABELS,
  PROVIDER_TEAM_ROLE_LABELS,
  SALES_STAGE_LABELS,
  YES_NO_LABELS,
  type Contact,
  type FieldPath,
} from "@/lib/domain/opportunity";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionList, type DescriptionItem } from "@/components/ui/description-list";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";
import { country, day, instant, list, money } from "./format";
import type { Formatting, OpportunityView } from "./types";

/**
 * The opportunity's fields in four read-only sections (Project, Customer, Contacts,
 * Additional details), shared by the detail page's tabs and the validator's review screen.
 * Server-safe.
 */
export type SectionProps = { opportunity: OpportunityView; fmt: Formatting; headingLevel?: "h2" | "h3" };

const linkClass = cn("inline-flex items-center gap-1 rounded-sm font-medium text-indigo-700 hover:underline", focusRing);

function item(path: FieldPath, value: ReactNode, extra: Partial<DescriptionItem> = {}): DescriptionItem {
  return { key: path, term: FIELD_LABELS[path], value, ...extra };
}

/** Long text with its line breaks; null when empty (the list shows its placeholder). */
const multiline = (text: string | undefined) => (text ? <span className="whitespace-pre-line">{text}</span> : null);

/** Picklist values as chips; null when empty. */
const chips = (values: readonly string[] | undefined) =>
  values && values.length ? (
    <ul className="flex flex-wrap gap-1.5">
      {values.map((v) => (
        <li key={v} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
          {v}
        </li>
      ))}
    </ul>
  ) : null;

function website(url: string | undefined) {
  if (!url) return null;
  const href = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {url}
      <ExternalLink aria-hidden="true" className="size-3.5" />
    </a>
  );
}

function Section({ title, description, headingLevel = "h2", children, id }: { title: string; description?: string; headingLevel?: "h2" | "h3"; children: ReactNode; id?: string }) {
  return (
    <Card id={id}>
      <CardHeader>
        <CardTitle as={headingLevel}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

function SubHeading({ children, as: Tag = "h3" }: { children: ReactNode; as?: "h3" | "h4" }) {
  return <Tag className="mb-3 text-sm font-semibold text-slate-800">{children}</Tag>;
}

export function ProjectSection({ opportunity: o, fmt, headingLevel }: SectionProps) {
  const t = useTranslations("opportunities");
  const p = o.data.project;
  const terminal = o.stage === "LAUNCHED" || o.stage === "CLOSED_LOST";
  return (
    <Section title={t("sections.project")} headingLevel={headingLevel}>
      <DescriptionList
        emptyValueLabel={t("notProvided")}
        items={[
          item("project.title", p?.title, { fullWidth: true }),
          item("opportunityType", o.data.opportunityType ? OPPORTUNITY_TYPE_LABELS[o.data.opportunityType] : null),
          item(
            "parentOpportunityId",
            o.parentOpportunityId ?? o.data.parentOpportunityId ? (
              <Link href={`/opportunities/${o.parentOpportunityId ?? o.data.parentOpportunityId}`} className={linkClass}>
                {t("detail.viewParent")}
              </Link>
            ) : null,
            { hidden: !o.data.opportunityType || o.data.opportunityType === "NET_NEW_BUSINESS" },
          ),
          item("project.customerBusinessProblem", multiline(p?.customerBusinessProblem), { fullWidth: true }),
          item("project.customerUseCase", p?.customerUseCase),
          item("project.deliveryModels", chips(p?.deliveryModels)),
          item("project.expectedMonthlyRevenue", money(p?.expectedMonthlyRevenue, fmt)),
          item("project.targetCloseDate", day(p?.targetCloseDate, fmt)),
          item("stage", SALES_STAGE_LABELS[o.stage]),
          { key: "closeDate", term: t("detail.closeDate"), value: day(o.closeDate, fmt), hidden: !terminal },
          { key: "closedLostReason", term: t("detail.closedLostReason"), value: o.closedLostReason, hidden: o.stage !== "CLOSED_LOST" },
          item("project.salesActivities", chips(p?.salesActivities), { fullWidth: true }),
          item("project.competitor", p?.competitor),
          item("project.otherCompetitorNames", p?.otherCompetitorNames, { hidden: !p?.otherCompetitorNames && p?.competitor !== "*Other" }),
          item("project.otherSolutionDescription", p?.otherSolutionDescription),
          item("partnerCrmId", o.data.partnerCrmId),
          item("project.additionalComments", multiline(p?.additionalComments), { fullWidth: true }),
          { key: "origin", term: t("detail.origin"), value: ORIGIN_LABELS[o.origin] },
          { key: "createdBy", term: t("detail.createdBy"), value: t("detail.createdByValue", { name: o.createdBy.name, at: instant(o.createdAt, fmt) ?? "" }) },
        ]}
      />
    </Section>
  );
}

export function CustomerSection({ opportunity: o, fmt, headingLevel }: SectionProps) {
  const t = useTranslations("opportunities");
  const c = o.data.customer;
  return (
    <Section title={t("sections.customer")} headingLevel={headingLevel}>
      <DescriptionList
        emptyValueLabel={t("notProvided")}
        items={[
          item("customer.companyName", c?.companyName),
          item("customer.websiteUrl", website(c?.websiteUrl)),
          item("customer.industry", c?.industry),
          item("customer.otherIndustry", c?.otherIndustry, { hidden: c?.industry !== "Other" && !c?.otherIndustry }),
          item("nationalSecurity", o.data.nationalSecurity ? YES_NO_LABELS[o.data.nationalSecurity] : null, {
            hidden: c?.industry !== "Government" && !o.data.nationalSecurity,
          }),
          item("customer.duns", c?.duns),
          item("providerAccountId", o.data.providerAccountId),
          item("customer.streetAddress", c?.streetAddress, { fullWidth: true }),
          item("customer.city", c?.city),
          item("customer.stateOrRegion", c?.stateOrRegion),
          item("customer.postalCode", c?.postalCode),
          item("customer.countryCode", country(c?.countryCode, fmt.locale)),
        ]}
      />
    </Section>
  );
}

const subLevel = (level: "h2" | "h3" | undefined) => (level === "h3" ? "h4" : "h3");

function ContactCard({ title, contact, emptyText, level }: { title: string; contact: Contact | undefined; emptyText: string; level: "h3" | "h4" }) {
  const t = useTranslations("opportunities");
  const name = [contact?.firstName, contact?.lastName].filter(Boolean).join(" ");
  return (
    <div className="grid content-start gap-2 rounded-md border border-slate-200 p-4">
      <SubHeading as={level}>{title}</SubHeading>
      {contact && (name || contact.email || contact.phone) ? (
        <DescriptionList
          columns={1}
          emptyValueLabel={t("notProvided")}
          items={[
            { key: "name", term: t("contacts.name"), value: name },
            { key: "title", term: t("contacts.title"), value: contact.title },
            {
              key: "email",
              term: t("contacts.email"),
              value: contact.email ? (
                <a href={`mailto:${contact.email}`} className={linkClass}>
                  {contact.email}
                </a>
              ) : null,
            },
            {
              key: "phone",
              term: t("contacts.phone"),
              value: contact.phone ? (
                <a href={`tel:${contact.phone}`} className={linkClass}>
                  {contact.phone}
                </a>
              ) : null,
            },
          ]}
        />
      ) : (
        <p className="text-sm text-slate-500">{emptyText}</p>
      )}
    </div>
  );
}

export function ContactsSection({ opportunity: o, headingLevel }: SectionProps) {
  const t = useTranslations("opportunities");
  const approved = o.status === "APPROVED";
  return (
    <Section title={t("sections.contacts")} headingLevel={headingLevel}>
      <div className="grid gap-4">
        <div className="grid gap-4 md:grid-cols-2">
          <ContactCard title={t("contacts.partnerSalesContact")} contact={o.data.partnerSalesContact} emptyText={t("contacts.none")} level={subLevel(headingLevel)} />
          <ContactCard title={t("contacts.customerContact")} contact={o.data.customerContact} emptyText={t("contacts.noCustomerContact")} level={subLevel(headingLevel)} />
        </div>
        <div className="grid gap-2 rounded-md border border-slate-200 p-4">
          <SubHeading as={subLevel(headingLevel)}>{t("contacts.providerTeam")}</SubHeading>
          {!approved ? (
            <p className="text-sm text-slate-500">{t("contacts.providerTeamAfterApproval")}</p>
          ) : o.providerTeam.length === 0 ? (
            <p className="text-sm text-slate-500">{t("contacts.providerTeamEmpty")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("contacts.providerTeam")}</caption>
                <thead className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                  <tr>
                    <th scope="col" className="py-1.5 pr-4">
                      {t("contacts.role")}
                    </th>
                    <th scope="col" className="py-1.5 pr-4">
                      {t("contacts.name")}
                    </th>
                    <th scope="col" className="py-1.5">
                      {t("contacts.email")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {o.providerTeam.map((m) => (
                    <tr key={m.id}>
                      <td className="py-2 pr-4 text-slate-600">{PROVIDER_TEAM_ROLE_LABELS[m.role]}</td>
                      <th scope="row" className="py-2 pr-4 font-medium text-slate-900">
                        {m.name}
                      </th>
                      <td className="py-2">
                        <a href={`mailto:${m.email}`} className={linkClass}>
                          {m.email}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      </div>
    </Section>
  );
}

export function AdditionalDetailsSection({ opportunity: o, fmt, headingLevel }: SectionProps) {
  const t = useTranslations("opportunities");
  const m = o.data.marketing;
  const fromMarketing = m?.source === "MARKETING_ACTIVITY";
  const pf = o.providerFields;
  return (
    <Section title={t("sections.additional")} headingLevel={headingLevel}>
      <div className="grid gap-6">
        <div>
          <SubHeading as={subLevel(headingLevel)}>{t("additional.marketing")}</SubHeading>
          <DescriptionList
            emptyValueLabel={t("notProvided")}
            items={[
              item("marketing.source", m?.source ? MARKETING_SOURCE_LABELS[m.source] : null),
              item("marketing.fundingUsed", m?.fundingUsed ? YES_NO_LABELS[m.fundingUsed] : null, { hidden: !fromMarketing }),
              item("marketing.campaignName", m?.campaignName, { hidden: !fromMarketing }),
              item("marketing.channels", chips(m?.channels), { hidden: !fromMarketing }),
              item("marketing.useCases", chips(m?.useCases), { hidden: !fromMarketing }),
            ]}
          />
        </div>
        <div className="border-t border-slate-100 pt-5">
          <SubHeading as={subLevel(headingLevel)}>{t("additional.coSell")}</SubHeading>
          <DescriptionList
            emptyValueLabel={t("notProvided")}
            items={[
              item("coSellWithProvider", o.data.coSellWithProvider ? YES_NO_LABELS[o.data.coSellWithProvider] : null),
              item("primaryNeedsFromProvider", chips(o.data.primaryNeedsFromProvider), {
                hidden: o.data.coSellWithProvider !== "YES" && !list(o.data.primaryNeedsFromProvider),
              }),
            ]}
          />
        </div>
        <div className="border-t border-slate-100 pt-5">
          <SubHeading as={subLevel(headingLevel)}>{t("additional.provider")}</SubHeading>
          <p className="mb-3 text-xs text-slate-500">{t("additional.providerHint")}</p>
          <DescriptionList
            columns={3}
            emptyValueLabel={t("notProvided")}
            items={[
              { key: "providerStage", term: t("additional.providerStage"), value: pf.providerStage },
              { key: "providerCloseDate", term: t("additional.providerCloseDate"), value: day(pf.providerCloseDate, fmt) },
              { key: "providerClosedLostReason", term: t("additional.providerClosedLostReason"), value: pf.providerClosedLostReason },
            ]}
          />
        </div>
      </div>
    </Section>
  );
}
