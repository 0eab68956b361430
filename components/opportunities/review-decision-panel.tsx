"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Ban, CircleCheck, MessageSquareWarning, Play } from "lucide-react";
import {
  DECISION_EVENTS,
  REVIEW_COMMENT_MAX_LENGTH,
  REVIEW_STATUS_LABELS,
  ReviewDecisionSchema,
  type ReviewDecisionKind,
  type ReviewEvent,
  type ReviewStatus,
} from "@/lib/domain/opportunity";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import type { ReviewAction } from "./types";

const decisionOf = (event: ReviewEvent): ReviewDecisionKind | undefined =>
  (Object.entries(DECISION_EVENTS) as [ReviewDecisionKind, ReviewEvent][]).find(([, e]) => e === event)?.[0];

/**
 * The validator's decisions on one opportunity: start the review, approve, ask for action
 * (comment required) or reject (comment required, confirmed). After a final decision the
 * validator returns to the queue.
 */
export function ReviewDecisionPanel({
  opportunity,
  events,
  review,
}: {
  opportunity: { id: string; reference: string; status: ReviewStatus };
  events: readonly ReviewEvent[];
  review: ReviewAction;
}) {
  const t = useTranslations("opportunities.decision");
  const tp = useTranslations("opportunities");
  const tc = useTranslations("common");
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<ReviewDecisionKind | null>(null);
  const [confirmReject, setConfirmReject] = useState(false);
  const decisions = events.map(decisionOf).filter((d): d is ReviewDecisionKind => d !== undefined);
  const has = (d: ReviewDecisionKind) => decisions.includes(d);

  const validate = (decision: ReviewDecisionKind) => {
    const parsed = ReviewDecisionSchema.safeParse({ decision, comment });
    if (parsed.success) return parsed.data;
    setError(parsed.error.issues.find((i) => i.path[0] === "comment")?.message ?? parsed.error.issues[0]?.message ?? t("invalid"));
    return null;
  };

  /** Returns false when the decision failed (keeps a confirm dialog open). */
  const decide = async (decision: ReviewDecisionKind): Promise<boolean> => {
    const input = validate(decision);
    if (!input) return false;
    setPending(decision);
    try {
      const result = await review(opportunity.id, input);
      if (result.ok) {
        if (decision === "START") {
          toast.success(t("started", { reference: opportunity.reference }));
          router.refresh();
        } else {
          toast.success(t(`done.${decision}`, { reference: opportunity.reference }));
          router.push("/review");
        }
        return true;
      }
      if (result.code === "stale" || result.code === "conflict") {
        toast.error(result.code === "stale" ? tp("stale") : result.error);
        router.refresh();
        return true;
      }
      if (result.fieldErrors?.comment) setError(result.fieldErrors.comment);
      else toast.error(result.error);
      return false;
    } finally {
      setPending(null);
    }
  };

  if (decisions.length === 0) {
    return <p className="text-sm text-slate-600">{t("none", { status: REVIEW_STATUS_LABELS[opportunity.status] })}</p>;
  }

  const finalDecisions = decisions.filter((d) => d !== "START");
  return (
    <div className="grid gap-4">
      {has("START") ? (
        <div className="grid gap-2 rounded-md border border-indigo-200 bg-indigo-50 p-3">
          <p className="text-sm text-indigo-950">{t("startHint")}</p>
          <Button variant="outline" className="justify-self-start" loading={pending === "START"} disabled={pending !== null} onClick={() => void decide("START")}>
            <Play aria-hidden="true" />
            {t("start")}
          </Button>
        </div>
      ) : null}
      {finalDecisions.length ? (
        <>
          <FormField label={t("comment")} hint={t("commentHint")} error={error}>
            <Textarea
              name="comment"
              rows={5}
              maxLength={REVIEW_COMMENT_MAX_LENGTH}
              showCount
              countLabel={(n, max) => tp("nextSteps.count", { n, max })}
              remainingLabel={(n) => tp("nextSteps.remaining", { n })}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                if (error) setError(null);
              }}
            />
          </FormField>
          <div className="grid gap-2 sm:grid-cols-3 xl:grid-cols-1 2xl:grid-cols-3">
            {has("APPROVE") ? (
              <Button
                className="bg-emerald-600 hover:bg-emerald-700 active:bg-emerald-800"
                loading={pending === "APPROVE"}
                disabled={pending !== null}
                onClick={() => void decide("APPROVE")}
              >
                <CircleCheck aria-hidden="true" />
                {t("approve")}
              </Button>
            ) : null}
            {has("ACTION_REQUIRED") ? (
              <Button
                variant="outline"
                className="border-amber-400 text-amber-900 hover:bg-amber-50"
                loading={pending === "ACTION_REQUIRED"}
                disabled={pending !== null}
                onClick={() => void decide("ACTION_REQUIRED")}
              >
                <MessageSquareWarning aria-hidden="true" />
                {t("actionRequired")}
              </Button>
            ) : null}
            {has("REJECT") ? (
              <Button
                variant="destructive"
                disabled={pending !== null}
                onClick={() => {
                  if (validate("REJECT")) setConfirmReject(true);
                }}
              >
                <Ban aria-hidden="true" />
                {t("reject")}
              </Button>
            ) : null}
          </div>
          <ConfirmDialog
            open={confirmReject}
            onOpenChange={setConfirmReject}
            title={t("rejectTitle", { reference: opportunity.reference })}
            description={t("rejectBody")}
            confirmLabel={t("reject")}
            cancelLabel={tc("cancel")}
            destructive
            onConfirm={async () => ((await decide("REJECT")) ? undefined : false)}
          />
        </>
      ) : null}
    </div>
  );
}
