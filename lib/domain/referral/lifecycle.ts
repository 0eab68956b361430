/**
 * The small engine behind the data-driven transition tables of co-sell deals
 * (`./machine.ts`), solution assessments (`../assessment/machine.ts`), co-sell requests
 * and registrations. A table is a list of rules, one per event: where it may start
 * (`from`), where it leads (`to`), which side may fire it (`by`, read by the policy and
 * the UI), and an optional guard. Services ask the table, the UI asks `allowedEvents`,
 * tests walk the table: the rules live here and nowhere else.
 */
import type { DealType } from "./picklists";

/** Who fires an event: a partner user, a provider user, or the timer sweep. */
export type Side = "PARTNER" | "PROVIDER" | "SYSTEM";

/** What a transition sets besides the status. */
export type TransitionEffects = {
  /** RECEIVE: when an unanswered inbound deal expires. */
  expiresAt?: Date;
  /** UPGRADE / invitations: the deal's new type. */
  dealType?: DealType;
};

/**
 * Why a transition was refused. Services answer 409 `/invalid-transition` for all of
 * them (a bad *payload* is the zod schemas' job and answers 400).
 * - `NOT_ALLOWED`: the event does not apply to the current status;
 * - `TERMINAL`: the object is in a terminal status, nothing can change;
 * - `EXPIRED`: the object is overdue (read-time expiry) and counts as expired;
 * - `GUARD`: the event applies to the status but a rule forbids it (message says which).
 */
export type RefusalCode = "NOT_ALLOWED" | "TERMINAL" | "EXPIRED" | "GUARD";

export type TransitionResult<S extends string> =
  | { ok: true; event: string; from: S | null; to: S; effects: TransitionEffects }
  | { ok: false; event: string; code: RefusalCode; message: string };

/**
 * What every rule sees. `status` is the effective one (an overdue object counts as
 * expired/lapsed at read time), `storedStatus` the one in the database.
 */
export type RuleInput<S extends string, E extends { type: string }, C> = {
  status: S | null;
  storedStatus: S | null;
  event: E;
  subject: C;
  now: Date;
};

export type TransitionRule<S extends string, E extends { type: string }, C> = {
  event: E["type"];
  /** Statuses the event may start from; `null` = the object does not exist yet (creation). */
  from: readonly (S | null)[];
  /** The target status; `"SAME"` for events that change data, not the status. */
  to: S | "SAME" | ((input: RuleInput<S, E, C>) => S);
  /** Which side may fire it (the policy narrows this to roles). */
  by: readonly Side[];
  /** Match `from` against the stored status instead of the effective one (the sweep's EXPIRE). */
  matchStoredStatus?: boolean;
  /** Returns a refusal message, or null when allowed. */
  guard?: (input: RuleInput<S, E, C>) => string | null;
  /** Payload-free availability for `allowedEvents` (e.g. "there is a next stage"). */
  available?: (input: Omit<RuleInput<S, E, C>, "event">) => boolean;
  effects?: (input: RuleInput<S, E, C>) => TransitionEffects;
};

export type TransitionTable<S extends string, E extends { type: string }, C> = readonly TransitionRule<S, E, C>[];

export type EngineOptions<S extends string> = {
  isTerminal: (status: S) => boolean;
  /** Noun used in messages ("deal", "assessment", "invitation"). */
  noun: string;
  /** Message when the object is overdue (its effective status differs from the stored one). */
  expiredMessage?: string;
};

export function runTransition<S extends string, E extends { type: string }, C>(
  table: TransitionTable<S, E, C>,
  input: RuleInput<S, E, C>,
  options: EngineOptions<S>,
): TransitionResult<S> {
  const { event, status, storedStatus } = input;
  const refuse = (code: RefusalCode, message: string): TransitionResult<S> => ({
    ok: false,
    event: event.type,
    code,
    message,
  });
  const rule = table.find((r) => r.event === event.type);
  if (!rule) return refuse("NOT_ALLOWED", `"${event.type}" is not an action on a ${options.noun}`);
  const current = rule.matchStoredStatus ? storedStatus : status;
  if (!rule.from.includes(current)) {
    if (status !== storedStatus && !rule.matchStoredStatus) {
      return refuse("EXPIRED", options.expiredMessage ?? `The ${options.noun} has expired`);
    }
    if (current !== null && options.isTerminal(current)) {
      return refuse("TERMINAL", `The ${options.noun} is closed (${current}): nothing can change`);
    }
    return refuse(
      "NOT_ALLOWED",
      current === null
        ? `"${event.type}" needs an existing ${options.noun}`
        : `"${event.type}" is not allowed when the ${options.noun} is ${current}`,
    );
  }
  const refusal = rule.guard?.(input) ?? null;
  if (refusal !== null) return refuse("GUARD", refusal);
  const to = rule.to === "SAME" ? (current as S) : typeof rule.to === "function" ? rule.to(input) : rule.to;
  return { ok: true, event: event.type, from: storedStatus, to, effects: rule.effects?.(input) ?? {} };
}

/** The events whose `from`, and payload-free availability, allow them now (for buttons). */
export function allowedEventsOf<S extends string, E extends { type: string }, C>(
  table: TransitionTable<S, E, C>,
  input: Omit<RuleInput<S, E, C>, "event">,
): E["type"][] {
  return table
    .filter((rule) => {
      const current = rule.matchStoredStatus ? input.storedStatus : input.status;
      if (!rule.from.includes(current)) return false;
      return rule.available ? rule.available(input) : true;
    })
    .map((rule) => rule.event);
}
