"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ExternalLink, MessagesSquare } from "lucide-react";
import { formatDate } from "@/lib/format/date";
import type { ChannelStatus, InviteeStatus } from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { Act, ChannelPanelView, Fmt } from "./types";

const CHANNEL_VARIANT: Record<ChannelStatus, BadgeVariant> = { REQUESTED: "warning", CREATED: "success", ARCHIVED: "neutral" };
const INVITEE_VARIANT: Record<InviteeStatus, BadgeVariant> = { PENDING: "info", JOINED: "success", LEFT: "neutral" };

export type ChannelActions = {
  request: (opportunityId: string, input: unknown) => Act<undefined>;
  recordCreated: (opportunityId: string, input: unknown) => Act<undefined>;
  archive: (opportunityId: string, version: number) => Act<undefined>;
  join: (channelId: string) => Act<undefined>;
  leave: (channelId: string) => Act<undefined>;
};

export function ChannelStatusBadge({ status }: { status: ChannelStatus }) {
  const t = useTranslations("sharing");
  return (
    <Badge variant={CHANNEL_VARIANT[status]} dot>
      {t(`channel.status.${status}`)}
    </Badge>
  );
}

export function InviteeStatusBadge({ status }: { status: InviteeStatus }) {
  const t = useTranslations("sharing");
  return <Badge variant={INVITEE_VARIANT[status]}>{t(`channel.inviteeStatus.${status}`)}</Badge>;
}

