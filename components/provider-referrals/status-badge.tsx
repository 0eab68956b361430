import type { InvitationStatus } from "@/lib/domain/provider-referral";
import { Badge, type BadgeVariant } from "@/components/ui/badge";

const VARIANTS: Record<InvitationStatus, BadgeVariant> = { PENDING: "info", ACCEPTED: "success", REJECTED: "danger", EXPIRED: "neutral" };

/** A referral's (effective) status. */
export function ReferralStatusBadge({ status, label }: { status: InvitationStatus; label: string }) {
  return (
    <Badge variant={VARIANTS[status]} dot data-status={status}>
      {label}
    </Badge>
  );
}
