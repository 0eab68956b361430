/**
 * What the provider-referral services return (pages, server actions, the REST API
 * `/opportunity-invitations`, tests). Partners only ever receive `PendingReferral`, whose
 * `opportunity` holds the pre-acceptance fields and nothing else (domain.md §3).
 */
import type { InvitationRejectReason, InvitationStatus, PreAcceptanceView } from "@/lib/domain/provider-referral";
import type { OpportunityInput, ProviderTeamRole } from "@/lib/domain/opportunity";

export type PersonRef = { id: string; name: string };

/** `POST /opportunity-invitations` → 201. */
export type SentReferralSummary = { id: string; reference: string; status: "PENDING"; sentAt: string; expiresAt: string };

/** A pending referral as the partner sees it before accepting. */
export type PendingReferral = {
  id: string;
  /** "PR-12" */
  reference: string;
  status: "PENDING";
  sentAt: string;
  expiresAt: string;
  /** The named recipient, when there is one. */
  recipient: PersonRef | null;
  /** Only the pre-acceptance fields (`pickPreAcceptanceFields`), api.md JSON names. */
  opportunity: PreAcceptanceView;
};

export type ProviderTeamEntry = { role: ProviderTeamRole; name: string; email: string };

/** A referral as its sender (the provider seller) sees it: everything, with the live status. */
export type SentReferral = {
  id: string;
  reference: string;
  /** Effective: an overdue PENDING is EXPIRED even before the sweep ran. */
  status: InvitationStatus;
  partner: { id: string; name: string };
  recipient: PersonRef | null;
  customerName: string;
  title: string;
  sentAt: string;
  expiresAt: string;
  answeredAt: string | null;
  answeredBy: PersonRef | null;
  rejectReason: InvitationRejectReason | null;
  rejectComment: string | null;
  /** The opportunity created on acceptance. */
  opportunityId: string | null;
  version: number;
};

export type SentReferralDetail = SentReferral & {
  /** The opportunity fields as sent (api.md JSON shape, money as `{ amount, currency }`). */
  opportunity: OpportunityInput;
  nextStep: string | null;
  leadSource: string | null;
  providerTeam: ProviderTeamEntry[];
};

export type SentReferralQuery = { page?: number; pageSize?: number; status?: InvitationStatus; q?: string };
export type SentReferralList = { rows: SentReferral[]; total: number; page: number; pageSize: number };

/** `GET /opportunity-invitations/{id}`: what the actor may see of it. */
export type InvitationView = ({ audience: "PARTNER" } & PendingReferral) | ({ audience: "PROVIDER" } & SentReferralDetail);

export type AcceptedReferral = { id: string; opportunityId: string };
export type RefusedReferral = { id: string; code: "not-found" | "conflict"; message: string };
/** Bulk accept: each referral in its own transaction; the ones refused say why. */
export type BulkAcceptResult = { accepted: AcceptedReferral[]; refused: RefusedReferral[] };

/** A partner organisation a seller may refer a deal to, with the users who may be named. */
export type ReferralTarget = {
  id: string;
  name: string;
  timeZone: string;
  trainingPartner: boolean;
  /** Active users with an ACE role (possible named recipients). */
  recipients: { id: string; name: string; email: string; aceRole: string }[];
  /** True when the organisation has an active alliance lead (a referral without recipient can be answered). */
  hasAllianceLead: boolean;
};
