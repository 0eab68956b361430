import type { OpportunityDetail } from "@/lib/data/opportunities";
import { toOpportunityInput } from "@/lib/domain/opportunity";
import type { EditableOpportunity } from "@/components/opportunities/wizard/types";

/** The service's detail → what the edit wizard needs (values in the client shape). */
export function toEditable(detail: OpportunityDetail): EditableOpportunity {
  return {
    id: detail.id,
    reference: detail.reference,
    status: detail.status,
    stage: detail.stage,
    version: detail.version,
    values: toOpportunityInput(detail.data),
    editableFields: detail.can.editableFields,
    canSubmit: detail.can.submit,
    ownerName: detail.owner.name,
  };
}

/** A StaleVersionError's `current` is the fresh detail. */
export function isDetail(value: unknown): value is OpportunityDetail {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as OpportunityDetail).id === "string" &&
    typeof (value as OpportunityDetail).version === "number" &&
    typeof (value as OpportunityDetail).can === "object"
  );
}
