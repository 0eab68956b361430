/**
 * The shapes the co-sell deal widgets render. Components receive data as props and may not
 * import `lib/data`, so these mirror (structurally) the services' contract in
 * `lib/data/referrals/contract.ts`: pages pass the service results straight through and
 * TypeScript checks the two stay compatible at that boundary.
 */
import type { ActionResult } from "@/lib/actions/run";
import type {
  CloseAsErrorReason,
  CoSellRequestState,
  CustomerManagement,
  DealDirection,
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

export type MoneyView = { amountMinor: number; currency: string };
export type PersonView = { id: string; name: string };
export type Formatting = { locale: string; timeZone: string };

export type DealRowView = {
  id: string;
  reference: string;
  name: string;
  direction: DealDirection;
  dealType: DealType;
  status: DealStatus;
  percent: number | null;
  closed: boolean;
  customerName: string;
  location: string;
  estimatedValue: MoneyView;
  estimatedCloseDate: string;
  organization: { id: string; name: string };
  sender: { organizationName: string | null } | null;
  expiresAt: string | null;
  coSellRequestState: CoSellRequestState | null;
  favorite: boolean;
  updatedAt: string;
};

export type TeamMemberView = { id: string; userId: string | null; name: string; email: string; phone: string };
export type SolutionItem = { id: string; name: string; kind: SolutionKind; ipCoSellEligible: boolean; publisher: string | null };
export type ContactView = { name: string; email: string; phone: string };

export type DealAbilitiesView = {
  partner: boolean;
  edit: boolean;
  editableFields: string[];
  accept: boolean;
  decline: boolean;
  markStages: DealStatus[];
  markWon: boolean;
  markWonBlockedReason: string | null;
  markLost: boolean;
  closeAsError: boolean;
  upgradeTo: DealType[];
  inviteProvider: boolean;
  invitePartners: boolean;
  providerDecision: boolean;
  providerMarkWon: boolean;
  favorite: boolean;
  register: boolean;
  resubmitRegistration: boolean;
};

export type DealView = {
  id: string;
  reference: string;
  version: number;
  organization: { id: string; name: string };
  direction: DealDirection;
  dealType: DealType;
  effectiveDealType: DealType;
  program: Program;
  status: DealStatus;
  percent: number | null;
  closed: boolean;
  name: string;
  location: string;
  estimatedValue: MoneyView;
  estimatedCloseDate: string;
  crmId: string | null;
  campaignId: string | null;
  partnerRole: PartnerRole | null;
  solutionArea: string | null;
  solutionPlay: string | null;
  notes: string;
  marketplaceIntent: MarketplaceIntent | null;
  customer: { accountId: string | null; name: string; countryCode: string; city: string; postalCode: string | null; duns: string | null; management: CustomerManagement };
  customerContact: (ContactView & { consent: boolean; notes: string | null }) | null;
  visibleToProvider: boolean;
  helpFromProvider: string[];
  assessmentLocation: string | null;
  team: TeamMemberView[];
  solutions: SolutionItem[];
  provider: {
    coSellRequestState: CoSellRequestState | null;
    requestedAt: string | null;
    decisionDeadline: string | null;
    decidedAt: string | null;
    seller: PersonView | null;
    markedWonAt: string | null;
    markedWonBy: PersonView | null;
    helpFromProvider: string[];
  };
  sender: { organization: { id: string; name: string } | null; user: PersonView | null; contacts: ContactView[] } | null;
  helpWanted: string[];
  invitations: { id: string; organization: { id: string; name: string }; status: DealStatus; estimatedValue: MoneyView; estimatedCloseDate: string }[];
  receivedAt: string | null;
  expiresAt: string | null;
  wonAt: string | null;
  closedAt: string | null;
  declineReason: DeclineReason | null;
  declineNotes: string | null;
  lostReason: LostReason | null;
  lostNotes: string | null;
  errorReason: CloseAsErrorReason | null;
  errorNotes: string | null;
  registration: { id: string; status: RegistrationStatus; errors: string[]; submittedAt: string; decidedAt: string | null } | null;
  favorite: boolean;
  createdAt: string;
  updatedAt: string;
  abilities: DealAbilitiesView;
};

export type EligibilityView = { eligible: boolean; reasons: string[]; rules: RegistrationRuleResult[] };

export type HistoryItemView = { id: string; at: string; actor: PersonView | null; action: string; changes: { field: string; from: unknown; to: unknown }[] };

export type CustomerOption = {
  id: string;
  name: string;
  countryCode: string;
  city: string;
  postalCode: string | null;
  management: CustomerManagement;
  duns: string | null;
  federal: boolean;
};

export type SolutionOption = {
  id: string;
  name: string;
  kind: SolutionKind;
  publisherOrganizationId: string | null;
  publisherName: string | null;
  ipCoSellEligible: boolean;
};

export type PartnerOption = { id: string; name: string; locations: string[]; solutionAssessmentApproved: boolean };
export type TeamSuggestion = { name: string; email: string; phone: string };

export type DealActionResult = ActionResult<{ id: string }>;
/** A server action on one deal: `(id, input) → { id }`. */
export type DealAction = (id: string, input: unknown) => Promise<DealActionResult>;
export type DealIdAction = (id: string) => Promise<DealActionResult>;

export type CoSellRequestView = {
  id: string;
  reference: string;
  name: string;
  organization: { id: string; name: string };
  customerName: string;
  location: string;
  estimatedValue: MoneyView;
  estimatedCloseDate: string;
  status: DealStatus;
  helpFromProvider: string[];
  requestedAt: string;
  decisionDeadline: string;
};

export type RegistrationItemView = {
  id: string;
  status: RegistrationStatus;
  errors: string[];
  submittedAt: string;
  decidedAt: string | null;
  version: number;
  eligibility: RegistrationRuleResult[];
  deal: { id: string; reference: string; name: string; organization: { id: string; name: string }; customerName: string; estimatedValue: MoneyView; wonAt: string | null };
};

export type ExchangeRateRow = { id: string; month: string; currency: string; usdRate: string; version: number; updatedAt: string };
