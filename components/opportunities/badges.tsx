import { TriangleAlert } from "lucide-react";
import { REVIEW_STATUS_LABELS, SALES_STAGE_LABELS, type ReviewStatus, type SalesStage } from "@/lib/domain/opportunity";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

const STATUS_VARIANTS: Record<ReviewStatus, BadgeVariant> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  IN_REVIEW: "accent",
  APPROVED: "success",
  ACTION_REQUIRED: "warning",
  REJECTED: "danger",
};

/** The review status; "Action required" stands out (icon, stronger colour). Server-safe. */
export function ReviewStatusBadge({ status, className }: { status: ReviewStatus; className?: string }) {
  if (status === "ACTION_REQUIRED") {
    return (
      <Badge
        variant="warning"
        data-status={status}
        className={cn("bg-amber-100 font-semibold text-amber-900 ring-amber-500/50", className)}
      >
        <TriangleAlert aria-hidden="true" className="size-3.5 text-amber-600" />
        {REVIEW_STATUS_LABELS[status]}
      </Badge>
    );
  }
  return (
    <Badge variant={STATUS_VARIANTS[status]} dot data-status={status} className={className}>
      {REVIEW_STATUS_LABELS[status]}
    </Badge>
  );
}

const STAGE_VARIANTS: Record<SalesStage, BadgeVariant> = {
  PROSPECT: "outline",
  QUALIFIED: "outline",
  TECHNICAL_VALIDATION: "outline",
  BUSINESS_VALIDATION: "outline",
  COMMITTED: "outline",
  LAUNCHED: "success",
  CLOSED_LOST: "neutral",
};

/** The sales stage. Server-safe. */
export function StageBadge({ stage, className }: { stage: SalesStage; className?: string }) {
  return (
    <Badge variant={STAGE_VARIANTS[stage]} data-stage={stage} className={className}>
      {SALES_STAGE_LABELS[stage]}
    </Badge>
  );
}
