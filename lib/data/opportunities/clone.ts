import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { canClone, cloneOpportunityFields, diffFields, type OpportunityData, type ReviewStatus } from "@/lib/domain/opportunity";
import { ForbiddenError, InvalidTransitionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import type { OpportunityDetail } from "./contract";
import { getOpportunity } from "./detail";
import { EMPTY, ENTITY, changes, columnsOf, dataOf, isOwnOrgAce, jsonData, loadVisible, reference, revalidate, ruleContext } from "./shared";

/**
 * Clones an opportunity that is not a draft (REJECTED included) into a new DRAFT of the
 * same organisation owned by the actor (§2.5): customer, project, marketing and contact
 * fields are copied (`cloneOpportunityFields`); a passed target close date is cleared.
 * History: "cloned" on the clone (from O-…) and "clone_created" on the source (to O-…).
 */
export async function cloneOpportunity(actor: Actor, id: string): Promise<OpportunityDetail> {
  const source = await loadVisible(actor, id);
  if (!isOwnOrgAce(actor, source)) throw new ForbiddenError("Only the partner's users can clone this opportunity");
  if (!canClone(source.status as ReviewStatus)) throw new InvalidTransitionError("A draft cannot be cloned: edit it instead");
  const ctx = ruleContext(source.organization);
  const copied: OpportunityData = { ...cloneOpportunityFields(dataOf(source), ctx.today), ownerId: actor.userId };
  copied.stage ??= "PROSPECT";
  const validation = revalidate("draft", copied, ctx);
  if (!validation.success) throw new ValidationError(validation.errors);
  const data = validation.data;
  const cloneId = await db().$transaction(async (tx) => {
    const created = await tx.opportunity.create({
      data: {
        ...columnsOf(data),
        organizationId: source.organizationId,
        status: "DRAFT",
        origin: "PARTNER_CREATED",
        ownerId: actor.userId,
        createdById: actor.userId,
        data: jsonData(data),
      },
      select: { id: true, number: true },
    });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: created.id,
      organizationId: source.organizationId,
      actorId: actor.userId,
      action: "cloned",
      changes: changes([
        { field: "clonedFrom", from: null, to: reference(source.number) },
        { field: "status", from: null, to: "DRAFT" },
        ...diffFields(EMPTY, data),
      ]),
    });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: source.id,
      organizationId: source.organizationId,
      actorId: actor.userId,
      action: "clone_created",
      changes: changes([{ field: "clone", from: null, to: reference(created.number) }]),
    });
    return created.id;
  });
  return getOpportunity(actor, cloneId);
}
