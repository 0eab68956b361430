import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OrganizationKind } from "@/lib/domain/roles";
import { formatNumber } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/styles";

export type OrganizationListRow = {
  id: string;
  kind: OrganizationKind;
  name: string;
  timeZone: string;
  locations: string[];
  solutionAssessmentApproved: boolean;
  trainingPartner: boolean;
  userCount: number;
};

/** Provider admin: every organisation, each linking to its detail page. Server-safe. */
export function OrganizationTable({ organizations, locale }: { organizations: readonly OrganizationListRow[]; locale: string }) {
  const t = useTranslations("people");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-left text-sm" aria-label={t("orgs.tableLabel")}>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">{t("orgs.columns.name")}</th>
            <th scope="col" className="px-4 py-2.5">{t("orgs.columns.kind")}</th>
            <th scope="col" className="px-4 py-2.5">{t("orgs.columns.timeZone")}</th>
            <th scope="col" className="px-4 py-2.5">{t("orgs.columns.locations")}</th>
            <th scope="col" className="px-4 py-2.5">{t("orgs.columns.flags")}</th>
            <th scope="col" className="px-4 py-2.5 text-right">{t("orgs.columns.users")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {organizations.map((o) => (
            <tr key={o.id} className="hover:bg-slate-50">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={`/admin/organizations/${o.id}`} prefetch={false} className={cn("rounded-sm text-indigo-700 hover:underline", focusRing)}>
                  {o.name}
                </Link>
              </th>
              <td className="px-4 py-3">
                <Badge variant={o.kind === "PROVIDER" ? "accent" : "neutral"}>{t(`kind.${o.kind}`)}</Badge>
              </td>
              <td className="px-4 py-3 text-slate-700">{o.timeZone}</td>
              <td className="px-4 py-3 text-slate-700">{o.locations.length ? o.locations.join(", ") : <span aria-hidden="true" className="text-slate-400">—</span>}</td>
              <td className="px-4 py-3">
                <span className="flex flex-wrap gap-1">
                  {o.solutionAssessmentApproved ? (
                    <Badge variant="success" title={t("orgs.flags.solutionAssessmentApproved")}>
                      {t("orgs.flagBadges.assessment")}
                    </Badge>
                  ) : null}
                  {o.trainingPartner ? (
                    <Badge variant="info" title={t("orgs.flags.trainingPartner")}>
                      {t("orgs.flagBadges.training")}
                    </Badge>
                  ) : null}
                </span>
              </td>
              <td className="px-4 py-3 text-right tabular-nums text-slate-700">
                {formatNumber(o.userCount, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
