"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  CLOSED_LOST_REASONS,
  SALES_STAGE_LABELS,
  StageChangeSchema,
  isTerminalStage,
  todayInTimeZone,
  type SalesStage,
} from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import type { OpportunityActions } from "./types";

type Values = { stage: string; closeDate: string; providerAccountId: string; closedLostReason: string };

export type ChangeStageDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  opportunity: { id: string; version: number; stage: SalesStage; providerAccountId?: string };
  availableStages: readonly SalesStage[];
  timeZone: string;
  changeStage: OpportunityActions["changeStage"];
};

/**
 * The stage drop-down after approval. Moving to Launched or Closed lost asks for the actual
 * close date (not in the future), the customer's provider account ID (optional, 12 digits)
 * and, for Closed lost, the reason — checked here with the server's own schema.
 */
export function ChangeStageDialog(props: ChangeStageDialogProps) {
  const t = useTranslations("opportunities");
  const tc = useTranslations("common");
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      <DialogContent
        title={t("stage.title")}
        description={t("stage.description", { stage: SALES_STAGE_LABELS[props.opportunity.stage] })}
        closeLabel={tc("close")}
      >
        {props.open ? <ChangeStageForm {...props} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function ChangeStageForm({ opportunity, availableStages, timeZone, changeStage, onOpenChange }: ChangeStageDialogProps) {
  const t = useTranslations("opportunities");
  const tc = useTranslations("common");
  const router = useRouter();
  const today = todayInTimeZone(timeZone);
  const [values, setValues] = useState<Values>({
    stage: "",
    closeDate: today,
    providerAccountId: opportunity.providerAccountId ?? "",
    closedLostReason: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const stage = values.stage as SalesStage | "";
  const terminal = stage !== "" && isTerminalStage(stage);

  const set = (key: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => {
      const { [key]: _removed, ...rest } = e;
      return rest;
    });
  };

  const payload = () => ({
    stage: values.stage || undefined,
    ...(terminal ? { closeDate: values.closeDate || undefined, providerAccountId: values.providerAccountId.trim() || undefined } : {}),
    ...(stage === "CLOSED_LOST" ? { closedLostReason: values.closedLostReason || undefined } : {}),
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const input = payload();
    const parsed = StageChangeSchema({ today }).safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "stage"), i.message])));
      return;
    }
    setPending(true);
    try {
      const result = await changeStage(opportunity.id, { ...input, version: opportunity.version });
      if (result.ok) {
        toast.success(t("stage.changed", { stage: SALES_STAGE_LABELS[parsed.data.stage] }));
        onOpenChange(false);
        router.refresh();
        return;
      }
      if (result.code === "stale") {
        toast.error(t("stale"));
        onOpenChange(false);
        router.refresh();
        return;
      }
      if (result.fieldErrors && Object.keys(result.fieldErrors).length) {
        setErrors(result.fieldErrors);
        const known = ["stage", "closeDate", "providerAccountId", "closedLostReason"];
        const other = Object.entries(result.fieldErrors).filter(([k]) => !known.includes(k));
        if (other.length) setFormError(other.map(([, m]) => m).join(" "));
      } else {
        setFormError(result.error);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError ? (
        <Alert variant="danger" live>
          {formError}
        </Alert>
      ) : null}
      <FormField label={t("stage.newStage")} error={errors.stage} required>
        <Select
          name="stage"
          value={values.stage}
          onChange={(e) => set("stage")(e.target.value)}
          placeholder={t("stage.choose")}
          options={availableStages.map((s) => ({ value: s, label: SALES_STAGE_LABELS[s] }))}
        />
      </FormField>
      {terminal ? (
        <div className="grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-4">
          <p className="text-sm text-slate-700">{stage === "LAUNCHED" ? t("stage.launchedNote") : t("stage.closedLostNote")}</p>
          <FormField label={t("stage.closeDate")} hint={t("stage.closeDateHint")} error={errors.closeDate} required>
            <Input type="date" name="closeDate" value={values.closeDate} max={today} onChange={(e) => set("closeDate")(e.target.value)} />
          </FormField>
          <FormField label={t("stage.providerAccountId")} hint={t("stage.providerAccountIdHint")} error={errors.providerAccountId}>
            <Input
              name="providerAccountId"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              pattern="[0-9]{12}"
              value={values.providerAccountId}
              onChange={(e) => set("providerAccountId")(e.target.value)}
            />
          </FormField>
          {stage === "CLOSED_LOST" ? (
            <FormField label={t("stage.closedLostReason")} error={errors.closedLostReason} required>
              <Select
                name="closedLostReason"
                value={values.closedLostReason}
                onChange={(e) => set("closedLostReason")(e.target.value)}
                placeholder={t("stage.chooseReason")}
                options={CLOSED_LOST_REASONS.map((r) => ({ value: r, label: r }))}
              />
            </FormField>
          ) : null}
          <p className="text-xs text-slate-500">{t("stage.terminalWarning")}</p>
        </div>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline" disabled={pending}>
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {t("stage.submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
