/**
 * What ordinary deals (`./machine.ts`) and solution assessments (`../assessment/machine.ts`)
 * share: events, the subject the rules look at, read-time expiry, and the rules that are
 * the same in both lifecycles (§4.3, §5 "Inbound assessments answer accept/decline/expire
 * as in 4.3. Close as error as in 4.3.").
 */
import type { TransitionRule } from "./lifecycle";
import { DEAL_ANSWER_DAYS, type CoSellRequestState, type DealDirection, type DealStatus, type DealType } from "./picklists";

const MS_PER_DAY = 86_400_000;

/** Events of a deal's lifecycle. Payload (reasons, fields) is validated by the zod schemas. */
export type DealEvent =
  | { type: "RECEIVE" }
  | { type: "CREATE" }
  | { type: "ACCEPT" }
  | { type: "DECLINE" }
  | { type: "EXPIRE" }
  | { type: "MARK_STAGE"; stage: DealStatus }
  | { type: "MARK_WON" }
  | { type: "MARK_LOST" }
  | { type: "CLOSE_AS_ERROR" }
  /** Change editable fields (see `editableDealFields` for which). */
  | { type: "EDIT" }
  /** One-way sale-type upgrade (§4.1). */
  | { type: "UPGRADE"; to: DealType }
  /** Invite the provider (co-sell help) and/or partners (P2P) later (§4.1). */
  | { type: "INVITE"; provider?: boolean; partners?: boolean };

export type DealEventType = DealEvent["type"];

export const DEAL_EVENT_TYPES = [
  "RECEIVE",
  "CREATE",
  "ACCEPT",
  "DECLINE",
  "EXPIRE",
  "MARK_STAGE",
  "MARK_WON",
  "MARK_LOST",
  "CLOSE_AS_ERROR",
  "EDIT",
  "UPGRADE",
  "INVITE",
] as const satisfies readonly DealEventType[];

/** What the lifecycle rules look at besides the status. */
export type DealSubject = {
  dealType: DealType;
  direction: DealDirection;
  /** Inbound deals in RECEIVED: when they expire unanswered. */
  expiresAt?: Date | null;
  /** The co-sell request's *effective* state (see `effectiveCoSellRequestState`), if any. */
  coSellRequestState?: CoSellRequestState | null;
};

/** A deal as the machine sees it: `status` null means "not created yet". */
export type DealMachineInput = DealSubject & { status: DealStatus | null };

/** `receivedAt` + 14 days (calendar days, i.e. 14 × 24 h in UTC). */
export function inboundDealExpiresAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + DEAL_ANSWER_DAYS * MS_PER_DAY);
}

/** When to send the "inbound deal expiring" reminder: one day (24 h) before it expires. */
export function inboundDealReminderAt(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() - MS_PER_DAY);
}

/** True when an unanswered inbound deal is past its `expiresAt` (at `expiresAt` itself it has expired). */
export function isDealOverdue(deal: { status: DealStatus | null; expiresAt?: Date | null }, now: Date): boolean {
  return deal.status === "RECEIVED" && deal.expiresAt != null && now.getTime() >= deal.expiresAt.getTime();
}

/**
 * The status to show and to decide on (§6 timers, read-time enforcement): an inbound deal
 * still RECEIVED after its `expiresAt` is EXPIRED, whether or not the sweep has run.
 */
export function effectiveDealStatus<S extends DealStatus>(deal: { status: S; expiresAt?: Date | null }, now: Date): S | "EXPIRED" {
  return isDealOverdue(deal, now) ? "EXPIRED" : deal.status;
}

export type DealRule<S extends DealStatus> = TransitionRule<S, DealEvent, DealSubject>;

/**
 * The rules both lifecycles share. `open` are the statuses in which the deal is being
 * worked (entry stages and middle stages); RECEIVED is non-terminal but not open.
 */
export function sharedDealRules<S extends DealStatus>(open: readonly S[]): DealRule<S>[] {
  const received = "RECEIVED" as S;
  const nonTerminal = [received, ...open];
  return [
    {
      event: "RECEIVE",
      from: [null],
      to: received,
      by: ["PARTNER", "PROVIDER"],
      guard: ({ subject }) => (subject.direction === "INBOUND" ? null : "Only an inbound deal is received"),
      available: ({ subject }) => subject.direction === "INBOUND",
      effects: ({ now }) => ({ expiresAt: inboundDealExpiresAt(now) }),
    },
    {
      event: "CREATE",
      from: [null],
      to: "CREATED" as S,
      by: ["PARTNER"],
      guard: ({ subject }) => (subject.direction === "OUTBOUND" ? null : "Only an outbound deal is created"),
      available: ({ subject }) => subject.direction === "OUTBOUND",
    },
    { event: "ACCEPT", from: [received], to: "ACCEPTED" as S, by: ["PARTNER"] },
    { event: "DECLINE", from: [received], to: "DECLINED" as S, by: ["PARTNER"] },
    {
      event: "EXPIRE",
      from: [received],
      to: "EXPIRED" as S,
      by: ["SYSTEM"],
      matchStoredStatus: true,
      guard: ({ status }) => (status === "EXPIRED" ? null : "The deal is not overdue yet"),
      available: ({ status }) => status === "EXPIRED",
    },
    { event: "MARK_LOST", from: open, to: "LOST" as S, by: ["PARTNER"] },
    { event: "CLOSE_AS_ERROR", from: nonTerminal, to: "ERROR" as S, by: ["PARTNER"] },
    { event: "EDIT", from: open, to: "SAME", by: ["PARTNER"] },
  ];
}
