import { useTranslations } from "next-intl";
import { MARKETING_SOURCE_LABELS, OPPORTUNITY_TYPE_LABELS, type MarketingSource, type OpportunityType } from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ReviewStatusBadge, StageBadge } from "../badges";
import { country, day, money } from "../format";
import type { Fmt, SharedView } from "./types";

type Row = { key: string; label: string; value: React.ReactNode };

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const list = (v: unknown): string | null => (Array.isArray(v) && v.length ? v.join(", ") : null);

/** The read-only view an invited organisation gets (§2.9): only the shared fields, and the collaborators. */
export function SharedOpportunityView({ view, fmt }: { view: SharedView; fmt: Fmt }) {
  const t = useTranslations("sharing");
  const l = (key: string) => t(`view.labels.${key}` as "view.labels.title");
  const d = view.data as {
    customer?: Record<string, unknown>;
    project?: Record<string, unknown>;
    marketing?: Record<string, unknown>;
    partnerSalesContact?: Record<string, unknown>;
    opportunityType?: string;
  };
  const rows: Row[] = [];
  const push = (key: string, value: React.ReactNode | null) => {
    if (value !== null && value !== undefined && value !== "") rows.push({ key, label: l(key), value });
  };
  if (view.fields.includes("CUSTOMER")) {
    const c = d.customer ?? {};
    push("companyName", str(c.companyName));
    push("websiteUrl", str(c.websiteUrl));
    push("industry", str(c.industry));
    push("otherIndustry", str(c.otherIndustry));
    push("countryCode", country(str(c.countryCode), fmt.locale));
    push("stateOrRegion", str(c.stateOrRegion));
    push("city", str(c.city));
  }
  if (view.fields.includes("PROJECT")) {
    const p = d.project ?? {};
    push("title", str(p.title));
    push("customerBusinessProblem", str(p.customerBusinessProblem));
    push("customerUseCase", str(p.customerUseCase));
    push("deliveryModels", list(p.deliveryModels));
    push("opportunityType", d.opportunityType ? (OPPORTUNITY_TYPE_LABELS[d.opportunityType as OpportunityType] ?? d.opportunityType) : null);
    push("salesActivities", list(p.salesActivities));
  }
  if (view.fields.includes("REVENUE")) {
    push("expectedMonthlyRevenue", money(view.expectedMonthlyRevenue, fmt));
    push("targetCloseDate", day(view.targetCloseDate, fmt));
  }
  if (view.fields.includes("STAGE")) {
    push("status", view.status ? <ReviewStatusBadge status={view.status} /> : null);
    push("stage", view.stage ? <StageBadge stage={view.stage} /> : null);
  }
  if (view.fields.includes("NEXT_STEP")) push("latestNextStep", view.latestNextStep);
  if (view.fields.includes("CONTACT")) {
    const c = d.partnerSalesContact ?? {};
    const name = [str(c.firstName), str(c.lastName)].filter(Boolean).join(" ");
    push("salesContact", [name, str(c.title), str(c.email), str(c.phone)].filter(Boolean).join(" · ") || null);
  }
  if (view.fields.includes("MARKETING")) {
    const m = d.marketing ?? {};
    const source = str(m.source);
    push("source", source ? (MARKETING_SOURCE_LABELS[source as MarketingSource] ?? source) : null);
    push("campaignName", str(m.campaignName));
    push("channels", list(m.channels));
    push("useCases", list(m.useCases));
  }

  return (
    <div className="grid gap-4">
      <Alert variant="info">{t("view.readOnly", { organization: view.invitingOrganization.name })}</Alert>
      <Card>
        <CardHeader>
          <CardTitle>{t("view.message", { organization: view.invitingOrganization.name })}</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="text-sm whitespace-pre-line text-slate-800">{view.message}</p>
        </CardContent>
      </Card>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t("view.sharedFields")}</CardTitle>
          </CardHeader>
          <CardContent>
            {rows.length === 0 ? (
              <p className="text-sm text-slate-600">{t("view.nothing")}</p>
            ) : (
              <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
                {rows.map((r) => (
                  <div key={r.key} className="contents">
                    <dt className="text-sm text-slate-500">{r.label}</dt>
                    <dd className="text-sm whitespace-pre-line text-slate-900">{r.value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("view.collaborators")}</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-2" aria-label={t("view.collaborators")}>
              {view.collaborators.map((c) => (
                <li key={c.organization.id} className="flex items-center justify-between gap-2 text-sm">
                  <span>{c.organization.name}</span>
                  <Badge variant={c.role === "OWNER" ? "accent" : "success"}>{c.role === "OWNER" ? t("view.owner") : t("view.partner")}</Badge>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
