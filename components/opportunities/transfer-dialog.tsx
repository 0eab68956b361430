"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import type { Assignee } from "./types";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export type RowRefusal = { key: string; label: string; message: string };

export type TransferDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  assignees: readonly Assignee[];
  /** The current owner (single transfer): not offered. */
  excludeId?: string;
  submit: (assigneeId: string) => Promise<ActionResult<unknown>>;
  /** After a successful transfer, with the action's result data. */
  onDone: (assignee: Assignee, data: unknown) => void;
  /** Bulk: the per-row refusals of a failed transfer, from its field errors (`ids.<index>`). */
  rowRefusals?: (fieldErrors: Record<string, string>) => RowRefusal[];
};

/** Choose an eligible user and transfer ownership to them (one opportunity or many). */
export function TransferDialog(props: TransferDialogProps) {
  const t = useTranslations("opportunities");
  const tc = useTranslations("common");
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent title={props.title} description={props.description} closeLabel={tc("close")}>
        {props.open ? <TransferForm {...props} cancelLabel={tc("cancel")} submitLabel={t("transfer.submit")} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function TransferForm({
  assignees,
  excludeId,
  submit,
  onDone,
  onOpenChange,
  rowRefusals,
  cancelLabel,
  submitLabel,
}: TransferDialogProps & { cancelLabel: string; submitLabel: string }) {
  const t = useTranslations("opportunities");
  const tr = useTranslations("roles");
  const router = useRouter();
  const formId = useId();
  const [assigneeId, setAssigneeId] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [missing, setMissing] = useState(false);
  const options = assignees
    .filter((a) => a.id !== excludeId)
    .map((a) => ({ value: a.id, label: `${a.name} · ${tr.has(a.aceRole) ? tr(a.aceRole) : a.aceRole} (${a.email})` }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const assignee = assignees.find((a) => a.id === assigneeId);
    if (!assignee) {
      setMissing(true);
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const result = await submit(assignee.id);
      if (result.ok) {
        onDone(assignee, result.data);
        return;
      }
      if (result.code === "stale") {
        toast.error(t("stale"));
        onOpenChange(false);
        router.refresh();
        return;
      }
      setFailure(result);
    } finally {
      setPending(false);
    }
  };

  const refusals = failure?.fieldErrors && rowRefusals ? rowRefusals(failure.fieldErrors) : [];
  const fieldError = missing ? t("transfer.chooseOwner") : failure?.fieldErrors?.assigneeId;
  const otherErrors = failure?.fieldErrors
    ? Object.entries(failure.fieldErrors)
        .filter(([path]) => path !== "assigneeId" && !(rowRefusals && /^ids\.\d+$/.test(path)))
        .map(([, message]) => message)
    : [];

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="grid gap-4">
      {failure && (refusals.length > 0 || !failure.fieldErrors || otherErrors.length > 0) ? (
        <Alert variant="danger" live title={refusals.length ? t("transfer.refusedTitle") : undefined}>
          {refusals.length ? (
            <>
              <p>{t("transfer.refusedBody")}</p>
              <ul className="mt-2 grid gap-1" aria-label={t("transfer.refusedList")}>
                {refusals.map((r) => (
                  <li key={r.key}>
                    <span className="font-medium">{r.label}</span>: {r.message}
                  </li>
                ))}
              </ul>
            </>
          ) : otherErrors.length ? (
            <ul className="list-disc pl-4">
              {otherErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : (
            <p>{failure.error}</p>
          )}
        </Alert>
      ) : null}
      {options.length === 0 ? (
        <Alert variant="info">{t("transfer.noAssignees")}</Alert>
      ) : (
        <FormField label={t("transfer.newOwner")} hint={t("transfer.newOwnerHint")} error={fieldError} required>
          <Select
            name="assigneeId"
            value={assigneeId}
            onChange={(event) => {
              setAssigneeId(event.target.value);
              setMissing(false);
            }}
            placeholder={t("transfer.choose")}
            options={options}
          />
        </FormField>
      )}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline" disabled={pending}>
            {cancelLabel}
          </Button>
        </DialogClose>
        <Button type="submit" loading={pending} disabled={options.length === 0}>
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
