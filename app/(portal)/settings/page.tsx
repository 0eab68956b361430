import type { Metadata } from "next";
import Link from "next/link";
import { cookies, headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { GLOBAL_SCOPE } from "@/lib/domain/roles";
import { formatDate, formatNumber } from "@/lib/format";
import { negotiateLocale } from "@/lib/i18n/locales";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { isLocaleChoice, LOCALE_COOKIE } from "@/components/people/locale-choices";
import { LocaleForm } from "@/components/people/locale-form";
import { setLocaleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("settings.title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  const t = await getTranslations("people");
  const tr = await getTranslations("roles");
  const locale = await getLocale();
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const browserLocale = negotiateLocale(undefined, (await headers()).get("accept-language") ?? "");
  const roles = [actor.aceRole, actor.referralRole, actor.providerRole].filter((r): r is NonNullable<typeof r> => !!r);
  const preview = t("settings.preview", {
    date: formatDate(new Date(), { locale, timeZone: actor.timeZone, dateStyle: "full" }),
    number: formatNumber(1234567.89, locale),
  });

  return (
    <div className="grid gap-6">
      <PageHeader className="pb-0" title={t("settings.title")} description={t("settings.description")} />
      <Card>
        <CardHeader>
          <CardTitle>{t("settings.profile")}</CardTitle>
          <CardDescription>{t("settings.profileDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <DescriptionList
            items={[
              { term: t("settings.name"), value: actor.name },
              { term: t("settings.email"), value: actor.email },
              { term: t("settings.organization"), value: actor.organizationName },
              { term: t("settings.timeZone"), value: actor.timeZone },
              {
                term: t("settings.roles"),
                value: roles.length ? (
                  <span className="flex flex-wrap gap-1">
                    {roles.map((r) => (
                      <Badge key={r} variant="outline">
                        {tr(r)}
                      </Badge>
                    ))}
                  </span>
                ) : (
                  t("noRoles")
                ),
              },
              {
                term: t("settings.scope"),
                value: actor.locationScope === GLOBAL_SCOPE ? t("scopeGlobal") : actor.locationScope,
                hidden: actor.referralRole !== "REFERRAL_USER",
              },
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("settings.format")}</CardTitle>
          <CardDescription>{t("settings.formatDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <LocaleForm
            key={cookieLocale ?? ""}
            current={isLocaleChoice(cookieLocale) ? cookieLocale : ""}
            browserLocale={browserLocale}
            preview={preview}
            action={setLocaleAction}
          />
        </CardContent>
      </Card>
      {hasPermission(actor, "settings.apiTokens") ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("settings.apiTokens")}</CardTitle>
            <CardDescription>{t("settings.apiTokensDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            <Button variant="outline" asChild>
              <Link href="/settings/api-tokens">{t("settings.apiTokensLink")}</Link>
            </Button>
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
