/**
 * The shapes the opportunity widgets render. Components receive data as props and may not
 * import `lib/data`, so these mirror (structurally) the services' contract in
 * `lib/data/opportunities/contract.ts`: pages pass the service results straight through and
 * TypeScript checks the two stay compatible at that boundary.
 */
import type { OpportunityData, Origin, ProviderTeamRole, ReviewEvent, ReviewStatus, SalesStage } from "@/lib/domain/opportunity";
import type { ActionResult } from "@/lib/actions/run";

export type MoneyView = { amountMinor: number; currency: string };
export type PersonView = { id: string; name: string };

export type OpportunityRow = {
  id: string;
  reference: string;
  organization: { id: string; name: string };
  customerName: string;
  title: string;
  status: ReviewStatus;
  stage: SalesStage;
  origin: Origin;
  owner: PersonView;
  targetCloseDate: string | null;
  expectedMonthlyRevenue: MoneyView | null;
  latestNextStep: string | null;
  submittedAt: string | null;
  updatedAt: string;
};

export type ReviewCommentItem = { id: string; decision: string; comment: string; author: PersonView; at: string };
export type NextStepItem = { id: string; text: string; author: PersonView; at: string };
export type ProviderTeamItem = { id: string; role: ProviderTeamRole; name: string; email: string };

export type Abilities = {
  edit: boolean;
  submit: boolean;
  delete: boolean;
  clone: boolean;
  addNextStep: boolean;
  changeStage: boolean;
  availableStages: SalesStage[];
  transfer: boolean;
  reviewEvents: ReviewEvent[];
};

export type OpportunityView = OpportunityRow & {
  version: number;
  data: OpportunityData;
  owner: PersonView & { email: string };
  createdBy: PersonView;
  createdAt: string;
  closeDate: string | null;
  closedLostReason: string | null;
  parentOpportunityId: string | null;
  reviewComments: ReviewCommentItem[];
  nextSteps: NextStepItem[];
  providerFields: { providerStage: string | null; providerCloseDate: string | null; providerClosedLostReason: string | null };
  providerTeam: ProviderTeamItem[];
  can: Abilities;
};

export type HistoryEntryView = {
  id: string;
  at: string;
  actor: PersonView | null;
  action: string;
  changes: { field: string; from: unknown; to: unknown }[];
};

export type Assignee = { id: string; name: string; email: string; aceRole: string };

/** Where dates and money are shown: the signed-in user's locale and time zone. */
export type Formatting = { locale: string; timeZone: string };

// ---- Server actions the widgets call (defined in app/(portal)/opportunities|review/actions.ts) ----

export type BulkTransferOutcome = { transferred: string[] };

export type OpportunityActions = {
  submit: (id: string, version: number) => Promise<ActionResult<{ id: string }>>;
  remove: (id: string, version: number) => Promise<ActionResult<undefined>>;
  clone: (id: string) => Promise<ActionResult<{ id: string; reference: string }>>;
  changeStage: (id: string, input: unknown) => Promise<ActionResult<{ id: string }>>;
  addNextStep: (id: string, input: unknown) => Promise<ActionResult<{ id: string }>>;
  transfer: (id: string, input: unknown) => Promise<ActionResult<{ id: string; ownerName: string | null; visible: boolean }>>;
};

export type BulkTransferAction = (input: unknown) => Promise<ActionResult<BulkTransferOutcome>>;

export type ReviewAction = (id: string, input: unknown) => Promise<ActionResult<{ id: string; status: ReviewStatus }>>;
