/**
 * What the co-sell deal services share: the row every operation loads (always inside the
 * actor's `dealScope`), who the actor is to a deal, the machine's view of a row, the
 * transaction helper that writes a change with its version check and history row, and
 * small conversions.
 */
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import { dealScope } from "@/lib/authz/scope";
import {
  dealCoSellRequestState,
  effectiveDealStatus,
  type CoSellRequestState,
  type DealMachineInput,
  type DealStatus,
  type TransitionResult,
} from "@/lib/domain/referral";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { recordHistory, type Change } from "../history";

export const ENTITY = "DEAL";
export const NOT_FOUND = "Deal not found";

export const reference = (number: number) => `D-${number}`;

/** `D-123`, `d123`, `#123` or `123` → 123. */
export function parseReference(q: string): number | undefined {
  const match = /^(?:d-?|#)?(\d{1,9})$/i.exec(q.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return n > 0 && n <= 2_147_483_647 ? n : undefined;
}

export type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** The row every operation starts from. */
export const rowSelect = {
  id: true,
  number: true,
  organizationId: true,
  direction: true,
  dealType: true,
  program: true,
  status: true,
  name: true,
  location: true,
  estimatedValueMinor: true,
  currency: true,
  estimatedCloseDate: true,
  crmId: true,
  campaignId: true,
  partnerRole: true,
  solutionArea: true,
  solutionPlay: true,
  notes: true,
  marketplaceIntent: true,
  customerAccountId: true,
  customerName: true,
  customerCountryCode: true,
  customerCity: true,
  customerPostalCode: true,
  customerDuns: true,
  customerManagement: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  contactConsent: true,
  contactNotes: true,
  visibleToProvider: true,
  helpFromProvider: true,
  coSellRequestState: true,
  coSellRequestedAt: true,
  coSellDecidedAt: true,
  providerSellerId: true,
  providerMarkedWonAt: true,
  providerMarkedWonById: true,
  senderOrganizationId: true,
  senderUserId: true,
  senderContacts: true,
  helpWanted: true,
  receivedAt: true,
  expiresAt: true,
  acceptedAt: true,
  wonAt: true,
  closedAt: true,
  declineReason: true,
  declineNotes: true,
  lostReason: true,
  lostNotes: true,
  errorReason: true,
  errorNotes: true,
  parentDealId: true,
  assessmentLocation: true,
  createdById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  organization: { select: { id: true, name: true, locations: true } },
  team: { select: { id: true, userId: true, name: true, email: true, phone: true }, orderBy: { createdAt: "asc" } },
  solutions: {
    select: {
      solution: {
        select: { id: true, name: true, kind: true, ipCoSellEligible: true, publisherOrganization: { select: { name: true } } },
      },
    },
    orderBy: { createdAt: "asc" },
  },
  registration: { select: { id: true, status: true, errors: true, submittedAt: true, decidedAt: true, version: true } },
} satisfies Prisma.DealSelect;
export type DealRow = Prisma.DealGetPayload<{ select: typeof rowSelect }>;

/** The deal if the actor may see it; otherwise NotFoundError (existence never leaks). */
export async function loadVisible(actor: Actor, id: string, client: Client = db()): Promise<DealRow> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw new NotFoundError(NOT_FOUND);
  const row = await client.deal.findFirst({ where: { AND: [{ id }, dealScope(actor)] }, select: rowSelect });
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}

// ---- Who the actor is to a deal ------------------------------------------------------------

/** A partner user of the owning organisation who can see the deal: they work it (edit, stages, answers). */
export const isOwningPartner = (actor: Actor, row: { organizationId: string }): boolean =>
  actor.organizationKind === "PARTNER" && actor.organizationId === row.organizationId && hasPermission(actor, "referral.view");

export const isProviderSeller = (actor: Actor): boolean =>
  actor.organizationKind === "PROVIDER" && actor.providerRole === "PROVIDER_SELLER";

/** The deal's partner side does this; a visible deal the actor cannot act on is 403. */
export function assertOwningPartner(actor: Actor, row: { organizationId: string }) {
  if (!isOwningPartner(actor, row)) throw new ForbiddenError("Only the partner working this deal can do this.");
}

// ---- The machine's view of a row ----------------------------------------------------------

/** The co-sell request as the deal shows it: lapsed after 14 days, frozen once the deal closed (`dealCoSellRequestState`). */
export const effectiveCoSell = (
  row: { status: DealStatus; expiresAt: Date | null; closedAt: Date | null; coSellRequestState: CoSellRequestState | null; coSellRequestedAt: Date | null },
  now: Date,
) => dealCoSellRequestState(row, now);

