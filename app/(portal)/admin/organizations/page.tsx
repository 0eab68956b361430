import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Building2, SearchX } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { listOrganizations } from "@/lib/data/people/organizations";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { CreateOrganizationDialog } from "@/components/people/create-organization-dialog";
import { OrganizationTable } from "@/components/people/organization-table";
import { timeZoneOptions } from "@/components/people/time-zones";
import { createOrganizationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("orgs.title") };
}

type SearchParams = Promise<{ q?: string | string[]; kind?: string | string[] }>;

export default async function OrganizationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!hasPermission(actor, "admin.organizations")) notFound();
  const t = await getTranslations("people");
  const locale = await getLocale();
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 120) ?? "";
  const rawKind = Array.isArray(params.kind) ? params.kind[0] : params.kind;
  const kind = rawKind === "PARTNER" || rawKind === "PROVIDER" ? rawKind : undefined;
  const organizations = await listOrganizations(actor, { q: q || undefined, kind });
  const filtered = Boolean(q || kind);

  return (
    <div>
      <PageHeader
        title={t("orgs.title")}
        description={t("orgs.description")}
        actions={<CreateOrganizationDialog timeZones={timeZoneOptions()} action={createOrganizationAction} />}
      />
      <form role="search" aria-label={t("orgs.searchLabel")} className="mb-4 flex flex-wrap items-end gap-2">
        <div className="grid min-w-64 flex-1 gap-1.5 sm:max-w-sm">
          <label htmlFor="org-search" className="sr-only">
            {t("orgs.searchLabel")}
          </label>
          <Input id="org-search" type="search" name="q" defaultValue={q} placeholder={t("orgs.searchPlaceholder")} />
        </div>
        <label htmlFor="org-kind" className="sr-only">
          {t("orgs.kindFilter")}
        </label>
        <Select
          id="org-kind"
          name="kind"
          defaultValue={kind ?? ""}
          wrapperClassName="w-40"
          placeholder={t("orgs.allKinds")}
          options={[
            { value: "PARTNER", label: t("kind.PARTNER") },
            { value: "PROVIDER", label: t("kind.PROVIDER") },
          ]}
        />
        <Button type="submit" variant="secondary">
          {t("orgs.search")}
        </Button>
        {filtered ? (
          <Button variant="ghost" asChild>
            <Link href="/admin/organizations">{t("orgs.clear")}</Link>
          </Button>
        ) : null}
        <p className="ml-auto text-sm text-slate-600" aria-live="polite">
          {t("orgs.count", { count: organizations.length })}
        </p>
      </form>
      <Card>
        {organizations.length ? (
          <OrganizationTable organizations={organizations} locale={locale} />
        ) : filtered ? (
          <EmptyState icon={SearchX} title={t("orgs.noMatchTitle")} description={t("orgs.noMatchBody")} />
        ) : (
          <EmptyState icon={Building2} title={t("orgs.emptyTitle")} description={t("orgs.emptyBody")} />
        )}
      </Card>
    </div>
  );
}
