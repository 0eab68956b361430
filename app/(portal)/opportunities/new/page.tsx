import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { PageHeader } from "@/components/ui/page-header";
import { OpportunityWizard } from "@/components/opportunities/wizard/opportunity-wizard";
import { createOpportunityAction } from "./actions";
import { wizardOptions, wizardRuleContext } from "./wizard-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("opportunityForm"))("new.title") };
}

export default async function NewOpportunityPage() {
  const actor = await requireActor();
  if (actor.organizationKind !== "PARTNER" || !hasPermission(actor, "opportunity.create")) notFound();
  const t = await getTranslations("opportunityForm");
  const options = await wizardOptions(actor, { you: t("you") });
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-2">
      <PageHeader
        className="pb-4"
        breadcrumbs={[{ label: t("breadcrumbs.opportunities"), href: "/opportunities" }, { label: t("new.breadcrumb") }]}
        title={t("new.title")}
        description={t("new.description")}
      />
      <OpportunityWizard
        mode="create"
        ctx={wizardRuleContext(actor)}
        options={options}
        defaultOwnerId={actor.userId}
        action={createOpportunityAction}
        cancelHref="/opportunities"
      />
    </div>
  );
}
