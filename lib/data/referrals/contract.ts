/**
 * The co-sell deal services' public types: what pages, server actions, the REST API and
 * tests receive. Plain, serialisable values: dates as `YYYY-MM-DD`, instants as ISO strings,
 * money as integer minor units + currency.
 */
import type {
  CloseAsErrorReason,
  CoSellRequestState,
  CustomerManagement,
  DealDirection,
  DealEventType,
  DealStatus,
  DealType,
  DeclineReason,
  LostReason,
  MarketplaceIntent,
  PartnerRole,
  Program,
  RegistrationRuleResult,
  RegistrationStatus,
  SolutionKind,
} from "@/lib/domain/referral";

export type Money = { amountMinor: number; currency: string };
export type PersonRef = { id: string; name: string };

export type DealListItem = {
  id: string;
  /** "D-1042" */
  reference: string;
  name: string;
  direction: DealDirection;
  dealType: DealType;
  program: Program;
  /** Effective: an unanswered inbound deal past its deadline is EXPIRED. */
  status: DealStatus;
  /** Completion percentage of the status, or null (RECEIVED, LOST, …). */
  percent: number | null;
  closed: boolean;
  customerName: string;
  customerCountryCode: string;
  location: string;
  estimatedValue: Money;
  /** YYYY-MM-DD */
  estimatedCloseDate: string;
  organization: { id: string; name: string };
  sender: { organizationId: string | null; organizationName: string | null } | null;
  expiresAt: string | null;
  /** Effective: a request past its 14 days is LAPSED. */
  coSellRequestState: CoSellRequestState | null;
  favorite: boolean;
  createdAt: string;
  updatedAt: string;
};

export const DEAL_SORTS = ["updatedAt", "createdAt", "name", "customerName", "estimatedCloseDate", "estimatedValue", "status", "number"] as const;
export type DealSortField = (typeof DEAL_SORTS)[number];

export type DealListQuery = {
  /** 1-based */
  page?: number;
  /** 1..200, default 25 */
  pageSize?: number;
  /** "field" or "-field" (DEAL_SORTS); default "-updatedAt" */
  sort?: string;
  direction?: DealDirection;
  /** Only the actor's favourites. */
  favorite?: boolean;
  /** true: only closed (terminal) deals; false: only not-closed ones; absent: both. */
  closed?: boolean;
  status?: DealStatus[];
  dealType?: DealType[];
  location?: string;
  /** Value range, in `currency` (rows in other currencies do not match a range). */
  currency?: string;
  valueMin?: string;
  valueMax?: string;
  /** Estimated close date range, YYYY-MM-DD. */
  closeFrom?: string;
  closeTo?: string;
  /** Free text: deal name, customer, CRM id, reference. */
  q?: string;
};

export type DealList = { rows: DealListItem[]; total: number; page: number; pageSize: number };

export type TeamMemberView = { id: string; userId: string | null; name: string; email: string; phone: string };
export type DealSolutionView = { id: string; name: string; kind: SolutionKind; ipCoSellEligible: boolean; publisher: string | null };
export type ContactView = { name: string; email: string; phone: string };

export type ProviderCard = {
  /** Effective state of the co-sell request (LAPSED once 14 days passed unanswered). */
  coSellRequestState: CoSellRequestState | null;
  requestedAt: string | null;
  /** Until when the provider seller can decide. */
  decisionDeadline: string | null;
  decidedAt: string | null;
  seller: PersonRef | null;
  markedWonAt: string | null;
  markedWonBy: PersonRef | null;
  helpFromProvider: string[];
};

export type InvitationView = {
  /** The invitee's deal (not visible to the inviter: summary only). */
  id: string;
  organization: { id: string; name: string };
  status: DealStatus;
  estimatedValue: Money;
  estimatedCloseDate: string;
  receivedAt: string | null;
};

export type RegistrationView = {
  id: string;
  status: RegistrationStatus;
  errors: string[];
  submittedAt: string;
  decidedAt: string | null;
  version: number;
};

