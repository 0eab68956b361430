import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { findSharedOpportunity } from "@/lib/data/opportunities";
import type { Actor } from "@/lib/domain/actor";
import { PageHeader } from "@/components/ui/page-header";
import { SharedOpportunityView } from "@/components/opportunities/sharing/shared-opportunity-view";

type Params = Promise<{ id: string }>;

/** Shared with the actor's organisation (accepted), else the 404 page. */
const load = cache(async (actor: Actor, id: string) => {
  const view = await findSharedOpportunity(actor, id);
  if (!view) notFound();
  return view;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireActor();
  const view = await load(actor, (await params).id);
  return { title: view.reference };
}

/** The read-only view of an opportunity another partner shares with the organisation (§2.9). */
export default async function SharedOpportunityPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const view = await load(actor, (await params).id);
  const t = await getTranslations("sharing");
  const project = view.data.project as { title?: string } | undefined;
  return (
    <div className="grid gap-5">
      <PageHeader
        breadcrumbs={[{ label: t("page.title"), href: "/shared?tab=shared" }, { label: view.reference }]}
        title={project?.title ? `${view.reference} · ${project.title}` : view.reference}
        description={view.invitingOrganization.name}
      />
      <SharedOpportunityView view={view} fmt={{ locale: actor.locale, timeZone: actor.timeZone }} />
    </div>
  );
}
