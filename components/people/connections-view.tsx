"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, Link2, Unlink } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import type { ConnectionStatus } from "@/lib/domain/roles";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { errorAt, useServerForm } from "./form-state";
import { FormAlert } from "./form-alert";

export type ConnectionItem = {
  id: string;
  version: number;
  status: ConnectionStatus;
  partnerName: string;
  /** For pending connections: who has to act next. */
  direction: "incoming" | "outgoing";
  /** Pre-formatted date of the last change (requested, accepted or ended). */
  since: string;
};

type Result = ActionResult<{ name: string }>;

export type ConnectionActions = {
  request: (input: unknown) => Promise<Result>;
  accept: (id: string, version: number) => Promise<Result>;
  end: (id: string, version: number) => Promise<Result>;
};

/** Active, pending and ended partner connections; the alliance lead also requests, accepts and ends them. */
export function ConnectionsView({
  connections,
  canManage,
  connectable,
  actions,
}: {
  connections: readonly ConnectionItem[];
  canManage: boolean;
  connectable: readonly { id: string; name: string }[];
  actions: ConnectionActions;
}) {
  const t = useTranslations("people");
  const sections: { key: "active" | "pending" | "ended"; status: ConnectionStatus; empty: string }[] = [
    { key: "pending", status: "PENDING", empty: t("connections.pendingEmpty") },
    { key: "active", status: "ACTIVE", empty: t("connections.activeEmpty") },
    { key: "ended", status: "ENDED", empty: t("connections.endedEmpty") },
  ];
  return (
    <div className="grid gap-6">
      {canManage ? <RequestConnection connectable={connectable} action={actions.request} /> : <Alert variant="info">{t("connections.readOnly")}</Alert>}
      {sections.map((s) => {
        const items = connections.filter((c) => c.status === s.status);
        const headingId = `connections-${s.key}`;
        return (
          <section key={s.key} aria-labelledby={headingId}>
            <Card>
              <CardHeader>
                <CardTitle id={headingId}>
                  {t(`connections.${s.key}`)} <span className="font-normal text-slate-500 tabular-nums">({items.length})</span>
                </CardTitle>
              </CardHeader>
              {items.length ? (
                <ConnectionTable items={items} section={t(`connections.${s.key}`)} canManage={canManage} actions={actions} />
              ) : (
                <CardContent>
                  <p className="text-sm text-slate-600">{s.empty}</p>
                </CardContent>
              )}
            </Card>
          </section>
        );
      })}
    </div>
  );
}

