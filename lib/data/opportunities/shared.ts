/**
 * What the opportunity services share: the row they load (always inside the actor's
 * scope), the denormalised columns written beside `data`, the actor's relation to an
 * opportunity, and the small conversions between database rows and the contract types.
 */
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { ORG_WIDE_ACE_ROLES } from "@/lib/domain/roles";
import {
  toOpportunityInput,
  todayInTimeZone,
  validateOpportunity,
  type FieldError,
  type OpportunityData,
  type RuleContext,
  type SalesStage,
  type ValidationMode,
} from "@/lib/domain/opportunity";
import { opportunityScope } from "@/lib/authz/scope";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Change } from "../history";
import type { Money } from "./contract";

export const ENTITY = "OPPORTUNITY";
export const NOT_FOUND = "Opportunity not found";
export const LOCKED_MESSAGE = "This field cannot be changed now";

export const reference = (number: number) => `O-${number}`;

/** `O-123`, `o123`, `#123` or `123` → 123. */
export function parseReference(q: string): number | undefined {
  const match = /^(?:o-?|#)?(\d{1,9})$/i.exec(q.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return n > 0 && n <= 2_147_483_647 ? n : undefined;
}

/** The row every write starts from. */
export const rowSelect = {
  id: true,
  number: true,
  organizationId: true,
  status: true,
  stage: true,
  ownerId: true,
  createdById: true,
  version: true,
  providerVersion: true,
  data: true,
  firstSubmittedAt: true,
  submittedAt: true,
  partnerCrmId: true,
  parentOpportunityId: true,
  closeDate: true,
  closedLostReason: true,
  latestNextStep: true,
  providerStage: true,
  providerCloseDate: true,
  providerClosedLostReason: true,
  organization: { select: { id: true, name: true, timeZone: true, trainingPartner: true } },
} satisfies Prisma.OpportunitySelect;
export type OpportunityRow = Prisma.OpportunityGetPayload<{ select: typeof rowSelect }>;

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/** The opportunity if the actor may see it; otherwise NotFoundError (existence never leaks). */
export async function loadVisible(actor: Actor, id: string, client: Client = db()): Promise<OpportunityRow> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw new NotFoundError(NOT_FOUND);
  const row = await client.opportunity.findFirst({ where: { AND: [{ id }, opportunityScope(actor)] }, select: rowSelect });
  if (!row) throw new NotFoundError(NOT_FOUND);
  return row;
}

/**
 * Whether the actor may see the opportunity: one indexed existence check, no row loaded.
 * For layouts that answer a real 404 above the detail's loading boundary (lib/auth/gate.ts).
 */
export async function opportunityVisible(actor: Actor, id: string): Promise<boolean> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return false;
  const row = await db().opportunity.findFirst({ where: { AND: [{ id }, opportunityScope(actor)] }, select: { id: true } });
  return row !== null;
}

export const dataOf = (row: { data: Prisma.JsonValue }): OpportunityData => (row.data ?? {}) as OpportunityData;

// ---- Who the actor is to this opportunity ---------------------------------------------------

export type Relation = { isOwner: boolean; isCreator: boolean };
export const relationOf = (actor: Actor, row: { ownerId: string; createdById: string }): Relation => ({
  isOwner: row.ownerId === actor.userId,
  isCreator: row.createdById === actor.userId,
});

/** A partner user with an ACE role in the opportunity's own organisation. */
export const isOwnOrgAce = (actor: Actor, row: { organizationId: string }): boolean =>
  actor.organizationKind === "PARTNER" && actor.aceRole !== null && actor.organizationId === row.organizationId;

export const hasOrgWideAceRole = (actor: Actor): boolean =>
  actor.aceRole !== null && ORG_WIDE_ACE_ROLES.includes(actor.aceRole);

/**
 * The partner users who may change the opportunity (fields, stage, next steps, delete): its
 * creator, its owner and the organisation-wide ACE roles of its organisation — the same
 * principals the machine allows to save a draft. (ACE users only see what they created or
 * own, so for a partner of the organisation this means "can see it".)
 */
export const canPartnerEdit = (actor: Actor, row: { organizationId: string; ownerId: string; createdById: string }): boolean =>
  isOwnOrgAce(actor, row) && (hasOrgWideAceRole(actor) || row.ownerId === actor.userId || row.createdById === actor.userId);

