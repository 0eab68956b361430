import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { getOpportunity, type OpportunityDetail } from "@/lib/data/opportunities";
import { NotFoundError } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { OpportunityWizard } from "@/components/opportunities/wizard/opportunity-wizard";
import { wizardOptions, wizardRuleContext } from "../../new/wizard-data";
import { updateOpportunityAction } from "./actions";
import { toEditable } from "./editable";

type Params = Promise<{ id: string }>;

async function load(id: string): Promise<OpportunityDetail> {
  const actor = await requireActor();
  try {
    return await getOpportunity(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("opportunityForm");
  try {
    const detail = await load(id);
    return { title: t("edit.title", { reference: detail.reference }) };
  } catch {
    return {};
  }
}

export default async function EditOpportunityPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireActor();
  const detail = await load(id);
  const t = await getTranslations("opportunityForm");
  const header = (
    <PageHeader
      className="pb-4"
      breadcrumbs={[
        { label: t("breadcrumbs.opportunities"), href: "/opportunities" },
        { label: detail.reference, href: `/opportunities/${detail.id}` },
        { label: t("edit.breadcrumb") },
      ]}
      title={t("edit.title", { reference: detail.reference })}
      description={[detail.customerName, detail.title].filter(Boolean).join(" · ") || undefined}
    />
  );

  if (!detail.can.edit || detail.can.editableFields.length === 0) {
    return (
      <div className="mx-auto grid w-full max-w-5xl gap-2">
        {header}
        <Alert
          variant="info"
          title={t("edit.notEditableTitle")}
          action={
            <Button asChild size="sm" variant="outline">
              <Link href={`/opportunities/${detail.id}`}>{t("edit.backToOpportunity")}</Link>
            </Button>
          }
        >
          {t("edit.notEditableBody")}
        </Alert>
      </div>
    );
  }

  const options = await wizardOptions(actor, { self: detail.id, you: t("you") });
  if (detail.parentOpportunityId && !options.parents.some((p) => p.value === detail.parentOpportunityId)) {
    options.parents.unshift({ value: detail.parentOpportunityId, label: detail.parentOpportunityId });
  }
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-2">
      {header}
      <OpportunityWizard
        mode="edit"
        ctx={wizardRuleContext(actor)}
        options={options}
        opportunity={toEditable(detail)}
        action={updateOpportunityAction}
        cancelHref={`/opportunities/${detail.id}`}
      />
    </div>
  );
}
