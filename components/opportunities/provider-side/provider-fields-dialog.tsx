"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Pencil } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { PROVIDER_STAGE_SUGGESTIONS } from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";

/** The provider-side fields as the detail carries them (`providerFields`). */
export type ProviderFieldsValue = {
  providerStage: string | null;
  providerCloseDate: string | null;
  providerClosedLostReason: string | null;
  /** The provider-side version (not the partner's). */
  version: number;
};

export type ProviderFieldsDialogProps = {
  opportunityId: string;
  fields: ProviderFieldsValue;
  save: (id: string, input: unknown) => Promise<ActionResult<unknown>>;
};

export const PROVIDER_REASON_MAX = 255;

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * *Edit provider details* (domain.md §2.7): provider stage (free text with the partner
 * stages and the provider's own as suggestions), provider close date and closed-lost reason.
 * For the provider's sellers on the team and provider admins; a stale provider version
 * refreshes the page and says so.
 */
export function ProviderFieldsDialog({ opportunityId, fields, save }: ProviderFieldsDialogProps) {
  const t = useTranslations("opportunities.providerSide");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        <Pencil aria-hidden="true" className="size-4" />
        {t("editFields")}
      </Button>
      <DialogContent title={t("fieldsTitle")} description={t("fieldsDescription")} closeLabel={tc("close")}>
        {open ? <FieldsForm opportunityId={opportunityId} fields={fields} save={save} onClose={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function FieldsForm({ opportunityId, fields, save, onClose }: ProviderFieldsDialogProps & { onClose: () => void }) {
  const t = useTranslations("opportunities.providerSide");
  const ta = useTranslations("opportunities.additional");
  const tc = useTranslations("common");
  const router = useRouter();
  const listId = useId();
  const [stage, setStage] = useState(fields.providerStage ?? "");
  const [closeDate, setCloseDate] = useState(fields.providerCloseDate ?? "");
  const [reason, setReason] = useState(fields.providerClosedLostReason ?? "");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    try {
      const result = await save(opportunityId, {
        providerStage: stage.trim() || null,
        providerCloseDate: closeDate || null,
        providerClosedLostReason: reason.trim() || null,
        version: fields.version,
      });
      if (result.ok) {
        toast.success(t("fieldsSaved"));
        onClose();
        router.refresh();
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
  const known = new Set(["providerStage", "providerCloseDate", "providerClosedLostReason"]);
  const other = Object.entries(errors).filter(([path]) => !known.has(path));

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
      <FormField label={ta("providerStage")} hint={t("stageHint")} error={errors.providerStage}>
        <Input
          name="providerStage"
          list={listId}
          value={stage}
          maxLength={255}
          autoComplete="off"
          onChange={(e) => setStage(e.target.value)}
        />
      </FormField>
      <datalist id={listId}>
        {PROVIDER_STAGE_SUGGESTIONS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <FormField label={ta("providerCloseDate")} error={errors.providerCloseDate}>
        <Input name="providerCloseDate" type="date" value={closeDate} onChange={(e) => setCloseDate(e.target.value)} />
      </FormField>
      <FormField label={ta("providerClosedLostReason")} hint={t("reasonHint")} error={errors.providerClosedLostReason}>
        <Textarea
          name="providerClosedLostReason"
          rows={3}
          maxLength={PROVIDER_REASON_MAX}
          showCount
          countLabel={(n, max) => t("count", { n, max })}
          remainingLabel={(n) => t("remaining", { n })}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormField>
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
