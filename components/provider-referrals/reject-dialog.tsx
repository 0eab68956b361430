"use client";

import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { INVITATION_REJECT_REASONS, INVITATION_REJECT_REASON_LABELS } from "@/lib/domain/provider-referral";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { RejectAction } from "./types";

/** Reject a referral with a reason (and a comment, required for "Other"). */
export function RejectDialog({
  referral,
  onOpenChange,
  reject,
  onDone,
}: {
  referral: { id: string; reference: string } | null;
  onOpenChange: (open: boolean) => void;
  reject: RejectAction;
  onDone: () => void;
}) {
  const t = useTranslations("providerReferrals.reject");
  const tc = useTranslations("common");
  return (
    <Dialog open={referral !== null} onOpenChange={onOpenChange}>
      <DialogContent title={t("title", { reference: referral?.reference ?? "" })} description={t("description")} closeLabel={tc("close")}>
        {referral ? <RejectForm referral={referral} reject={reject} onDone={onDone} cancelLabel={tc("cancel")} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function RejectForm({
  referral,
  reject,
  onDone,
  cancelLabel,
}: {
  referral: { id: string };
  reject: RejectAction;
  onDone: () => void;
  cancelLabel: string;
}) {
  const t = useTranslations("providerReferrals.reject");
  const formId = useId();
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const result = await reject(referral.id, { reason, ...(comment.trim() ? { comment } : {}) });
      if (result.ok) return onDone();
      if (result.fieldErrors && Object.keys(result.fieldErrors).length) setFieldErrors(result.fieldErrors);
      else setError(result.error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="grid gap-4">
      {error ? (
        <Alert variant="danger" live>
          {error}
        </Alert>
      ) : null}
      <FormField label={t("reason")} error={fieldErrors.reason} required>
        <Select
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("chooseReason")}
          options={INVITATION_REJECT_REASONS.map((r) => ({ value: r, label: INVITATION_REJECT_REASON_LABELS[r] }))}
        />
      </FormField>
      <FormField label={t("comment")} hint={t("commentHint")} error={fieldErrors.comment} required={reason === "OTHER"}>
        <Textarea name="comment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={255} rows={3} />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline" disabled={pending}>
            {cancelLabel}
          </Button>
        </DialogClose>
        <Button type="submit" variant="destructive" loading={pending}>
          {t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
