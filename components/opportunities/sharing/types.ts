/**
 * The shapes the sharing and collaboration-channel widgets render: structural mirrors of
 * lib/data/opportunities/sharing.ts and channel.ts (components may not import lib/data).
 */
import type { ActionResult } from "@/lib/actions/run";
import type {
  ChannelEligibility,
  ChannelStatus,
  InviteeStatus,
  ReviewStatus,
  SalesStage,
  ShareStatus,
  ShareableFieldGroup,
} from "@/lib/domain/opportunity";

export type OrgView = { id: string; name: string };
export type PersonView = { id: string; name: string };
export type Fmt = { locale: string; timeZone: string };
export type Act<T = unknown> = Promise<ActionResult<T>>;

export type CollaboratorItem = {
  invitationId: string;
  organization: OrgView;
  status: ShareStatus;
  fields: ShareableFieldGroup[];
  message: string;
  invitedBy: PersonView;
  invitedAt: string;
  answeredAt: string | null;
  canWithdraw: boolean;
};

export type SharePanelView = {
  canShare: boolean;
  open: number;
  remaining: number;
  maxPerShare: number;
  partners: (OrgView & { alreadyInvited: boolean })[];
  collaborators: CollaboratorItem[];
};

export type ReceivedInvitationItem = {
  id: string;
  status: ShareStatus;
  opportunityId: string;
  reference: string;
  invitingOrganization: OrgView;
  invitedBy: PersonView;
  message: string;
  fields: ShareableFieldGroup[];
  invitedAt: string;
  answeredAt: string | null;
  answeredBy: PersonView | null;
  version: number;
  can: { accept: boolean; reject: boolean };
};

export type SharedListItem = {
  id: string;
  reference: string;
  invitingOrganization: OrgView;
  title: string | null;
  customerName: string | null;
  stage: SalesStage | null;
  acceptedAt: string | null;
};

export type SharedView = {
  id: string;
  reference: string;
  invitingOrganization: OrgView;
  message: string;
  fields: ShareableFieldGroup[];
  data: Record<string, unknown>;
  status: ReviewStatus | null;
  stage: SalesStage | null;
  expectedMonthlyRevenue: { amountMinor: number; currency: string } | null;
  targetCloseDate: string | null;
  latestNextStep: string | null;
  collaborators: { organization: OrgView; role: "OWNER" | "PARTNER"; status: ShareStatus | null }[];
};

export type ChannelPanelView = {
  channel: {
    id: string;
    status: ChannelStatus;
    requestedBy: PersonView;
    requestedAt: string;
    name: string | null;
    url: string | null;
    version: number;
    invitees: { id: string; user: PersonView & { email: string }; status: InviteeStatus }[];
  } | null;
  eligibility: ChannelEligibility;
  can: { request: boolean; recordCreated: boolean; archive: boolean; join: boolean; leave: boolean };
  myStatus: InviteeStatus | null;
  inviteeOptions: { id: string; name: string; email: string }[];
};

export type MyChannelItem = {
  channelId: string;
  opportunityId: string;
  reference: string;
  title: string;
  status: ChannelStatus;
  name: string | null;
  url: string | null;
  myStatus: InviteeStatus;
  can: { join: boolean; leave: boolean };
};
