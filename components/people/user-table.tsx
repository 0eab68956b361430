"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Pencil, UserCheck, UserX } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { GLOBAL_SCOPE } from "@/lib/domain/roles";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { useServerForm } from "./form-state";
import { FormAlert } from "./form-alert";
import { RoleFields, rolePayload } from "./role-fields";
import type { UserRow, UserTableOrganization } from "./user-rows";

export type UserActions = {
  updateRoles: (id: string, input: unknown) => Promise<ActionResult<{ name: string }>>;
  setStatus: (id: string, input: unknown) => Promise<ActionResult<{ name: string }>>;
};

/** The users of one organisation, with the role and status controls the viewer may use. */
export function UserTable({
  organization,
  users,
  actions,
}: {
  organization: UserTableOrganization;
  users: readonly UserRow[];
  actions: UserActions;
}) {
  const t = useTranslations("people");
  const tr = useTranslations("roles");
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-left text-sm" aria-label={t("users.tableLabel", { organization: organization.name })}>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2.5">
              {t("users.columns.name")}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t("users.columns.email")}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t("users.columns.roles")}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t("users.columns.scope")}
            </th>
            <th scope="col" className="px-4 py-2.5">
              {t("users.columns.status")}
            </th>
            <th scope="col" className="px-4 py-2.5 text-right">
              {t("users.columns.actions")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((u) => {
            const roles = [u.aceRole, u.referralRole, u.providerRole].filter((r): r is NonNullable<typeof r> => !!r);
            return (
              <tr
                key={u.id}
                data-testid={`user-row-${u.email}`}
                className={u.status === "INACTIVE" ? "bg-slate-50/60 text-slate-500" : undefined}
              >
                <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                  <span className="flex items-center gap-2 whitespace-nowrap">
                    {u.name}
                    {u.self ? <Badge variant="accent">{t("you")}</Badge> : null}
                  </span>
                </th>
                <td className="px-4 py-3 whitespace-nowrap">{u.email}</td>
                <td className="px-4 py-3">
                  {roles.length ? (
                    <span className="flex flex-wrap gap-1">
                      {roles.map((r) => (
                        <Badge key={r} variant="outline">
                          {tr(r)}
                        </Badge>
                      ))}
                    </span>
                  ) : (
                    <span className="text-slate-500">{t("noRoles")}</span>
                  )}
                </td>
                <td className="px-4 py-3">
                  {u.referralRole === "REFERRAL_USER" && u.locationScope ? (
                    u.locationScope === GLOBAL_SCOPE ? (
                      t("scopeGlobal")
                    ) : (
                      u.locationScope
                    )
                  ) : (
                    <span aria-hidden="true" className="text-slate-400">
                      —
                    </span>
                  )}
                </td>
                <td className="px-4 py-3">
                  <Badge variant={u.status === "ACTIVE" ? "success" : "neutral"} dot>
                    {t(`status.${u.status}`)}
                  </Badge>
                </td>
                <td className="px-4 py-3">
                  <UserRowActions user={u} organization={organization} actions={actions} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function UserRowActions({ user, organization, actions }: { user: UserRow; organization: UserTableOrganization; actions: UserActions }) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const canEditRoles = organization.kind === "PROVIDER" ? user.allowed.providerRole : user.allowed.aceRole || user.allowed.referralRole;
  const deactivating = user.status === "ACTIVE";

  if (!canEditRoles && !user.allowed.status)
    return <span className="sr-only">{t(user.self ? "users.noActionsSelf" : "users.noActions")}</span>;

  return (
    <div className="flex justify-end gap-2">
      {canEditRoles ? (
        <>
          <Button size="sm" variant="outline" aria-label={t("users.editRolesOf", { name: user.name })} onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" />
            {t("users.editRoles")}
          </Button>
          <Dialog open={editing} onOpenChange={setEditing}>
            <DialogContent
              title={t("users.editRolesTitle", { name: user.name })}
              description={t("users.editRolesDescription")}
              closeLabel={tc("close")}
            >
              {editing ? (
                <EditRolesForm
                  user={user}
                  organization={organization}
                  action={actions.updateRoles}
                  onSaved={() => {
                    setEditing(false);
                    router.refresh();
                  }}
                />
              ) : null}
            </DialogContent>
          </Dialog>
        </>
      ) : null}
      {user.allowed.status ? (
        <ConfirmDialog
          trigger={
            <Button
              size="sm"
              variant={deactivating ? "ghost" : "outline"}
              className={deactivating ? "text-red-700 hover:bg-red-50 hover:text-red-800" : undefined}
              aria-label={t(deactivating ? "users.deactivateOf" : "users.reactivateOf", { name: user.name })}
            >
              {deactivating ? <UserX aria-hidden="true" /> : <UserCheck aria-hidden="true" />}
              {t(deactivating ? "users.deactivate" : "users.reactivate")}
            </Button>
          }
          title={t(deactivating ? "users.deactivateTitle" : "users.reactivateTitle", { name: user.name })}
          description={t(deactivating ? "users.deactivateBody" : "users.reactivateBody", { name: user.name })}
          confirmLabel={t(deactivating ? "users.deactivate" : "users.reactivate")}
          cancelLabel={tc("cancel")}
          destructive={deactivating}
          onConfirm={async () => {
            const result = await actions.setStatus(user.id, { status: deactivating ? "INACTIVE" : "ACTIVE", version: user.version });
            if (!result.ok) {
              toast.error(result.error);
              if (result.code === "stale") router.refresh();
              return false;
            }
            toast.success(t(deactivating ? "users.deactivated" : "users.reactivated", { name: user.name }));
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}

const ROLE_FIELDS = ["aceRole", "referralRole", "locationScope", "providerRole"] as const;

function EditRolesForm({
  user,
  organization,
  action,
  onSaved,
}: {
  user: UserRow;
  organization: UserTableOrganization;
  action: UserActions["updateRoles"];
  onSaved: () => void;
}) {
  const t = useTranslations("people");
  const { failure, fieldErrors, pending, onSubmit } = useServerForm(
    (form) => action(user.id, { ...rolePayload(form, organization.kind, user.allowed), version: user.version }),
    () => {
      toast.success(t("users.rolesSaved", { name: user.name }));
      onSaved();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert failure={failure} fields={ROLE_FIELDS} />
      <RoleFields organization={organization} initial={user} allowed={user.allowed} fieldErrors={fieldErrors} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{t("users.cancel")}</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {t("users.save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
