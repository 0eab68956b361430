"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { UserPlus } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { errorAt, useServerForm } from "./form-state";
import { FormAlert } from "./form-alert";
import { RoleFields, rolePayload } from "./role-fields";
import type { UserTableOrganization } from "./user-rows";

const FIELDS = ["name", "email", "password", "aceRole", "referralRole", "locationScope", "providerRole"] as const;
const ALL = { aceRole: true, referralRole: true, providerRole: true };

/** Provider admin: add a user to an organisation, with an initial password and roles. */
export function AddUserDialog({
  organization,
  action,
}: {
  organization: UserTableOrganization;
  action: (input: unknown) => Promise<ActionResult<{ name: string }>>;
}) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <UserPlus aria-hidden="true" />
          {t("users.add")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("users.addTitle", { organization: organization.name })}
        description={t("users.addDescription")}
        closeLabel={tc("close")}
      >
        {open ? <AddUserForm organization={organization} action={action} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function AddUserForm({
  organization,
  action,
  onDone,
}: {
  organization: UserTableOrganization;
  action: (input: unknown) => Promise<ActionResult<{ name: string }>>;
  onDone: () => void;
}) {
  const t = useTranslations("people");
  const router = useRouter();
  const { failure, fieldErrors, pending, onSubmit } = useServerForm(
    (form) =>
      action({
        organizationId: organization.id,
        name: String(form.get("name") ?? ""),
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        ...rolePayload(form, organization.kind, ALL),
      }),
    (user) => {
      toast.success(t("users.added", { name: user.name }));
      onDone();
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert failure={failure} fields={FIELDS} />
      <FormField label={t("users.name")} required error={errorAt(fieldErrors, "name")}>
        <Input name="name" autoComplete="off" maxLength={80} />
      </FormField>
      <FormField label={t("users.email")} required error={errorAt(fieldErrors, "email")}>
        <Input name="email" type="email" autoComplete="off" spellCheck={false} />
      </FormField>
      <FormField label={t("users.password")} hint={t("users.passwordHint")} required error={errorAt(fieldErrors, "password")}>
        <Input name="password" type="password" autoComplete="new-password" />
      </FormField>
      <RoleFields organization={organization} allowed={ALL} fieldErrors={fieldErrors} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{t("users.cancel")}</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {t("users.add")}
        </Button>
      </DialogFooter>
    </form>
  );
}
