import { useTranslations } from "next-intl";
import { REVIEW_DECISION_LABELS, type ReviewDecisionKind } from "@/lib/domain/opportunity";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { instant } from "./format";
import type { Formatting, ReviewCommentItem } from "./types";

const VARIANTS: Record<ReviewDecisionKind, BadgeVariant> = {
  START: "accent",
  APPROVE: "success",
  ACTION_REQUIRED: "warning",
  REJECT: "danger",
};

/** Every validator decision with its comment, newest first. Server-safe. */
export function ReviewComments({ comments, fmt }: { comments: readonly ReviewCommentItem[]; fmt: Formatting }) {
  const t = useTranslations("opportunities.reviewComments");
  const sorted = [...comments].sort((a, b) => b.at.localeCompare(a.at));
  if (sorted.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ol className="grid gap-3" aria-label={t("listLabel")}>
      {sorted.map((c) => {
        const decision = c.decision as ReviewDecisionKind;
        return (
          <li key={c.id} className="grid gap-1.5 rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant={VARIANTS[decision] ?? "neutral"}>{REVIEW_DECISION_LABELS[decision] ?? c.decision}</Badge>
              <span className="text-xs text-slate-500">
                <span className="font-medium text-slate-700">{c.author.name}</span> · <time dateTime={c.at}>{instant(c.at, fmt)}</time>
              </span>
            </div>
            {c.comment ? <p className="text-sm [overflow-wrap:anywhere] whitespace-pre-line text-slate-900">{c.comment}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
