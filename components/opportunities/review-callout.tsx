import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { instant } from "./format";
import type { Formatting, OpportunityView, ReviewCommentItem } from "./types";

function latest(comments: readonly ReviewCommentItem[], decision: string): ReviewCommentItem | undefined {
  return [...comments].filter((c) => c.decision === decision).sort((a, b) => b.at.localeCompare(a.at))[0];
}

function Quote({ comment, fmt }: { comment: ReviewCommentItem; fmt: Formatting }) {
  const t = useTranslations("opportunities.callout");
  return (
    <figure className="mt-1 grid gap-1.5">
      <blockquote className="rounded-md border-l-4 border-current/30 bg-white/60 px-3 py-2 text-sm whitespace-pre-line text-slate-900 [overflow-wrap:anywhere]">
        {comment.comment}
      </blockquote>
      <figcaption className="text-xs opacity-80">
        {t("by", { name: comment.author.name })} · <time dateTime={comment.at}>{instant(comment.at, fmt)}</time>
      </figcaption>
    </figure>
  );
}

/**
 * The validator's latest word, prominently: the comment when action is required, the reason
 * when rejected, and a note while the review runs. Server-safe.
 */
export function ReviewCallout({ opportunity: o, fmt, audience = "partner" }: { opportunity: OpportunityView; fmt: Formatting; audience?: "partner" | "validator" }) {
  const t = useTranslations("opportunities.callout");
  if (o.status === "ACTION_REQUIRED") {
    const comment = latest(o.reviewComments, "ACTION_REQUIRED");
    return (
      <Alert variant="warning" title={t("actionRequiredTitle")} data-testid="review-callout" className="border-amber-300 bg-amber-50 shadow-xs">
        <p>{audience === "partner" ? (o.can.edit || o.can.submit ? t("actionRequiredBodyEditor") : t("actionRequiredBody")) : t("actionRequiredValidator")}</p>
        {comment ? <Quote comment={comment} fmt={fmt} /> : null}
      </Alert>
    );
  }
  if (o.status === "REJECTED") {
    const comment = latest(o.reviewComments, "REJECT");
    return (
      <Alert variant="danger" title={t("rejectedTitle")} data-testid="review-callout">
        <p>{audience === "partner" && o.can.clone ? t("rejectedBodyClone") : t("rejectedBody")}</p>
        {comment ? <Quote comment={comment} fmt={fmt} /> : null}
      </Alert>
    );
  }
  if ((o.status === "SUBMITTED" || o.status === "IN_REVIEW") && audience === "partner") {
    return (
      <Alert variant="info" title={o.status === "SUBMITTED" ? t("submittedTitle") : t("inReviewTitle")}>
        <p>{t("underReviewBody")}</p>
      </Alert>
    );
  }
  return null;
}
