"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus, Trash2, Users } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { PROVIDER_TEAM_ROLES, PROVIDER_TEAM_ROLE_LABELS, type ProviderTeamRole } from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";

export type ProviderTeamMemberValue = { role: ProviderTeamRole; name: string; email: string };

export type ProviderTeamDialogProps = {
  opportunityId: string;
  members: readonly ProviderTeamMemberValue[];
  /** The provider-side version (`providerFields.version`). */
  version: number;
  /** The most members the service accepts (MAX_PROVIDER_TEAM). */
  max: number;
  save: (id: string, input: unknown) => Promise<ActionResult<unknown>>;
};

type Failure = Extract<ActionResult<unknown>, { ok: false }>;
type Row = ProviderTeamMemberValue & { key: number };

const ROLE_OPTIONS = PROVIDER_TEAM_ROLES.map((role) => ({ value: role, label: PROVIDER_TEAM_ROLE_LABELS[role] }));

/**
 * The *Provider team* editor (domain.md §2.1): sales rep, account manager, PDM, WWPS PDM,
 * PSM and ISM entries with name and email. Saves the whole list at once with the
 * provider-side version; a stale version refreshes the page and says so.
 */
export function ProviderTeamDialog(props: ProviderTeamDialogProps) {
  const t = useTranslations("opportunities.providerSide");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        <Users aria-hidden="true" className="size-4" />
        {t("editTeam")}
      </Button>
      <DialogContent title={t("teamTitle")} description={t("teamDescription")} closeLabel={tc("close")} className="sm:max-w-3xl">
        {open ? <TeamForm {...props} onClose={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function TeamForm({ opportunityId, members, version, max, save, onClose }: ProviderTeamDialogProps & { onClose: () => void }) {
  const t = useTranslations("opportunities.providerSide");
  const tc = useTranslations("common");
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>(() => members.map((m, i) => ({ ...m, key: i })));
  const [nextKey, setNextKey] = useState(members.length);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const update = (key: number, patch: Partial<ProviderTeamMemberValue>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    setRows((list) => [...list, { key: nextKey, role: "SALES_REP", name: "", email: "" }]);
    setNextKey((k) => k + 1);
  };
  const remove = (key: number) => setRows((list) => list.filter((r) => r.key !== key));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      const result = await save(opportunityId, {
        members: rows.map(({ role, name, email }) => ({ role, name: name.trim(), email: email.trim() })),
        version,
      });
      if (result.ok) {
        const visible = (result.data as { visible?: boolean } | undefined)?.visible !== false;
        toast.success(visible ? t("teamSaved") : t("teamSavedGone"));
        onClose();
        if (visible) router.refresh();
        else router.push("/opportunities");
        return;
      }
      if (result.code === "stale") {
        toast.error(t("stale"));
        onClose();
        router.refresh();
        return;
      }
      if (result.code !== "validation") toast.error(result.error);
      setFailure(result);
    } finally {
      setPending(false);
    }
  };

  const errors = failure?.fieldErrors ?? {};
  const at = (index: number, field: string) => errors[`members.${index}.${field}`];
  const other = Object.entries(errors).filter(([path]) => !/^members\.\d+\.(role|name|email)$/.test(path));

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {failure && (failure.code !== "validation" || other.length > 0) ? (
        <Alert variant="danger" live>
          {other.length ? (
            <ul className="list-disc pl-4">
              {other.map(([path, message]) => (
                <li key={path}>{message}</li>
              ))}
            </ul>
          ) : (
            <p>{failure.error}</p>
          )}
        </Alert>
      ) : null}
      {rows.length === 0 ? <p className="text-sm text-slate-500">{t("teamEmpty")}</p> : null}
      <ol className="grid gap-3" aria-label={t("teamList")}>
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <li
              key={row.key}
              className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[minmax(0,14rem)_1fr_1fr_auto] sm:items-start"
            >
              <FormField label={t("memberRole", { n })} error={at(index, "role")} required>
                <Select
                  name={`members.${index}.role`}
                  value={row.role}
                  onChange={(e) => update(row.key, { role: e.target.value as ProviderTeamRole })}
                  options={ROLE_OPTIONS}
                />
              </FormField>
              <FormField label={t("memberName", { n })} error={at(index, "name")} required>
                <Input
                  name={`members.${index}.name`}
                  value={row.name}
                  maxLength={160}
                  autoComplete="off"
                  onChange={(e) => update(row.key, { name: e.target.value })}
                />
              </FormField>
              <FormField label={t("memberEmail", { n })} error={at(index, "email")} required>
                <Input
                  name={`members.${index}.email`}
                  type="email"
                  value={row.email}
                  autoComplete="off"
                  onChange={(e) => update(row.key, { email: e.target.value })}
                />
              </FormField>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="sm:mt-6"
                aria-label={t("removeMember", { n, name: row.name || t("unnamed") })}
                onClick={() => remove(row.key)}
              >
                <Trash2 aria-hidden="true" />
              </Button>
            </li>
          );
        })}
      </ol>
      <div>
        <Button type="button" variant="outline" size="sm" onClick={add} disabled={rows.length >= max}>
          <Plus aria-hidden="true" className="size-4" />
          {t("addMember")}
        </Button>
        {rows.length >= max ? <p className="mt-1 text-xs text-slate-500">{t("teamFull", { max })}</p> : null}
      </div>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline" disabled={pending}>
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {tc("save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