export type DealAbilities = {
  /** Partner of the owning organisation (acts on the deal). */
  partner: boolean;
  edit: boolean;
  editableFields: string[];
  accept: boolean;
  decline: boolean;
  /** Stages that can be marked now (assessments: only the next one). */
  markStages: DealStatus[];
  markWon: boolean;
  /** Why "mark won" is disabled on an open assessment (stages still to mark), else null. */
  markWonBlockedReason: string | null;
  markLost: boolean;
  closeAsError: boolean;
  upgradeTo: DealType[];
  inviteProvider: boolean;
  invitePartners: boolean;
  /** Provider seller: JOIN / DECLINE the co-sell request. */
  providerDecision: boolean;
  providerMarkWon: boolean;
  favorite: boolean;
  register: boolean;
  resubmitRegistration: boolean;
  /** The lifecycle events the machine allows now (before the role check). */
  events: DealEventType[];
};

export type DealDetail = {
  id: string;
  reference: string;
  version: number;
  organization: { id: string; name: string };
  direction: DealDirection;
  dealType: DealType;
  /** How the deal counts (a co-sell deal whose request was declined or lapsed counts as partner-led). */
  effectiveDealType: DealType;
  program: Program;
  status: DealStatus;
  storedStatus: DealStatus;
  percent: number | null;
  closed: boolean;
  name: string;
  location: string;
  estimatedValue: Money;
  estimatedCloseDate: string;
  crmId: string | null;
  campaignId: string | null;
  partnerRole: PartnerRole | null;
  solutionArea: string | null;
  solutionPlay: string | null;
  notes: string;
  marketplaceIntent: MarketplaceIntent | null;
  customer: {
    accountId: string | null;
    name: string;
    countryCode: string;
    city: string;
    postalCode: string | null;
    duns: string | null;
    management: CustomerManagement;
  };
  customerContact: (ContactView & { consent: boolean; notes: string | null }) | null;
  visibleToProvider: boolean;
  helpFromProvider: string[];
  assessmentLocation: string | null;
  team: TeamMemberView[];
  solutions: DealSolutionView[];
  provider: ProviderCard;
  sender: { organization: { id: string; name: string } | null; user: PersonRef | null; contacts: ContactView[] } | null;
  helpWanted: string[];
  parentDealId: string | null;
  invitations: InvitationView[];
  receivedAt: string | null;
  expiresAt: string | null;
  acceptedAt: string | null;
  wonAt: string | null;
  closedAt: string | null;
  declineReason: DeclineReason | null;
  declineNotes: string | null;
  lostReason: LostReason | null;
  lostNotes: string | null;
  errorReason: CloseAsErrorReason | null;
  errorNotes: string | null;
  registration: RegistrationView | null;
  favorite: boolean;
  createdAt: string;
  updatedAt: string;
  abilities: DealAbilities;
};

export type EligibilityView = { eligible: boolean; reasons: string[]; rules: RegistrationRuleResult[] };

export type DealHistoryItem = {
  id: string;
  at: string;
  actor: PersonRef | null;
  action: string;
  changes: { field: string; from: unknown; to: unknown }[];
};

/** A row of the provider seller's co-sell request queue. */
export type CoSellRequestItem = {
  id: string;
  reference: string;
  name: string;
  organization: { id: string; name: string };
  customerName: string;
  location: string;
  estimatedValue: Money;
  estimatedCloseDate: string;
  status: DealStatus;
  helpFromProvider: string[];
  requestedAt: string;
  decisionDeadline: string;
};

/** A row of the provider admin's registration queue. */
export type RegistrationItem = RegistrationView & {
  deal: {
    id: string;
    reference: string;
    name: string;
    organization: { id: string; name: string };
    customerName: string;
    estimatedValue: Money;
    wonAt: string | null;
  };
  eligibility: RegistrationRuleResult[];
};
