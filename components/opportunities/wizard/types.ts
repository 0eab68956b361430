/**
 * What the wizard receives from its pages and returns to its server actions. Components may
 * not import lib/data: pages map the services' results to these shapes.
 */
import type { ActionResult } from "@/lib/actions/run";
import type { OpportunityInput, ReviewStatus, RuleContext, SalesStage } from "@/lib/domain/opportunity";

export type Option = { value: string; label: string };

export type WizardOptions = {
  /** Every country, labelled in the user's language, sorted by label. */
  countries: Option[];
  /** Users who may own opportunities (create mode). */
  owners: Option[];
  /** Opportunities that may be named as parent (recent ones of the organisation). */
  parents: Option[];
  /** Currency codes, the common ones first. */
  currencies: string[];
};

/** An opportunity being edited, as the edit page and the actions hand it over. */
export type EditableOpportunity = {
  id: string;
  reference: string;
  status: ReviewStatus;
  stage: SalesStage;
  version: number;
  /** The body in the client shape (`toOpportunityInput(detail.data)`). */
  values: OpportunityInput;
  /** Dotted paths the actor may change now. */
  editableFields: string[];
  /** The actor may submit / resubmit it now. */
  canSubmit: boolean;
  ownerName: string;
};

export type Saved = { id: string; reference: string; status: ReviewStatus };

export type CreateAction = (input: unknown, submit: boolean) => Promise<ActionResult<Saved>>;

/** Failures of an edit may say the changes were saved anyway (then resubmitting failed). */
export type UpdateResult =
  | { ok: true; data: Saved }
  | (Extract<ActionResult<never>, { ok: false }> & { saved?: EditableOpportunity; currentOpportunity?: EditableOpportunity });

export type UpdateAction = (id: string, patch: Record<string, unknown>, options: { submit: boolean }) => Promise<UpdateResult>;

export type WizardProps = {
  ctx: RuleContext;
  options: WizardOptions;
  /** Where "Cancel" goes. */
  cancelHref: string;
} & (
  | { mode: "create"; initial?: OpportunityInput; defaultOwnerId: string; action: CreateAction }
  | { mode: "edit"; opportunity: EditableOpportunity; action: UpdateAction }
);
