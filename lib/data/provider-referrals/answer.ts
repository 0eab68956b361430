/**
 * The partner answers a provider referral (domain.md §3): accept (one, or many selected —
 * each in its own transaction) or reject with a reason. Who may: the organisation's
 * ALLIANCE_LEAD, or the named recipient. Accepting creates an APPROVED opportunity of the
 * partner organisation (origin PROVIDER_REFERRAL) owned by the accepting user, with every
 * field of the referral, its next step and the provider team.
 *
 * Exactly once: the state change is `updateMany … where { id, status: PENDING, expiresAt >
 * now }`, so of two users accepting at once one wins and the other gets a conflict; an
 * expired (even before the sweep ran) or already answered referral is refused (409) and
 * nothing changes.
 */
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import {
  BulkAcceptInvitationsSchema,
  INVITATION_REJECT_REASON_LABELS,
  RejectInvitationSchema,
  effectiveInvitationStatus,
  invitationTransition,
  type InvitationStatus,
} from "@/lib/domain/provider-referral";
import { diffFields, type OpportunityData } from "@/lib/domain/opportunity";
import { InvalidTransitionError, NotFoundError, isDomainError } from "@/lib/errors";
import { recordHistory } from "../history";
import { notify } from "../notifications/notify";
import { contactFromUser } from "../opportunities/create";
import { EMPTY, ENTITY as OPPORTUNITY_ENTITY, columnsOf, jsonData, reference as opportunityReference } from "../opportunities/shared";
import { parseInput } from "../validate";
import type { AcceptedReferral, BulkAcceptResult, RefusedReferral } from "./contract";
import { ENTITY, LostRace, NOT_FOUND, addressedTo, dataOf, opportunityFieldsOf, reference, referralPath } from "./shared";

const answerSelect = {
  id: true,
  number: true,
  status: true,
  expiresAt: true,
  version: true,
  partnerOrganizationId: true,
  recipientUserId: true,
  senderId: true,
  customerName: true,
  title: true,
  data: true,
  partnerOrganization: { select: { name: true } },
} satisfies Prisma.OpportunityInvitationSelect;
type AnswerRow = Prisma.OpportunityInvitationGetPayload<{ select: typeof answerSelect }>;

const STATUS_MESSAGES: Record<Exclude<InvitationStatus, "PENDING">, string> = {
  ACCEPTED: "This referral has already been accepted",
  REJECTED: "This referral has already been rejected",
  EXPIRED: "This referral has expired: the 5 business days to accept it are over",
};

/** The referral addressed to the actor (any status), or NotFoundError. */
async function loadForAnswer(
  actor: Actor,
  id: string,
  client: Prisma.TransactionClient | ReturnType<typeof db> = db(),
): Promise<AnswerRow> {
  if (actor.organizationKind !== "PARTNER" || !actor.aceRole || typeof id !== "string" || id.length === 0 || id.length > 64) {
    throw new NotFoundError(NOT_FOUND);
  }
  const row = await client.opportunityInvitation.findFirst({ where: { AND: [{ id }, addressedTo(actor)] }, select: answerSelect });
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}

/** Refuses unless the machine allows `event` now; the message says why (answered, expired). */
function assertAllowed(row: { status: InvitationStatus; expiresAt: Date }, event: "ACCEPT" | "REJECT", now: Date) {
  const verdict = invitationTransition(row.status, event, { now, expiresAt: row.expiresAt });
  if (verdict.ok) return;
  const effective = effectiveInvitationStatus(row.status, row.expiresAt, now);
  throw new InvalidTransitionError(effective === "PENDING" ? verdict.message : STATUS_MESSAGES[effective]);
}

/** After losing the guarded update: why (re-read outside the failed transaction). */
async function conflictAfterRace(actor: Actor, id: string, event: "ACCEPT" | "REJECT", now: Date): Promise<never> {
  const fresh = await loadForAnswer(actor, id);
  assertAllowed(fresh, event, now);
  throw new InvalidTransitionError("This referral was changed by someone else meanwhile. Reload and try again.");
}

const claim = (tx: Prisma.TransactionClient, row: AnswerRow, now: Date, data: Prisma.OpportunityInvitationUpdateManyMutationInput) =>
  tx.opportunityInvitation.updateMany({
    where: { id: row.id, status: "PENDING", version: row.version, expiresAt: { gt: now } },
    data: { ...data, answeredAt: now, version: { increment: 1 } },
  });

