import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { COUNTRY_CODES } from "@/lib/domain/opportunity";
import { referralTargets } from "@/lib/data/provider-referrals";
import { PageHeader } from "@/components/ui/page-header";
import { ReferForm } from "@/components/provider-referrals/refer-form";
import { sendReferralAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providerReferrals"))("form.title") };
}

export default async function ReferDealPage() {
  const actor = await requireActor();
  if (!hasPermission(actor, "providerReferral.send")) notFound();
  const t = await getTranslations("providerReferrals");
  const targets = await referralTargets(actor);
  const names = new Intl.DisplayNames([actor.locale, "en"], { type: "region" });
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` })).sort((a, b) =>
    a.label.localeCompare(b.label, actor.locale),
  );
  return (
    <div className="grid max-w-4xl gap-5">
      <PageHeader
        title={t("form.title")}
        description={t("form.description")}
        breadcrumbs={[{ label: t("sent.title"), href: "/provider-referrals" }, { label: t("form.title") }]}
      />
      <ReferForm
        targets={targets}
        countries={countries}
        seller={{ name: actor.name, email: actor.email }}
        send={sendReferralAction}
        today={new Date().toISOString().slice(0, 10)}
      />
    </div>
  );
}
