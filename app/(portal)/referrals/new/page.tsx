import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { organizationLocations, recentTeamMembers } from "@/lib/data/referrals";
import { PageHeader } from "@/components/ui/page-header";
import { DealWizard } from "@/components/referrals/wizard";
import type { CatalogActions } from "@/components/referrals/deal-actions";
import { coSellDirectoryAction, createReferralAction, searchCustomersAction, searchSolutionsAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referrals"))("wizard.title") };
}

const ACTIONS: CatalogActions = {
  searchCustomers: searchCustomersAction,
  searchSolutions: searchSolutionsAction,
  directory: coSellDirectoryAction,
  create: createReferralAction,
};

/** The co-sell deal wizard (partners create; provider sellers send a deal to a partner). */
export default async function NewReferralPage() {
  const actor = await requireActor();
  const seller = hasPermission(actor, "referral.send");
  if (!hasPermission(actor, "referral.create") && !seller) notFound();
  const t = await getTranslations("referrals.wizard");
  const [locations, suggestions] = await Promise.all([organizationLocations(actor), recentTeamMembers(actor)]);
  return (
    <div className="grid gap-5">
      <PageHeader
        breadcrumbs={[{ label: t("breadcrumb"), href: "/referrals" }, { label: seller ? t("sendTitle") : t("title") }]}
        title={seller ? t("sendTitle") : t("title")}
        description={seller ? t("sendDescription") : t("description")}
      />
      <DealWizard
        actorKind={actor.organizationKind}
        canAssess={hasPermission(actor, "assessment.create")}
        locations={locations}
        suggestions={suggestions}
        actions={ACTIONS}
      />
    </div>
  );
}
