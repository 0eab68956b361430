import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { listRegistrations } from "@/lib/data/referrals";
import type { RegistrationStatus } from "@/lib/domain/referral";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tab-links";
import { RegistrationsAdmin } from "@/components/referrals/registrations-admin";
import { decideRegistrationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("referrals"))("registrations.title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const VIEWS: Record<string, RegistrationStatus[]> = {
  open: ["SUBMITTED", "IN_VALIDATION"],
  action: ["ACTION_REQUIRED"],
  done: ["VALIDATED", "REJECTED"],
};

/** Provider admin: validate deal registrations (§4.6). */
export default async function RegistrationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  if (!hasPermission(actor, "admin.registrations")) notFound();
  const t = await getTranslations("referrals.registrations");
  const raw = (await searchParams).view;
  const view = typeof raw === "string" && raw in VIEWS ? raw : "open";
  const items = await listRegistrations(actor, { status: VIEWS[view] });
  return (
    <div className="grid gap-5">
      <PageHeader title={t("title")} description={t("description")} />
      <TabLinks
        label={t("views")}
        value={view}
        items={Object.keys(VIEWS).map((v) => ({ href: `/admin/registrations?view=${v}`, value: v, label: t(`view.${v}`) }))}
      />
      <RegistrationsAdmin items={items} fmt={{ locale: actor.locale, timeZone: actor.timeZone }} decide={decideRegistrationAction} />
    </div>
  );
}