/** Run an action, toast its outcome, refresh the page. */
function useRun() {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, fn: () => Act<unknown>, success: string) => {
    setBusy(key);
    try {
      const result = await fn();
      if (result.ok) {
        toast.success(success);
        router.refresh();
        return result;
      }
      if (!result.fieldErrors) toast.error(result.error);
      if (result.code === "stale" || result.code === "conflict") router.refresh();
      return result;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

/** §2.8 on the opportunity: request (with invitees), status, name and link, invitees, record / archive / join / leave. */
export function ChannelCard({ opportunityId, reference, panel, fmt, actions }: { opportunityId: string; reference: string; panel: ChannelPanelView; fmt: Fmt; actions: ChannelActions }) {
  const t = useTranslations("sharing");
  const { busy, run } = useRun();
  const channel = panel.channel;
  const date = (iso: string) => formatDate(iso, { locale: fmt.locale, timeZone: fmt.timeZone });

  return (
    <Card aria-labelledby="channel-title">
      <CardHeader>
        <CardTitle id="channel-title" className="flex items-center gap-2">
          <MessagesSquare aria-hidden="true" className="size-4" />
          {t("channel.title")}
          {channel ? <ChannelStatusBadge status={channel.status} /> : null}
        </CardTitle>
        <CardDescription>{t("channel.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {channel ? (
          <div className="grid gap-3">
            <p className="text-xs text-slate-600">{t("channel.requestedBy", { name: channel.requestedBy.name, date: date(channel.requestedAt) })}</p>
            {channel.status === "REQUESTED" ? <p className="text-sm text-slate-700">{t("channel.waiting")}</p> : null}
            {channel.name ? (
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-500">{t("channel.name")}</dt>
                <dd className="font-medium text-slate-900">{channel.name}</dd>
                {channel.url && channel.status === "CREATED" ? (
                  <>
                    <dt className="text-slate-500">{t("channel.link")}</dt>
                    <dd>
                      <a href={channel.url} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-indigo-700 underline underline-offset-2">
                        {t("channel.open", { name: channel.name })}
                        <ExternalLink aria-hidden="true" className="size-3.5" />
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
            ) : null}
            <div>
              <h3 className="mb-1 text-sm font-medium text-slate-800">{t("channel.invitees")}</h3>
              <ul className="grid gap-1" aria-label={t("channel.invitees")}>
                {channel.invitees.map((i) => (
                  <li key={i.id} className="flex items-center justify-between gap-2 text-sm">
                    <span>
                      {i.user.name} <span className="text-xs text-slate-500">({i.user.email})</span>
                    </span>
                    <InviteeStatusBadge status={i.status} />
                  </li>
                ))}
              </ul>
            </div>
            <div className="flex flex-wrap gap-2">
              {panel.can.join ? (
                <Button size="sm" loading={busy === "join"} aria-label={t("channel.joinLabel", { reference })} onClick={() => run("join", () => actions.join(channel.id), t("channel.joinedToast"))}>
                  {t("channel.join")}
                </Button>
              ) : null}
              {panel.can.leave ? (
                <Button
                  size="sm"
                  variant="outline"
                  loading={busy === "leave"}
                  aria-label={t("channel.leaveLabel", { reference })}
                  onClick={() => run("leave", () => actions.leave(channel.id), t("channel.leftToast"))}
                >
                  {t("channel.leave")}
                </Button>
              ) : null}
              {panel.can.archive ? (
                <Button
                  size="sm"
                  variant="ghost"
                  loading={busy === "archive"}
                  onClick={() => run("archive", () => actions.archive(opportunityId, channel.version), t("channel.archived"))}
                >
                  {t("channel.archive")}
                </Button>
              ) : null}
            </div>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("channel.none")}</p>
        )}
        {panel.can.recordCreated && channel ? <RecordCreatedForm opportunityId={opportunityId} version={channel.version} record={actions.recordCreated} /> : null}
        {panel.can.request ? (
          <RequestForm opportunityId={opportunityId} options={panel.inviteeOptions} request={actions.request} />
        ) : !panel.eligibility.ok && (!channel || channel.status === "ARCHIVED") ? (
          <p className="text-sm text-slate-500">{t(`channel.ineligible.${panel.eligibility.reason}`)}</p>
        ) : null}
      </CardContent>
    </Card>
  );
}

function RequestForm({ opportunityId, options, request }: { opportunityId: string; options: ChannelPanelView["inviteeOptions"]; request: ChannelActions["request"] }) {
  const t = useTranslations("sharing");
  const { busy, run } = useRun();
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setErrors({ inviteeIds: t("channel.chooseInvitee") });
      return;
    }
    setErrors({});
    const result = await run("request", () => request(opportunityId, { inviteeIds: chosen }), t("channel.requested"));
    if (!result.ok && result.fieldErrors) {
      const mapped: Record<string, string> = {};
      for (const [path, msg] of Object.entries(result.fieldErrors)) {
        const m = /^inviteeIds\.(\d+)$/.exec(path);
        mapped[m ? `user:${chosen[Number(m[1])]}` : "inviteeIds"] = msg;
      }
      setErrors(mapped);
    }
  };

  if (options.length === 0) return <Alert variant="info">{t("channel.noInvitees")}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-md border border-slate-200 p-3">
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium text-slate-800">{t("channel.requestTitle")}</legend>
        <p className="text-xs text-slate-500">{t("channel.requestHint")}</p>
        {options.map((u) => (
          <div key={u.id} className="grid gap-0.5">
            <CheckboxField
              label={u.name}
              description={u.email}
              checked={chosen.includes(u.id)}
              onCheckedChange={(v) => setChosen((list) => (v === true ? [...list, u.id] : list.filter((x) => x !== u.id)))}
            />
            {errors[`user:${u.id}`] ? (
              <p role="alert" className="pl-6 text-xs font-medium text-red-700">
                {errors[`user:${u.id}`]}
              </p>
            ) : null}
          </div>
        ))}
        {errors.inviteeIds ? (
          <p role="alert" className="text-xs font-medium text-red-700">
            {errors.inviteeIds}
          </p>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" size="sm" loading={busy === "request"}>
          {t("channel.request")}
        </Button>
      </div>
    </form>
  );
}

function RecordCreatedForm({ opportunityId, version, record }: { opportunityId: string; version: number; record: ChannelActions["recordCreated"] }) {
  const t = useTranslations("sharing");
  const { busy, run } = useRun();
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const result = await run("record", () => record(opportunityId, { name, url, version }), t("channel.recorded"));
    if (!result.ok && result.fieldErrors) setErrors(result.fieldErrors);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded-md border border-slate-200 p-3">
      <p className="text-sm font-medium text-slate-800">{t("channel.record")}</p>
      <p className="text-xs text-slate-500">{t("channel.recordHint")}</p>
      <FormField label={t("channel.name")} error={errors.name} required>
        <Input name="channelName" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField label={t("channel.link")} error={errors.url} required>
        <Input name="channelUrl" type="url" inputMode="url" value={url} maxLength={500} placeholder="https://" onChange={(e) => setUrl(e.target.value)} />
      </FormField>
      <div>
        <Button type="submit" size="sm" loading={busy === "record"}>
          {t("channel.record")}
        </Button>
      </div>
    </form>
  );
}