export function machineInput(row: DealRow, now: Date): DealMachineInput {
  return {
    status: row.status,
    dealType: row.dealType,
    direction: row.direction,
    expiresAt: row.expiresAt,
    coSellRequestState: effectiveCoSell(row, now),
  };
}

export const effectiveStatus = (row: { status: DealStatus; expiresAt: Date | null }, now: Date): DealStatus =>
  effectiveDealStatus(row, now);

/** The machine's refusal as the 409 the services answer. */
export function assertTransition<S>(result: TransitionResult<S & string>): asserts result is Extract<TransitionResult<S & string>, { ok: true }> {
  if (!result.ok) throw new InvalidTransitionError(result.message);
}

// ---- Writing a change ---------------------------------------------------------------------

/** Thrown inside a transaction when the guarded update matched no row. */
export class LostRace extends Error {
  constructor() {
    super("lost race");
  }
}

/**
 * Writes one change of a deal: `update` guarded by the id, the stored status the decision
 * was based on and, for edits, the version edited (`updateMany`), then `after` (children, history)
 * in the same transaction. When no row matched, answers the conflict: the deal changed
 * state (409 invalid transition) or someone saved first (stale version, with the fresh row).
 */
export async function writeDealChange(
  actor: Actor,
  row: DealRow,
  opts: {
    version?: number;
    data: Prisma.DealUncheckedUpdateManyInput;
    /** Extra conditions of the guarded update (e.g. the co-sell request state). */
    where?: Prisma.DealWhereInput;
    action: string;
    changes: Change[];
    after?: (tx: Prisma.TransactionClient) => Promise<void>;
    organizationId?: string;
  },
): Promise<void> {
  try {
    await db().$transaction(async (tx) => {
      const res = await tx.deal.updateMany({
        where: { id: row.id, status: row.status, ...(opts.version !== undefined ? { version: opts.version } : {}), ...opts.where },
        data: { ...opts.data, version: { increment: 1 } },
      });
      if (res.count === 0) throw new LostRace();
      await opts.after?.(tx);
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: row.id,
        organizationId: opts.organizationId ?? row.organizationId,
        actorId: actor.userId,
        action: opts.action,
        changes: opts.changes,
      });
    });
  } catch (e) {
    if (!(e instanceof LostRace)) throw e;
    const fresh = await db().deal.findUnique({ where: { id: row.id }, select: { status: true, version: true } });
    if (!fresh) throw new NotFoundError(NOT_FOUND);
    if (fresh.status !== row.status) {
      throw new InvalidTransitionError(`The deal changed meanwhile: it is now ${fresh.status}.`);
    }
    if (opts.version !== undefined && fresh.version !== opts.version) {
      const { getDeal } = await import("./detail");
      throw new StaleVersionError(await getDeal(actor, row.id).catch(() => undefined));
    }
    throw new InvalidTransitionError("The deal changed meanwhile. Reload it and try again.");
  }
}

// ---- Conversions --------------------------------------------------------------------------

export const toDbDate = (date: string): Date => new Date(`${date}T00:00:00.000Z`);
export const fromDbDate = (date: Date): string => date.toISOString().slice(0, 10);
export const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);
export const money = (amountMinor: bigint, currency: string) => ({ amountMinor: Number(amountMinor), currency });

/** History changes with `undefined` spelled as null (JSON keeps the key). */
export const changes = (list: { field: string; from: unknown; to: unknown }[]): Change[] =>
  list
    .map(({ field, from, to }) => ({ field, from: from ?? null, to: to ?? null }))
    .filter((c) => JSON.stringify(c.from) !== JSON.stringify(c.to));

/** Names of users by id (for the provider card, sender, history). */
export async function userRefs(ids: (string | null | undefined)[], client: Client = db()): Promise<Map<string, { id: string; name: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === "string" && id.length > 0))];
  if (wanted.length === 0) return new Map();
  const users = await client.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u]));
}

/** Team rows to write: emails lower-cased, a portal user linked by email when one exists in the organisation. */
export async function teamRows(
  client: Client,
  organizationId: string,
  team: readonly { userId?: string | null; name: string; phone: string; email: string }[],
): Promise<{ userId: string | null; name: string; email: string; phone: string }[]> {
  const emails = team.map((m) => m.email.trim().toLowerCase());
  const users = emails.length
    ? await client.user.findMany({ where: { organizationId, email: { in: emails } }, select: { id: true, email: true } })
    : [];
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  return team.map((m, i) => ({ userId: byEmail.get(emails[i]) ?? null, name: m.name.trim(), email: emails[i], phone: m.phone.trim() }));
}