function ConnectionTable({
  items,
  section,
  canManage,
  actions,
}: {
  items: readonly ConnectionItem[];
  section: string;
  canManage: boolean;
  actions: ConnectionActions;
}) {
  const t = useTranslations("people");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[560px] text-left text-sm" aria-label={t("connections.tableLabel", { section })}>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">{t("connections.columns.partner")}</th>
            <th scope="col" className="px-4 py-2.5">{t("connections.columns.status")}</th>
            <th scope="col" className="px-4 py-2.5">{t("connections.columns.since")}</th>
            <th scope="col" className="px-4 py-2.5 text-right">{t("connections.columns.actions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                {c.partnerName}
              </th>
              <td className="px-4 py-3">
                {c.status === "PENDING" ? (
                  c.direction === "incoming" ? (
                    <Badge variant="warning" dot>
                      {t("connections.incoming")}
                    </Badge>
                  ) : (
                    <span className="text-slate-600">{t("connections.waitingFor", { name: c.partnerName })}</span>
                  )
                ) : (
                  <Badge variant={c.status === "ACTIVE" ? "success" : "neutral"} dot>
                    {t(`connections.statusLabel.${c.status}`)}
                  </Badge>
                )}
              </td>
              <td className="px-4 py-3 text-slate-700">{c.since}</td>
              <td className="px-4 py-3">
                {canManage ? <ConnectionActionsCell item={c} actions={actions} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConnectionActionsCell({ item, actions }: { item: ConnectionItem; actions: ConnectionActions }) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const router = useRouter();
  const name = item.partnerName;

  const run = async (call: () => Promise<Result>, success: string) => {
    const result = await call();
    if (!result.ok) {
      toast.error(result.error);
      router.refresh();
      return false;
    }
    toast.success(success);
    router.refresh();
    return true;
  };

  const endButton = (kind: "end" | "decline" | "withdraw") => {
    const labels = {
      end: { button: t("connections.end"), of: t("connections.endOf", { name }), title: t("connections.endTitle", { name }), body: t("connections.endBody", { name }), done: t("connections.endedToast", { name }) },
      decline: { button: t("connections.decline"), of: t("connections.declineOf", { name }), title: t("connections.declineTitle", { name }), body: t("connections.declineBody", { name }), done: t("connections.declined", { name }) },
      withdraw: { button: t("connections.withdraw"), of: t("connections.withdrawOf", { name }), title: t("connections.withdrawTitle", { name }), body: t("connections.withdrawBody", { name }), done: t("connections.withdrawn", { name }) },
    }[kind];
    return (
      <ConfirmDialog
        trigger={
          <Button size="sm" variant={kind === "end" ? "ghost" : "outline"} className={kind === "end" ? "text-red-700 hover:bg-red-50 hover:text-red-800" : undefined} aria-label={labels.of}>
            {kind === "end" ? <Unlink aria-hidden="true" /> : null}
            {labels.button}
          </Button>
        }
        title={labels.title}
        description={labels.body}
        confirmLabel={labels.button}
        cancelLabel={tc("cancel")}
        destructive
        onConfirm={() => run(() => actions.end(item.id, item.version), labels.done).then((ok) => (ok ? undefined : false))}
      />
    );
  };

  if (item.status === "ENDED") return null;
  return (
    <div className="flex justify-end gap-2">
      {item.status === "PENDING" && item.direction === "incoming" ? (
        <>
          <AcceptButton label={t("connections.accept")} ariaLabel={t("connections.acceptOf", { name })} onAccept={() => run(() => actions.accept(item.id, item.version), t("connections.accepted", { name }))} />
          {endButton("decline")}
        </>
      ) : null}
      {item.status === "PENDING" && item.direction === "outgoing" ? endButton("withdraw") : null}
      {item.status === "ACTIVE" ? endButton("end") : null}
    </div>
  );
}

function AcceptButton({ label, ariaLabel, onAccept }: { label: string; ariaLabel: string; onAccept: () => Promise<boolean> }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      loading={pending}
      aria-label={ariaLabel}
      onClick={() =>
        startTransition(async () => {
          await onAccept();
        })
      }
    >
      <Check aria-hidden="true" />
      {label}
    </Button>
  );
}

const REQUEST_FIELDS = ["addresseeOrganizationId"] as const;

function RequestConnection({ connectable, action }: { connectable: readonly { id: string; name: string }[]; action: ConnectionActions["request"] }) {
  const t = useTranslations("people");
  const router = useRouter();
  const { failure, fieldErrors, pending, onSubmit } = useServerForm(
    (form) => action({ addresseeOrganizationId: String(form.get("addresseeOrganizationId") ?? "") }),
    (data) => {
      toast.success(t("connections.requested", { name: data.name }));
      router.refresh();
    },
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("connections.request")}</CardTitle>
        <CardDescription>{t("connections.requestDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        {connectable.length ? (
          <form onSubmit={onSubmit} noValidate className="grid gap-3">
            <FormAlert failure={failure} fields={REQUEST_FIELDS} />
            <div className="flex flex-wrap items-start gap-2">
              <FormField label={t("connections.partner")} hideLabel error={errorAt(fieldErrors, "addresseeOrganizationId")} className="min-w-64 flex-1 sm:max-w-sm">
                <Select name="addresseeOrganizationId" defaultValue="" placeholder={t("connections.choosePartner")} options={connectable.map((o) => ({ value: o.id, label: o.name }))} />
              </FormField>
              <Button type="submit" loading={pending}>
                <Link2 aria-hidden="true" />
                {t("connections.send")}
              </Button>
            </div>
          </form>
        ) : (
          <p className="text-sm text-slate-600">{t("connections.noneConnectable")}</p>
        )}
      </CardContent>
    </Card>
  );
}
