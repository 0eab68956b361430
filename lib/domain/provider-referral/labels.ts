/** English labels of provider referral invitations (domain.md §3). */
import type { InvitationRejectReason, InvitationStatus } from "./invitation";

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: "Pending acceptance",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
  EXPIRED: "Expired",
};

export const INVITATION_REJECT_REASON_LABELS: Record<InvitationRejectReason, string> = {
  CUSTOMER_PROBLEM_UNCLEAR: "The customer's problem is unclear",
  NEXT_STEPS_UNCLEAR: "The next steps are unclear",
  UNABLE_TO_SUPPORT: "We are unable to support this customer",
  DUPLICATE_OF_PARTNER_REFERRAL: "Duplicate of a partner referral",
  OTHER: "Other",
};