/**
 * §2.6: any partner user with an ACE role who can see the opportunity (callers load the row
 * inside `opportunityScope`), so an ACE user who created an opportunity and gave it away may
 * still transfer it. No state rule: the spec sets none (a closed deal may change hands too).
 */
export const canTransfer = (actor: Actor, row: { organizationId: string }): boolean => isOwnOrgAce(actor, row);

/** PROVIDER_ADMIN, or a PROVIDER_SELLER who can see it (sellers see only opportunities whose team lists them). */
export const canEditProviderSide = (actor: Actor): boolean =>
  actor.organizationKind === "PROVIDER" && (actor.providerRole === "PROVIDER_ADMIN" || actor.providerRole === "PROVIDER_SELLER");

// ---- Validation -----------------------------------------------------------------------------

export const ruleContext = (org: { timeZone: string; trainingPartner: boolean }, now = new Date()): RuleContext => ({
  today: todayInTimeZone(org.timeZone, now),
  trainingPartner: org.trainingPartner,
});

/** Validates a stored (normalised) body again; returns the re-normalised body or the field errors. */
export function revalidate(mode: ValidationMode, data: OpportunityData, ctx: RuleContext) {
  return validateOpportunity(mode, toOpportunityInput(data), ctx);
}

export function throwIfErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw new ValidationError(dedupeErrors(errors));
}

export function dedupeErrors(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
}

/** Splits `version` off an update body; it must be a positive integer. */
export function splitVersion(input: unknown, required: boolean): { version: number | undefined; rest: unknown; errors: FieldError[] } {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { version: undefined, rest: input, errors: required ? [{ path: "version", message: "Required" }] : [] };
  }
  const { version, ...rest } = input as Record<string, unknown>;
  if (version === undefined || version === null) {
    return { version: undefined, rest, errors: required ? [{ path: "version", message: "Required" }] : [] };
  }
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 1) {
    return { version: undefined, rest, errors: [{ path: "version", message: "Enter the version as a positive integer" }] };
  }
  return { version, rest, errors: [] };
}

// ---- Columns beside `data` -----------------------------------------------------------------

export const toDbDate = (date: string | undefined | null): Date | null => (date ? new Date(`${date}T00:00:00.000Z`) : null);
export const fromDbDate = (date: Date | null | undefined): string | null => (date ? date.toISOString().slice(0, 10) : null);
export const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

export const toMoney = (amountMinor: bigint | null, currency: string | null): Money | null =>
  amountMinor === null || currency === null ? null : { amountMinor: Number(amountMinor), currency };

/**
 * The denormalised copies of the body that lists filter, sort and total on. Written with
 * `data` in every write; `stage` is the body's stage (the column is the truth for the
 * machine and is kept equal to `data.stage`).
 */
export function columnsOf(data: OpportunityData) {
  const revenue = data.project?.expectedMonthlyRevenue;
  return {
    customerName: data.customer?.companyName ?? "",
    title: data.project?.title ?? "",
    countryCode: data.customer?.countryCode ?? null,
    targetCloseDate: toDbDate(data.project?.targetCloseDate),
    expectedMonthlyRevenueMinor: revenue ? BigInt(revenue.amountMinor) : null,
    currency: revenue?.currency ?? null,
    partnerCrmId: data.partnerCrmId ?? null,
    parentOpportunityId: data.parentOpportunityId ?? null,
    stage: (data.stage ?? "PROSPECT") as SalesStage,
  } satisfies Prisma.OpportunityUncheckedUpdateInput;
}

export const jsonData = (data: OpportunityData) => data as unknown as Prisma.InputJsonValue;

/** History changes with `undefined` spelled as null (JSON keeps the key). */
export const changes = (list: { field: string; from: unknown; to: unknown }[]): Change[] =>
  list.map(({ field, from, to }) => ({ field, from: from ?? null, to: to ?? null }));

/** P2002 = unique violation (the only non-key unique of Opportunity is (organizationId, partnerCrmId)). */
export const isUniqueViolation = (e: unknown): boolean =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export const PARTNER_CRM_ID_TAKEN: FieldError = {
  path: "partnerCrmId",
  message: "Another opportunity of your organisation already has this partner CRM ID",
};

/** Thrown inside a transaction when the guarded update matched no row; turned into StaleVersionError outside. */
export class LostRace extends Error {
  constructor() {
    super("lost race");
  }
}

/** The empty body (history of creations and deletions). */
export const EMPTY = {} as OpportunityData;
