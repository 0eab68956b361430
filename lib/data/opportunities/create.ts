import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { NEW, diffFields, reviewTransition, validateOpportunity, type OpportunityData } from "@/lib/domain/opportunity";
import { ForbiddenError, InvalidTransitionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import type { CreateOpportunityOptions, OpportunityDetail } from "./contract";
import { findDetail } from "./detail";
import { referenceErrors } from "./references";
import {
  ENTITY,
  PARTNER_CRM_ID_TAKEN,
  changes,
  columnsOf,
  dedupeErrors,
  isUniqueViolation,
  jsonData,
  ruleContext,
  EMPTY,
} from "./shared";

/** The partner sales contact defaults to the owner (name split at the first space, email). */
export function contactFromUser(user: { name: string; email: string }): OpportunityData["partnerSalesContact"] {
  if (user.email.length > 80) return undefined;
  const name = user.name.trim();
  const space = name.indexOf(" ");
  const firstName = (space > 0 ? name.slice(0, space) : name).slice(0, 80);
  const lastName = (space > 0 ? name.slice(space + 1).trim() : name).slice(0, 80);
  if (!firstName || !lastName) return undefined;
  return { firstName, lastName, email: user.email };
}

const PARTNER_ONLY = "Only partner users with access to ACE opportunities can create opportunities";

/**
 * Creates an opportunity: a draft (`submit: false`, draft rules) or submitted at once
 * (`submit: true`, every submission rule with today in the organisation's time zone).
 * The owner defaults to the creator and the partner sales contact to the owner; the body's
 * `stage` is the initial stage (PROSPECT when absent). A `submit` key in the body (the
 * API's) is ignored: `opts.submit` decides.
 */
export async function createOpportunity(actor: Actor, input: unknown, opts: CreateOpportunityOptions): Promise<OpportunityDetail> {
  if (actor.organizationKind !== "PARTNER" || !actor.aceRole) throw new ForbiddenError(PARTNER_ONLY);
  const body = stripKey(input, "submit");
  const ctx = ruleContext(actor);
  const validation = validateOpportunity(opts.submit ? "submission" : "draft", body, ctx);
  const data: OpportunityData | undefined = validation.success ? { ...validation.data } : undefined;
  const errors = [...validation.errors];
  if (data) {
    data.ownerId ??= actor.userId;
    data.stage ??= "PROSPECT";
    errors.push(
      ...(await referenceErrors(actor, actor.organizationId, data, {
        check: { owner: data.ownerId !== actor.userId, parent: true, crmId: true },
      })),
    );
  }
  if (errors.length > 0 || !data) throw new ValidationError(dedupeErrors(errors));

  const ownerId = data.ownerId!;
  const event = opts.submit ? "SUBMIT" : "SAVE_DRAFT";
  const verdict = reviewTransition({ status: NEW, stage: data.stage, event, actor, isOwner: ownerId === actor.userId, isCreator: true });
  if (!verdict.ok) {
    if (verdict.reason === "ROLE") throw new ForbiddenError(verdict.message);
    throw new InvalidTransitionError(verdict.message);
  }

  const client = db();
  if (!data.partnerSalesContact) {
    const owner =
      ownerId === actor.userId
        ? { name: actor.name, email: actor.email }
        : await client.user.findUniqueOrThrow({ where: { id: ownerId }, select: { name: true, email: true } });
    const contact = contactFromUser(owner);
    if (contact) data.partnerSalesContact = contact;
  }

  const now = new Date();
  let id: string;
  try {
    id = await client.$transaction(async (tx) => {
      const created = await tx.opportunity.create({
        data: {
          ...columnsOf(data),
          organizationId: actor.organizationId,
          status: verdict.to,
          origin: opts.origin ?? "PARTNER_CREATED",
          ownerId,
          createdById: actor.userId,
          data: jsonData(data),
          importJobId: opts.importJobId ?? null,
          ...(opts.submit ? { firstSubmittedAt: now, submittedAt: now } : {}),
        },
        select: { id: true },
      });
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: created.id,
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: "created",
        changes: changes([{ field: "status", from: null, to: verdict.to }, ...diffFields(EMPTY, data)]),
      });
      return created.id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ValidationError([PARTNER_CRM_ID_TAKEN]);
    throw e;
  }
  const detail = await findDetail(actor, id);
  // The creator always sees what they created (ACE users: as creator).
  if (!detail) throw new Error(`created opportunity ${id} is not visible to its creator`);
  return detail;
}

function stripKey(input: unknown, key: string): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input) || !(key in input)) return input;
  const copy = { ...(input as Record<string, unknown>) };
  delete copy[key];
  return copy;
}
