import { useTranslations } from "next-intl";
import {
  FIELD_LABELS,
  OPPORTUNITY_TYPE_LABELS,
  ORIGIN_LABELS,
  PROVIDER_TEAM_ROLE_LABELS,
  type OpportunityType,
  type Origin,
  type ProviderTeamRole,
} from "@/lib/domain/opportunity";
import type { PreAcceptanceView } from "@/lib/domain/provider-referral";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { countryText, dayText, instantText, listText, moneyText, text } from "./format";
import type { Formatting } from "./types";

const label = <K extends string>(labels: Record<K, string>, value: unknown): string | null =>
  typeof value === "string" && value in labels ? labels[value as K] : text(value);

/**
 * Everything a partner may see of a referral before accepting it (domain.md §3), in three
 * cards. It renders only what it is given: the server already reduced the referral to the
 * pre-acceptance fields.
 */
export function PreAcceptanceDetails({ view, fmt }: { view: PreAcceptanceView; fmt: Formatting }) {
  const t = useTranslations("providerReferrals.detail");
  const c = view.customer ?? {};
  const p = view.project ?? {};
  const team = view.providerTeam ?? [];
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader>
          <CardTitle>{t("customer")}</CardTitle>
        </CardHeader>
        <CardContent>
          <DescriptionList
            items={[
              { key: "companyName", term: FIELD_LABELS["customer.companyName"], value: text(c.companyName) },
              {
                key: "websiteUrl",
                term: FIELD_LABELS["customer.websiteUrl"],
                value: text(c.websiteUrl) ? (
                  <a
                    className="font-medium text-indigo-700 hover:underline"
                    href={/^https?:\/\//i.test(String(c.websiteUrl)) ? String(c.websiteUrl) : `https://${String(c.websiteUrl)}`}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {String(c.websiteUrl)}
                  </a>
                ) : null,
              },
              { key: "industry", term: FIELD_LABELS["customer.industry"], value: text(c.industry) },
              { key: "countryCode", term: FIELD_LABELS["customer.countryCode"], value: countryText(c.countryCode, fmt.locale) },
              { key: "postalCode", term: FIELD_LABELS["customer.postalCode"], value: text(c.postalCode) },
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("opportunity")}</CardTitle>
        </CardHeader>
        <CardContent>
          <DescriptionList
            items={[
              { key: "title", term: FIELD_LABELS["project.title"], value: text(p.title), fullWidth: true },
              {
                key: "problem",
                term: FIELD_LABELS["project.customerBusinessProblem"],
                value: text(p.customerBusinessProblem) ? (
                  <span className="whitespace-pre-line">{String(p.customerBusinessProblem)}</span>
                ) : null,
                fullWidth: true,
              },
              {
                key: "type",
                term: FIELD_LABELS.opportunityType,
                value: label(OPPORTUNITY_TYPE_LABELS as Record<OpportunityType, string>, view.opportunityType),
              },
              { key: "useCase", term: FIELD_LABELS["project.customerUseCase"], value: text(p.customerUseCase) },
              { key: "deliveryModels", term: FIELD_LABELS["project.deliveryModels"], value: listText(p.deliveryModels) },
              { key: "revenue", term: FIELD_LABELS["project.expectedMonthlyRevenue"], value: moneyText(p.expectedMonthlyRevenue, fmt) },
              { key: "close", term: FIELD_LABELS["project.targetCloseDate"], value: dayText(p.targetCloseDate, fmt) },
              {
                key: "created",
                term: t("createdDate"),
                value: typeof view.createdAt === "string" ? instantText(view.createdAt, fmt) : null,
              },
              { key: "nextStep", term: t("nextStep"), value: text(view.nextStep), fullWidth: true },
              { key: "leadSource", term: t("leadSource"), value: text(view.leadSource) },
              { key: "origin", term: t("origin"), value: label(ORIGIN_LABELS as Record<Origin, string>, view.origin) },
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("providerContacts")}</CardTitle>
        </CardHeader>
        <CardContent>
          {team.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noContacts")}</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead className="text-xs tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="pb-2 font-medium">
                    {t("contactRole")}
                  </th>
                  <th scope="col" className="pb-2 font-medium">
                    {t("contactName")}
                  </th>
                  <th scope="col" className="pb-2 font-medium">
                    {t("contactEmail")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {team.map((m, i) => (
                  <tr key={i}>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {label(PROVIDER_TEAM_ROLE_LABELS as Record<ProviderTeamRole, string>, m.role)}
                    </td>
                    <td className="py-2 pr-3">{text(m.name)}</td>
                    <td className="py-2">
                      {text(m.email) ? (
                        <a className="text-indigo-700 hover:underline" href={`mailto:${String(m.email)}`}>
                          {String(m.email)}
                        </a>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
