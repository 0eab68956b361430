/**
 * What the actor may do with an opportunity now, for the UI: the policy (who) and the
 * machine (when) together. The services check the same functions before every write, so
 * a button shown here is an operation that will be accepted (barring a concurrent change).
 */
import type { Actor } from "@/lib/domain/actor";
import {
  availableReviewEvents,
  availableStages,
  canAddNextStep,
  canClone,
  canDelete,
  editableFields,
  reviewTransition,
  type ReviewEvent,
  type ReviewStatus,
  type SalesStage,
} from "@/lib/domain/opportunity";
import type { OpportunityAbilities } from "./contract";
import { canEditProviderSide, canPartnerEdit, canTransfer, isOwnOrgAce, relationOf } from "./shared";

/** The events fired through `reviewOpportunity` (the validator's decisions). */
const REVIEWER_EVENTS: readonly ReviewEvent[] = ["START_REVIEW", "APPROVE", "REQUEST_ACTION", "REJECT"];

export type AbilityRow = {
  organizationId: string;
  ownerId: string;
  createdById: string;
  status: ReviewStatus;
  stage: SalesStage;
};

export function abilitiesOf(actor: Actor, row: AbilityRow): OpportunityAbilities {
  const relation = relationOf(actor, row);
  const partnerEdit = canPartnerEdit(actor, row);
  const fields = partnerEdit ? [...editableFields(row.status, row.stage)] : [];
  const submit =
    isOwnOrgAce(actor, row) &&
    reviewTransition({ status: row.status, stage: row.stage, event: "SUBMIT", actor, ...relation }).ok;
  const stages = partnerEdit && row.status === "APPROVED" ? availableStages(row.status, row.stage) : [];
  return {
    edit: fields.length > 0,
    editableFields: fields,
    submit,
    delete: partnerEdit && canDelete(row.status),
    clone: isOwnOrgAce(actor, row) && canClone(row.status),
    addNextStep: partnerEdit && canAddNextStep(row.status, row.stage),
    changeStage: stages.length > 0,
    availableStages: stages,
    transfer: canTransfer(actor, row),
    reviewEvents: availableReviewEvents({ status: row.status, stage: row.stage, actor, ...relation }).filter((e) =>
      REVIEWER_EVENTS.includes(e),
    ),
    editProviderFields: canEditProviderSide(actor),
  };
}