/** Accepts one referral → the new opportunity's id. */
export async function acceptReferral(actor: Actor, id: string, now: Date = new Date()): Promise<AcceptedReferral> {
  const row = await loadForAnswer(actor, id);
  assertAllowed(row, "ACCEPT", now);
  const data = dataOf(row);
  const fields: OpportunityData = {
    ...opportunityFieldsOf(data),
    ownerId: actor.userId,
    stage: data.stage ?? "QUALIFIED",
  };
  const contact = contactFromUser({ name: actor.name, email: actor.email });
  if (contact) fields.partnerSalesContact = contact;
  const team = data.providerTeam ?? [];
  const client = db();
  const providerUsers = team.length
    ? await client.user.findMany({
        where: { email: { in: team.map((m) => m.email.toLowerCase()) }, organization: { kind: "PROVIDER" } },
        select: { id: true, email: true },
      })
    : [];
  const providerUserOf = new Map(providerUsers.map((u) => [u.email, u.id]));

  try {
    const opportunityId = await client.$transaction(async (tx) => {
      const res = await claim(tx, row, now, { status: "ACCEPTED", answeredById: actor.userId });
      if (res.count === 0) throw new LostRace();
      const opportunity = await tx.opportunity.create({
        data: {
          ...columnsOf(fields),
          organizationId: row.partnerOrganizationId,
          status: "APPROVED",
          origin: "PROVIDER_REFERRAL",
          ownerId: actor.userId,
          createdById: actor.userId,
          data: jsonData(fields),
          latestNextStep: data.nextStep ?? null,
        },
        select: { id: true, number: true },
      });
      if (team.length) {
        const start = now.getTime();
        await tx.providerTeamMember.createMany({
          // Increasing createdAt keeps the order as sent.
          data: team.map((m, i) => ({
            opportunityId: opportunity.id,
            role: m.role,
            name: m.name,
            email: m.email.toLowerCase(),
            userId: providerUserOf.get(m.email.toLowerCase()) ?? null,
            createdAt: new Date(start + i),
          })),
        });
      }
      if (data.nextStep)
        await tx.nextStep.create({ data: { opportunityId: opportunity.id, authorId: row.senderId, text: data.nextStep, createdAt: now } });
      await tx.opportunityInvitation.update({ where: { id: row.id }, data: { opportunityId: opportunity.id } });
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: row.id,
        organizationId: row.partnerOrganizationId,
        actorId: actor.userId,
        action: "accepted",
        changes: [
          { field: "status", from: "PENDING", to: "ACCEPTED" },
          { field: "opportunityId", from: null, to: opportunity.id },
        ],
      });
      await recordHistory(tx, {
        entityType: OPPORTUNITY_ENTITY,
        entityId: opportunity.id,
        organizationId: row.partnerOrganizationId,
        actorId: actor.userId,
        action: "created_from_provider_referral",
        changes: [
          { field: "status", from: null, to: "APPROVED" },
          { field: "origin", from: null, to: "PROVIDER_REFERRAL" },
          { field: "providerReferral", from: null, to: reference(row.number) },
          ...diffFields(EMPTY, fields).map(({ field, from, to }) => ({ field, from: from ?? null, to: to ?? null })),
        ],
      });
      await notify(tx, {
        userIds: [row.senderId],
        kind: "PROVIDER_REFERRAL_ANSWERED",
        title: `${row.partnerOrganization.name} accepted your referral ${reference(row.number)}: ${row.customerName}`,
        body: `${actor.name} accepted "${row.title}" for ${row.customerName}. It is now the approved opportunity ${opportunityReference(opportunity.number)} of ${row.partnerOrganization.name}.`,
        link: referralPath(row.id),
        entity: { type: ENTITY, id: row.id },
      });
      return opportunity.id;
    });
    return { id: row.id, opportunityId };
  } catch (e) {
    if (e instanceof LostRace) return conflictAfterRace(actor, id, "ACCEPT", now);
    throw e;
  }
}

/**
 * Accepts several referrals (the checkboxes), each in its own transaction, in the order
 * given: one that cannot be accepted (answered, expired, not found) does not stop the others.
 */
export async function acceptReferrals(actor: Actor, input: unknown, now: Date = new Date()): Promise<BulkAcceptResult> {
  const { ids } = parseInput(BulkAcceptInvitationsSchema, input);
  const accepted: AcceptedReferral[] = [];
  const refused: RefusedReferral[] = [];
  for (const id of ids) {
    try {
      accepted.push(await acceptReferral(actor, id, now));
    } catch (e) {
      if (e instanceof NotFoundError) refused.push({ id, code: "not-found", message: e.message });
      else if (isDomainError(e)) refused.push({ id, code: "conflict", message: e.message });
      else throw e;
    }
  }
  return { accepted, refused };
}

/** Rejects a referral with a reason (a comment is required with OTHER). */
export async function rejectReferral(
  actor: Actor,
  id: string,
  input: unknown,
  now: Date = new Date(),
): Promise<{ id: string; status: "REJECTED" }> {
  const row = await loadForAnswer(actor, id);
  assertAllowed(row, "REJECT", now);
  const { reason, comment } = parseInput(RejectInvitationSchema, input);
  const text = comment?.trim() ? comment.trim() : null;
  try {
    await db().$transaction(async (tx) => {
      const res = await claim(tx, row, now, { status: "REJECTED", answeredById: actor.userId, rejectReason: reason, rejectComment: text });
      if (res.count === 0) throw new LostRace();
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: row.id,
        organizationId: row.partnerOrganizationId,
        actorId: actor.userId,
        action: "rejected",
        changes: [
          { field: "status", from: "PENDING", to: "REJECTED" },
          { field: "rejectReason", from: null, to: reason },
          ...(text ? [{ field: "rejectComment", from: null, to: text }] : []),
        ],
      });
      await notify(tx, {
        userIds: [row.senderId],
        kind: "PROVIDER_REFERRAL_ANSWERED",
        title: `${row.partnerOrganization.name} rejected your referral ${reference(row.number)}: ${row.customerName}`,
        body: `${actor.name} rejected "${row.title}" for ${row.customerName}. Reason: ${INVITATION_REJECT_REASON_LABELS[reason]}.${text ? `\n\n"${text}"` : ""}`,
        link: referralPath(row.id),
        entity: { type: ENTITY, id: row.id },
      });
    });
  } catch (e) {
    if (e instanceof LostRace) return conflictAfterRace(actor, id, "REJECT", now);
    throw e;
  }
  return { id: row.id, status: "REJECTED" };
}
