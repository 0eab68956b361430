"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { NEXT_STEP_MAX_LENGTH, NextStepSchema } from "@/lib/domain/opportunity";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import type { OpportunityActions } from "./types";

/** Adds a next step (1–255 characters) with a live counter; the same schema as the server. */
export function NextStepForm({
  opportunityId,
  addNextStep,
  autoFocus = false,
}: {
  opportunityId: string;
  addNextStep: OpportunityActions["addNextStep"];
  /** Focus the field (arriving from the header's "Add next step"). */
  autoFocus?: boolean;
}) {
  const t = useTranslations("opportunities.nextSteps");
  const tp = useTranslations("opportunities");
  const router = useRouter();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = NextStepSchema.safeParse({ text });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t("invalid"));
      return;
    }
    setPending(true);
    try {
      const result = await addNextStep(opportunityId, parsed.data);
      if (result.ok) {
        toast.success(t("added"));
        setText("");
        setError(null);
        router.refresh();
        return;
      }
      if (result.code === "stale") {
        toast.error(tp("stale"));
        router.refresh();
        return;
      }
      if (result.fieldErrors?.text) setError(result.fieldErrors.text);
      else toast.error(result.error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form id="next-step-form" onSubmit={onSubmit} noValidate className="grid gap-3">
      <FormField label={t("label")} hint={t("hint", { max: NEXT_STEP_MAX_LENGTH })} error={error} required>
        <Textarea
          name="text"
          rows={3}
          maxLength={NEXT_STEP_MAX_LENGTH}
          showCount
          countLabel={(n, max) => t("count", { n, max })}
          remainingLabel={(n) => t("remaining", { n })}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (error) setError(null);
          }}
          placeholder={t("placeholder")}
          autoFocus={autoFocus}
        />
      </FormField>
      <div className="flex justify-end">
        <Button type="submit" loading={pending}>
          <Plus aria-hidden="true" />
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
