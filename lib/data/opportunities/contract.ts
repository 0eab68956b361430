/**
 * The opportunity services' public types: what pages, server actions, the REST API and
 * tests receive. The functions live beside this file (one operation per file where it
 * grows) and are re-exported from ./index.ts.
 */
import type { OpportunityData, ReviewEvent, ReviewStatus, SalesStage, Origin, ProviderTeamRole } from "@/lib/domain/opportunity";

export type Money = { amountMinor: number; currency: string };
export type PersonRef = { id: string; name: string };

export type OpportunityListItem = {
  id: string;
  /** "O-1042" */
  reference: string;
  organization: { id: string; name: string };
  customerName: string;
  title: string;
  status: ReviewStatus;
  stage: SalesStage;
  origin: Origin;
  owner: PersonRef;
  /** YYYY-MM-DD */
  targetCloseDate: string | null;
  expectedMonthlyRevenue: Money | null;
  latestNextStep: string | null;
  submittedAt: string | null;
  updatedAt: string;
};

export const OPPORTUNITY_SORTS = ["updatedAt", "targetCloseDate", "customerName", "title", "stage", "status", "expectedMonthlyRevenue", "submittedAt", "number"] as const;
export type OpportunitySortField = (typeof OPPORTUNITY_SORTS)[number];

export type OpportunityListQuery = {
  page?: number; // 1-based
  pageSize?: number; // 1..200, default 25
  /** "field" ascending or "-field" descending; default "-updatedAt" */
  sort?: string;
  status?: ReviewStatus[];
  stage?: SalesStage[];
  ownerId?: string;
  origin?: Origin;
  /** free text on customer name, title and reference */
  q?: string;
  closeFrom?: string; // YYYY-MM-DD
  closeTo?: string;
  actionRequired?: boolean;
  /** provider users: one partner organisation */
  organizationId?: string;
  /** API: only rows changed at or after this instant */
  updatedSince?: string;
};

/** Sorts of the keyset pages (REST API): columns without empty values. */
export type OpportunityKeysetSort = "updatedAt" | "customerName" | "title" | "number";
/** Where a keyset page starts: strictly after the row with this sort value and id. */
export type OpportunityKeysetPosition = { value: string | number | boolean | null; id: string };
export type OpportunityKeysetRow = OpportunityListItem & { number: number };

export type OpportunityList = { rows: OpportunityListItem[]; total: number; page: number; pageSize: number };

export type PipelineTotals = {
  count: number;
  byStage: { stage: SalesStage; count: number; revenue: Money[] }[];
};

export type ReviewCommentView = { id: string; decision: string; comment: string; author: PersonRef; at: string };
export type NextStepView = { id: string; text: string; author: PersonRef; at: string };
export type ProviderTeamMemberView = { id: string; role: ProviderTeamRole; name: string; email: string };

/** What the actor may do with this opportunity now (policy + machine), for the UI. */
export type OpportunityAbilities = {
  edit: boolean;
  /** dotted field paths the actor may change now */
  editableFields: string[];
  submit: boolean;
  delete: boolean;
  clone: boolean;
  addNextStep: boolean;
  changeStage: boolean;
  availableStages: SalesStage[];
  transfer: boolean;
  reviewEvents: ReviewEvent[];
  editProviderFields: boolean;
};

export type OpportunityDetail = OpportunityListItem & {
  version: number;
  data: OpportunityData;
  owner: PersonRef & { email: string };
  createdBy: PersonRef;
  createdAt: string;
  closeDate: string | null;
  closedLostReason: string | null;
  parentOpportunityId: string | null;
  reviewComments: ReviewCommentView[]; // newest first
  nextSteps: NextStepView[]; // newest first
  providerFields: { providerStage: string | null; providerCloseDate: string | null; providerClosedLostReason: string | null; version: number };
  providerTeam: ProviderTeamMemberView[];
  can: OpportunityAbilities;
};

export type HistoryItem = { id: string; at: string; actor: PersonRef | null; action: string; changes: { field: string; from: unknown; to: unknown }[] };

export type BulkTransferResult = { transferred: string[] };
export type BulkRowError = { id: string; message: string };

// ---- Inputs and extra results of the services (added with the services) -----------------

/** `createOpportunity` options: `submit` false = save a draft. */
export type CreateOpportunityOptions = { submit: boolean; origin?: Origin; importJobId?: string };

/** `reviewOpportunity` input (ReviewDecisionSchema). */
export type ReviewInput = { decision: "START" | "APPROVE" | "ACTION_REQUIRED" | "REJECT"; comment?: string | null };

/** `changeStage` input (StageChangeSchema + optional `version`). */
export type StageChangeRequest = {
  stage: SalesStage;
  closeDate?: string | null;
  providerAccountId?: string | null;
  closedLostReason?: string | null;
  version?: number;
};

export type TransferInput = { assigneeId: string; version?: number };
export type BulkTransferInput = { ids: string[]; assigneeId: string };

export type ProviderFieldsInput = {
  providerStage?: string | null;
  providerCloseDate?: string | null;
  providerClosedLostReason?: string | null;
  version: number;
};
export type ProviderTeamMemberInput = { role: ProviderTeamRole; name: string; email: string };

/** A user an opportunity may be transferred to. */
export type AssigneeOption = { id: string; name: string; email: string; aceRole: string };
