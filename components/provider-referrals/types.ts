/**
 * The shapes the provider-referral widgets render. Components may not import lib/data, so
 * these mirror (structurally) `lib/data/provider-referrals/contract.ts`; pages pass the
 * service results straight through and TypeScript checks the two stay compatible.
 */
import type { ActionResult } from "@/lib/actions/run";
import type { InvitationRejectReason, InvitationStatus, PreAcceptanceView } from "@/lib/domain/provider-referral";
import type { OpportunityInput, ProviderTeamRole } from "@/lib/domain/opportunity";

export type Formatting = { locale: string; timeZone: string };
export type PersonView = { id: string; name: string };

export type PendingReferralView = {
  id: string;
  reference: string;
  sentAt: string;
  expiresAt: string;
  recipient: PersonView | null;
  opportunity: PreAcceptanceView;
};

export type SentReferralRow = {
  id: string;
  reference: string;
  status: InvitationStatus;
  partner: { id: string; name: string };
  recipient: PersonView | null;
  customerName: string;
  title: string;
  sentAt: string;
  expiresAt: string;
  answeredAt: string | null;
  answeredBy: PersonView | null;
  rejectReason: InvitationRejectReason | null;
  rejectComment: string | null;
  opportunityId: string | null;
};

export type SentReferralDetailView = SentReferralRow & {
  opportunity: OpportunityInput;
  nextStep: string | null;
  leadSource: string | null;
  providerTeam: { role: ProviderTeamRole; name: string; email: string }[];
};

export type BulkAcceptOutcome = {
  accepted: { id: string; opportunityId: string }[];
  refused: { id: string; code: string; message: string }[];
};
export type AcceptAction = (ids: string[]) => Promise<ActionResult<BulkAcceptOutcome>>;
export type RejectAction = (id: string, input: { reason: string; comment?: string }) => Promise<ActionResult<{ id: string }>>;
export type SendAction = (input: unknown) => Promise<ActionResult<{ id: string; reference: string; partnerName: string }>>;

export type ReferralTargetView = {
  id: string;
  name: string;
  timeZone: string;
  trainingPartner: boolean;
  hasAllianceLead: boolean;
  recipients: { id: string; name: string; email: string; aceRole: string }[];
};
