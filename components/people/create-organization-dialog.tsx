"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { OrganizationForm } from "./organization-form";

/** "New organisation" button and dialog; on success it opens the new organisation. */
export function CreateOrganizationDialog({
  timeZones,
  action,
}: {
  timeZones: readonly string[];
  action: (input: unknown) => Promise<ActionResult<{ id: string; name: string }>>;
}) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("orgs.new")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("orgs.new")} description={t("orgs.newDescription")} closeLabel={tc("close")}>
        <OrganizationForm
          mode="create"
          timeZones={timeZones}
          action={action}
          onCreated={(org) => {
            setOpen(false);
            router.push(`/admin/organizations/${org.id}`);
          }}
          footer={
            <DialogClose asChild>
              <Button variant="outline">{t("orgForm.cancel")}</Button>
            </DialogClose>
          }
        />
      </DialogContent>
    </Dialog>
  );
}
