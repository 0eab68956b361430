import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { CO_SELL_REQUEST_STATE_LABELS, DEAL_STATUS_LABELS, DEAL_TYPE_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/domain/referral";
import type { CoSellRequestState, DealStatus, DealType, RegistrationStatus } from "@/lib/domain/referral";

const STATUS_VARIANT: Record<DealStatus, BadgeVariant> = {
  RECEIVED: "warning",
  CREATED: "neutral",
  ACCEPTED: "info",
  QUALIFIED: "info",
  DEVELOPED: "info",
  PROPOSED: "info",
  NEGOTIATED: "info",
  SECURE_CUSTOMER_LOE: "info",
  COLLECT_DATA: "info",
  PREPARE_REPORT: "info",
  PRESENT_TO_CUSTOMER: "info",
  WON: "success",
  LOST: "danger",
  DECLINED: "outline",
  EXPIRED: "outline",
  ERROR: "outline",
};

/** A deal's status, with its completion percentage when it has one ("Qualified · 20 %"). */
export function DealStatusBadge({ status, percent }: { status: DealStatus; percent?: number | null }) {
  return (
    <Badge variant={STATUS_VARIANT[status]} dot data-testid="deal-status">
      {DEAL_STATUS_LABELS[status]}
      {percent !== null && percent !== undefined ? <span className="tabular-nums opacity-75">· {percent} %</span> : null}
    </Badge>
  );
}

const TYPE_VARIANT: Record<DealType, BadgeVariant> = {
  PRIVATE: "neutral",
  PARTNER_LED: "info",
  CO_SELL: "accent",
  P2P: "warning",
  SOLUTION_ASSESSMENT: "success",
};

/** The sale type; solution assessments carry their label on every row (§5). */
export function DealTypeBadge({ dealType }: { dealType: DealType }) {
  return <Badge variant={TYPE_VARIANT[dealType]}>{DEAL_TYPE_LABELS[dealType]}</Badge>;
}

const CO_SELL_VARIANT: Record<CoSellRequestState, BadgeVariant> = {
  REQUESTED: "warning",
  JOINED: "success",
  DECLINED: "danger",
  LAPSED: "outline",
};

export function CoSellBadge({ state }: { state: CoSellRequestState }) {
  return <Badge variant={CO_SELL_VARIANT[state]}>{CO_SELL_REQUEST_STATE_LABELS[state]}</Badge>;
}

const REGISTRATION_VARIANT: Record<RegistrationStatus, BadgeVariant> = {
  SUBMITTED: "info",
  IN_VALIDATION: "info",
  VALIDATED: "success",
  ACTION_REQUIRED: "warning",
  REJECTED: "danger",
};

export function RegistrationBadge({ status }: { status: RegistrationStatus }) {
  return <Badge variant={REGISTRATION_VARIANT[status]}>{REGISTRATION_STATUS_LABELS[status]}</Badge>;
}
