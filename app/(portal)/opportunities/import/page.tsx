import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { getImport, listImports, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/data/imports";
import { NotFoundError } from "@/lib/errors";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ImportPanel } from "@/components/opportunities/import/import-panel";
import { RecentImports } from "@/components/opportunities/import/recent-imports";
import { importStatusAction, startImportAction } from "./actions";
import { toJobView } from "./job-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ImportOpportunitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (actor.organizationKind !== "PARTNER" || !hasPermission(actor, "opportunity.import")) notFound();
  const t = await getTranslations("imports");
  const locale = await getLocale();
  const sp = await searchParams;
  const jobId = typeof sp.job === "string" ? sp.job : undefined;
  const [job, recent] = await Promise.all([
    jobId
      ? getImport(actor, jobId).catch((e: unknown) => {
          if (e instanceof NotFoundError) return null;
          throw e;
        })
      : null,
    listImports(actor, { limit: 10 }),
  ]);

  return (
    <div className="grid gap-6">
      <PageHeader
        className="pb-0"
        breadcrumbs={[{ label: t("opportunities"), href: "/opportunities" }, { label: t("breadcrumb") }]}
        title={t("title")}
        description={t("description")}
      />
      <ImportPanel
        initialJob={job ? toJobView(job) : null}
        start={startImportAction}
        status={importStatusAction}
        limits={{ maxRows: MAX_IMPORT_ROWS, maxBytes: MAX_IMPORT_BYTES }}
        locale={locale}
        timeZone={actor.timeZone}
      />
      <Card>
        <CardHeader>
          <CardTitle>{t("recent.title")}</CardTitle>
          <CardDescription>{t("recent.description")}</CardDescription>
        </CardHeader>
        <RecentImports imports={recent} locale={locale} timeZone={actor.timeZone} currentId={job?.id} />
      </Card>
    </div>
  );
}
