import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { listApiTokens } from "@/lib/data/tokens";
import { formatDateTime, formatRelative } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ApiTokensView, type ApiTokenItem } from "@/components/api-tokens/api-tokens-view";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

export default async function ApiTokensPage() {
  const actor = await requireActor();
  if (!hasPermission(actor, "settings.apiTokens")) notFound();
  const t = await getTranslations("apiTokens");
  const locale = await getLocale();
  const now = new Date();
  const tokens = await listApiTokens(actor);
  const items: ApiTokenItem[] = tokens.map((tok) => ({
    id: tok.id,
    name: tok.name,
    prefix: tok.prefix,
    created: formatDateTime(tok.createdAt, { locale, timeZone: actor.timeZone }),
    lastUsed: tok.lastUsedAt ? formatRelative(tok.lastUsedAt, { locale, now, timeZone: actor.timeZone }) : null,
    lastUsedExact: tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, { locale, timeZone: actor.timeZone }) : null,
  }));
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");

  return (
    <div className="grid gap-6">
      <PageHeader
        className="pb-0"
        title={t("title")}
        description={t("description")}
        breadcrumbs={[{ label: t("breadcrumbSettings"), href: "/settings" }, { label: t("title") }]}
      />
      <ApiTokensView tokens={items} apiBase={`${proto}://${host}/api/v1`} actions={{ create: createApiTokenAction, revoke: revokeApiTokenAction }} />
    </div>
  );
}
