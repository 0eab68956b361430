import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  FIELD_LABELS,
  FIELD_PATHS,
  MONEY_FIELDS,
  OPPORTUNITY_TYPE_LABELS,
  PROVIDER_TEAM_ROLE_LABELS,
  SALES_STAGE_LABELS,
  YES_NO_LABELS,
  getAtPath,
} from "@/lib/domain/opportunity";
import { INVITATION_REJECT_REASON_LABELS } from "@/lib/domain/provider-referral";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionList, type DescriptionItem } from "@/components/ui/description-list";
import { countryText, dayText, instantText, moneyText } from "./format";
import { ReferralStatusBadge } from "./status-badge";
import type { Formatting, SentReferralDetailView } from "./types";

const ENUMS: Record<string, Record<string, string>> = {
  opportunityType: OPPORTUNITY_TYPE_LABELS,
  stage: SALES_STAGE_LABELS,
  coSellWithProvider: YES_NO_LABELS,
  nationalSecurity: YES_NO_LABELS,
  "marketing.fundingUsed": YES_NO_LABELS,
};

function valueOf(path: string, value: unknown, fmt: Formatting): string | null {
  if (value === undefined || value === null || value === "") return null;
  if ((MONEY_FIELDS as readonly string[]).includes(path)) return moneyText(value as { amount?: unknown; currency?: unknown }, fmt);
  if (path === "project.targetCloseDate") return dayText(value, fmt);
  if (path === "customer.countryCode") return countryText(value, fmt.locale);
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "string") return ENUMS[path]?.[value] ?? value;
  return String(value);
}

/** The sender's view: the referral's live status and answer, and every field as sent. */
export function SentReferralDetails({ referral: r, fmt }: { referral: SentReferralDetailView; fmt: Formatting }) {
  const t = useTranslations("providerReferrals.detail");
  const ts = useTranslations("providerReferrals.status");
  const statusItems: DescriptionItem[] = [
    { key: "status", term: t("status"), value: <ReferralStatusBadge status={r.status} label={ts(r.status)} /> },
    { key: "partner", term: t("partner"), value: r.partner.name },
    { key: "recipient", term: t("recipient"), value: r.recipient?.name ?? t("anyone") },
    { key: "sentAt", term: t("sentAt"), value: instantText(r.sentAt, fmt) },
    { key: "expiresAt", term: t("expiresAt"), value: instantText(r.expiresAt, fmt) },
    { key: "answeredAt", term: t("answeredAt"), value: instantText(r.answeredAt, fmt), hidden: !r.answeredAt },
    { key: "answeredBy", term: t("answeredBy"), value: r.answeredBy?.name, hidden: !r.answeredBy },
    {
      key: "rejectReason",
      term: t("rejectReason"),
      value: r.rejectReason ? INVITATION_REJECT_REASON_LABELS[r.rejectReason] : null,
      hidden: !r.rejectReason,
    },
    { key: "rejectComment", term: t("rejectComment"), value: r.rejectComment, hidden: !r.rejectComment, fullWidth: true },
    {
      key: "opportunity",
      term: t("opportunityLink"),
      value: r.opportunityId ? (
        <Link className="font-medium text-indigo-700 hover:underline" href={`/opportunities/${r.opportunityId}`}>
          {t("openOpportunity")}
        </Link>
      ) : null,
      hidden: !r.opportunityId,
    },
  ];
  const fieldItems: DescriptionItem[] = FIELD_PATHS.map((path) => ({
    key: path,
    term: FIELD_LABELS[path],
    value: valueOf(path, getAtPath(r.opportunity, path), fmt),
  })).filter((item) => item.value !== null);
  return (
    <div className="grid gap-4">
      <Card>
        <CardHeader>
          <CardTitle>{t("referral")}</CardTitle>
        </CardHeader>
        <CardContent>
          <DescriptionList items={statusItems} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("provider")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <DescriptionList
            items={[
              { key: "nextStep", term: t("nextStep"), value: r.nextStep, fullWidth: true },
              { key: "leadSource", term: t("leadSource"), value: r.leadSource },
            ]}
          />
          <ul className="grid gap-1 text-sm" aria-label={t("providerContacts")}>
            {r.providerTeam.map((m, i) => (
              <li key={i}>
                <span className="text-slate-500">{PROVIDER_TEAM_ROLE_LABELS[m.role]}:</span> {m.name} &lt;{m.email}&gt;
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("allFields")}</CardTitle>
        </CardHeader>
        <CardContent>
          <DescriptionList items={fieldItems} />
        </CardContent>
      </Card>
    </div>
  );
}
