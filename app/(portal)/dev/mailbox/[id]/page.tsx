import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { mailboxMessage, type MailboxMessage } from "@/lib/data/notifications";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Development mailbox" };

/** One email of the development mailbox: headers, the plain-text part and the HTML part (sandboxed). */
export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  let m: MailboxMessage;
  try {
    m = await mailboxMessage(actor, (await params).id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const t = await getTranslations("notifications.mailbox");
  const when = (iso: string | null) => (iso ? formatDateTime(iso, { locale: actor.locale, timeZone: actor.timeZone }) : null);
  return (
    <div className="grid max-w-5xl gap-5">
      <PageHeader title={m.subject} breadcrumbs={[{ label: t("back"), href: "/dev/mailbox" }, { label: m.subject }]} />
      <Card>
        <CardContent>
          <DescriptionList
            items={[
              { key: "to", term: t("to"), value: m.toName ? `${m.toName} <${m.to}>` : m.to },
              {
                key: "status",
                term: t("status"),
                value: `${t(`statuses.${m.status}`)}${m.transport === "SMTP" ? ` · ${t("sentSmtp")}` : m.transport === "MAILBOX" ? ` · ${t("sentTo")}` : ""}`,
              },
              { key: "created", term: t("created"), value: when(m.createdAt) },
              { key: "attempts", term: t("attempts"), value: String(m.attempts) },
              { key: "lastError", term: t("lastError"), value: m.lastError, hidden: !m.lastError, fullWidth: true },
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("html")}</CardTitle>
        </CardHeader>
        <CardContent>
          {/* The HTML part, isolated: no scripts, no same-origin access. */}
          <iframe title={t("html")} sandbox="" srcDoc={m.html} className="h-[32rem] w-full rounded-md border border-slate-200 bg-white" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("text")}</CardTitle>
        </CardHeader>
        <CardContent>
          <pre className="overflow-x-auto rounded-md bg-slate-50 p-4 text-xs whitespace-pre-wrap text-slate-800">{m.text}</pre>
        </CardContent>
      </Card>
    </div>
  );
}
