/**
 * The deal's lifecycle (domain.md §4.3, §5): accept / decline a received deal, mark a stage,
 * won, lost, close as error. Each: load in scope → the partner of the owning organisation →
 * the machine decides → one guarded write with its history row. Two racing transitions: the
 * first wins, the second is refused (409) because the stored status it was based on changed.
 */
import type { Actor } from "@/lib/domain/actor";
import {
  AcceptDealSchema,
  CloseAsErrorSchema,
  DeclineDealSchema,
  MarkLostSchema,
  MarkStageSchema,
  MarkWonSchema,
  dealReachErrors,
  dealTransition,
  type DealEvent,
} from "@/lib/domain/referral";
import { InvalidTransitionError, ValidationError } from "@/lib/errors";
import { parseInput } from "../validate";
import type { DealDetail } from "./contract";
import { ASSESSMENT_WON_BLOCKED } from "./abilities";
import { getDeal } from "./detail";
import { noticeAnswered } from "./notices";
import { knownPhoneOf } from "./team";
import {
  assertOwningPartner,
  changes,
  fromDbDate,
  loadVisible,
  machineInput,
  teamRows,
  toDbDate,
  writeDealChange,
  type DealRow,
} from "./shared";

async function decide(actor: Actor, id: string, event: DealEvent, now: Date) {
  const row = await loadVisible(actor, id);
  assertOwningPartner(actor, row);
  const result = dealTransition(machineInput(row, now), event, { now });
  if (!result.ok) {
    const message =
      event.type === "MARK_WON" && row.dealType === "SOLUTION_ASSESSMENT" && result.code === "GUARD" ? ASSESSMENT_WON_BLOCKED : result.message;
    throw new InvalidTransitionError(message);
  }
  return { row, to: result.to };
}

/** Guards a RECEIVED deal's answer against its deadline passing meanwhile. */
const stillAnswerable = (row: DealRow, now: Date) => (row.status === "RECEIVED" && row.expiresAt ? { expiresAt: { gt: now } } : {});

/**
 * Accept a received deal: name, value, close date and notes required; CRM id, campaign id, team
 * optional. Without a team the accepting user is the team, with the phone number they last
 * gave on a deal team of their organisation; when none is known the team is required (a
 * member without a phone would fail every later team edit).
 */
export async function acceptDeal(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const v = parseInput(AcceptDealSchema, input);
  const now = new Date();
  const { row, to } = await decide(actor, id, { type: "ACCEPT" }, now);
  let team = v.team;
  if (!team?.length) {
    const phone = await knownPhoneOf(actor);
    if (!phone) {
      throw new ValidationError([{ path: "team", message: "Add the deal team: enter your phone number to join it" }]);
    }
    team = [{ name: actor.name, email: actor.email, phone }];
  }
  const reach = dealReachErrors(actor, { teamEmails: team.map((m) => m.email) });
  if (reach.length) throw new ValidationError(reach);
  await writeDealChange(actor, row, {
    where: stillAnswerable(row, now),
    data: {
      status: to,
      acceptedAt: now,
      name: v.name,
      estimatedValueMinor: BigInt(v.estimatedValue.amountMinor),
      currency: v.estimatedValue.currency,
      estimatedCloseDate: toDbDate(v.estimatedCloseDate),
      notes: v.notes,
      crmId: v.crmId || null,
      campaignId: v.campaignId || null,
    },
    action: "accepted",
    changes: changes([
      { field: "status", from: row.status, to },
      { field: "name", from: row.name, to: v.name },
      { field: "estimatedValue", from: { amountMinor: Number(row.estimatedValueMinor), currency: row.currency }, to: v.estimatedValue },
      { field: "estimatedCloseDate", from: fromDbDate(row.estimatedCloseDate), to: v.estimatedCloseDate },
      { field: "notes", from: row.notes, to: v.notes },
      { field: "crmId", from: row.crmId, to: v.crmId || null },
      { field: "campaignId", from: row.campaignId, to: v.campaignId || null },
      { field: "team", from: row.team.map((m) => m.email), to: team.map((m) => m.email.toLowerCase()) },
    ]),
    after: async (tx) => {
      const rows = await teamRows(tx, row.organizationId, team);
      await tx.dealTeamMember.deleteMany({ where: { dealId: row.id } });
      await tx.dealTeamMember.createMany({ data: rows.map((m) => ({ ...m, dealId: row.id })) });
      await noticeAnswered(tx, row, "accepted", actor.organizationName, actor.userId);
    },
  });
  return getDeal(actor, row.id);
}

/** Decline a received deal with a reason (notes required with OTHER). */
export async function declineDeal(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const v = parseInput(DeclineDealSchema, input);
  const now = new Date();
  const { row, to } = await decide(actor, id, { type: "DECLINE" }, now);
  await writeDealChange(actor, row, {
    where: stillAnswerable(row, now),
    data: { status: to, declineReason: v.reason, declineNotes: v.notes || null, closedAt: now },
    action: "declined",
    after: (tx) => noticeAnswered(tx, row, "declined", actor.organizationName, actor.userId),
    changes: changes([
      { field: "status", from: row.status, to },
      { field: "declineReason", from: null, to: v.reason },
      { field: "declineNotes", from: null, to: v.notes || null },
    ]),
  });
  return getDeal(actor, row.id);
}

/** Mark a sales stage (any later one), or an assessment's next stage (strictly in order). */
export async function markStage(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const { stage } = parseInput(MarkStageSchema, input);
  const now = new Date();
  const { row, to } = await decide(actor, id, { type: "MARK_STAGE", stage }, now);
  await writeDealChange(actor, row, {
    data: { status: to },
    action: "stage_marked",
    changes: [{ field: "status", from: row.status, to }],
  });
  return getDeal(actor, row.id);
}

/** Mark won (an assessment only after all four stages). */
export async function markWon(actor: Actor, id: string, input: unknown = {}): Promise<DealDetail> {
  parseInput(MarkWonSchema, input ?? {});
  const now = new Date();
  const { row, to } = await decide(actor, id, { type: "MARK_WON" }, now);
  await writeDealChange(actor, row, {
    data: { status: to, wonAt: now, closedAt: now },
    action: "won",
    changes: [{ field: "status", from: row.status, to }],
  });
  return getDeal(actor, row.id);
}

export async function markLost(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const v = parseInput(MarkLostSchema, input);
  const now = new Date();
  const { row, to } = await decide(actor, id, { type: "MARK_LOST" }, now);
  await writeDealChange(actor, row, {
    data: { status: to, lostReason: v.reason, lostNotes: v.notes || null, closedAt: now },
    action: "lost",
    changes: changes([
      { field: "status", from: row.status, to },
      { field: "lostReason", from: null, to: v.reason },
      { field: "lostNotes", from: null, to: v.notes || null },
    ]),
  });
  return getDeal(actor, row.id);
}

/** Close as error from any non-terminal status (a wrong customer is fixed this way, then a new deal). */
export async function closeAsError(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const v = parseInput(CloseAsErrorSchema, input);
  const now = new Date();
  const { row, to } = await decide(actor, id, { type: "CLOSE_AS_ERROR" }, now);
  await writeDealChange(actor, row, {
    where: stillAnswerable(row, now),
    data: { status: to, errorReason: v.reason, errorNotes: v.notes || null, closedAt: now },
    action: "closed_as_error",
    changes: changes([
      { field: "status", from: row.status, to },
      { field: "errorReason", from: null, to: v.reason },
      { field: "errorNotes", from: null, to: v.notes || null },
    ]),
  });
  return getDeal(actor, row.id);
}
