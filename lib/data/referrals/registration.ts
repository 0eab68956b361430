/**
 * Deal registration (domain.md §4.6): eligibility (the six rules, with the month's exchange
 * rate), registering a won deal, resubmitting after ACTION_REQUIRED, and the provider
 * admin's validation queue (SUBMITTED → IN_VALIDATION → VALIDATED | ACTION_REQUIRED | REJECTED).
 */
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import {
  REGISTRATION_STATUSES,
  effectiveDealType,
  ineligibilityReasons,
  registrationEligibility,
  registrationTransition,
  type RegistrationEligibility,
  type RegistrationRuleResult,
  type RegistrationStatus,
} from "@/lib/domain/referral";
import { InvalidTransitionError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";
import { usdRateAt } from "../catalog/exchange-rates";
import { noticeRegistrationResult } from "./notices";
import type { DealDetail, EligibilityView, RegistrationItem } from "./contract";
import { assertOwningPartner, effectiveCoSell, effectiveStatus, ENTITY, iso, loadVisible, money, reference, type DealRow } from "./shared";

/** The six rules for a loaded deal, at the exchange rate of the month it was won. */
export async function eligibilityOf(row: DealRow, now: Date): Promise<RegistrationEligibility> {
  const at = row.wonAt ?? now;
  const rate = await usdRateAt(row.currency, at);
  const management = row.customerAccountId
    ? ((await db().customerAccount.findUnique({ where: { id: row.customerAccountId }, select: { management: true } }))?.management ??
      row.customerManagement)
    : row.customerManagement;
  const coSell = effectiveCoSell(row, now);
  return registrationEligibility(
    {
      status: effectiveStatus(row, now),
      // A co-sell deal whose request was declined or lapsed "stays partner-led" (§4.4), as the deal page shows it.
      dealType: effectiveDealType(row.dealType, coSell),
      solutions: row.solutions.map((s) => ({ ipCoSellEligible: s.solution.ipCoSellEligible })),
      coSellRequestState: coSell,
      providerMarkedWon: row.providerMarkedWonAt !== null,
      estimatedValue: { amountMinor: Number(row.estimatedValueMinor), currency: row.currency },
      customerManagement: management,
      createdAt: row.createdAt,
      wonAt: row.wonAt,
    },
    { usdRatePerUnit: (currency) => (currency.toUpperCase() === row.currency.toUpperCase() ? (rate?.rate ?? null) : null) },
  );
}

export const toEligibilityView = (e: RegistrationEligibility): EligibilityView => ({
  eligible: e.eligible,
  reasons: ineligibilityReasons(e),
  rules: e.rules,
});

/** `GET /referrals/{id}/registration-eligibility`. */
export async function registrationEligibilityOf(actor: Actor, id: string): Promise<EligibilityView> {
  const row = await loadVisible(actor, id);
  return toEligibilityView(await eligibilityOf(row, new Date()));
}

const eligibilityJson = (e: RegistrationEligibility) => e.rules as unknown as Prisma.InputJsonValue;

/**
 * `POST /referrals/{id}/registration`: registers a won, eligible deal (SUBMITTED), or
 * resubmits one the validator sent back (ACTION_REQUIRED → SUBMITTED).
 */
export async function registerDeal(actor: Actor, id: string): Promise<DealDetail> {
  const row = await loadVisible(actor, id);
  assertOwningPartner(actor, row);
  const now = new Date();
  const eligibility = await eligibilityOf(row, now);
  const current = row.registration?.status ?? null;
  const event = current === "ACTION_REQUIRED" ? "RESUBMIT" : "SUBMIT";
  const decision = registrationTransition(current, { type: event }, { now, eligible: eligibility.eligible });
  if (!decision.ok) {
    const reasons = ineligibilityReasons(eligibility);
    throw new InvalidTransitionError(
      decision.code === "GUARD" && reasons.length ? `The deal cannot be registered: ${reasons.join("; ")}.` : decision.message,
    );
  }
  await db().$transaction(async (tx) => {
    if (current === null) {
      // The unique dealId makes a second, concurrent registration fail instead of duplicating.
      await tx.dealRegistration.create({
        data: { dealId: row.id, status: decision.to, eligibility: eligibilityJson(eligibility), submittedById: actor.userId, submittedAt: now },
      });
    } else {
      const res = await tx.dealRegistration.updateMany({
        where: { dealId: row.id, status: current, version: row.registration!.version },
        data: {
          status: decision.to,
          errors: [],
          eligibility: eligibilityJson(eligibility),
          submittedById: actor.userId,
          submittedAt: now,
          decidedAt: null,
          decidedById: null,
          version: { increment: 1 },
        },
      });
      if (res.count === 0) throw new InvalidTransitionError("The registration changed meanwhile. Reload the deal and try again.");
    }
    await tx.deal.update({ where: { id: row.id }, data: { version: { increment: 1 } } });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: row.id,
      organizationId: row.organizationId,
      actorId: actor.userId,
      action: event === "SUBMIT" ? "registered" : "registration_resubmitted",
      changes: [{ field: "registration", from: current, to: decision.to }],
    });
  }).catch((e: unknown) => {
    if (e && typeof e === "object" && "code" in e && (e as { code: string }).code === "P2002") {
      throw new InvalidTransitionError("The deal is already registered.");
    }
    throw e;
  });
  const { getDeal } = await import("./detail");
  return getDeal(actor, row.id);
}

// ---- The provider admin's queue ------------------------------------------------------------

function assertRegistrationAdmin(actor: Actor) {
  if (!hasPermission(actor, "admin.registrations")) throw new NotFoundError("Not found");
}

const registrationSelect = {
  id: true,
  status: true,
  errors: true,
  eligibility: true,
  submittedAt: true,
  decidedAt: true,
  version: true,
  deal: {
    select: {
      id: true,
      number: true,
      name: true,
      customerName: true,
      estimatedValueMinor: true,
      currency: true,
      wonAt: true,
      organization: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.DealRegistrationSelect;

const toItem = (r: Prisma.DealRegistrationGetPayload<{ select: typeof registrationSelect }>): RegistrationItem => ({
  id: r.id,
  status: r.status,
  errors: Array.isArray(r.errors) ? (r.errors as string[]) : [],
  submittedAt: r.submittedAt.toISOString(),
  decidedAt: iso(r.decidedAt),
  version: r.version,
  eligibility: Array.isArray(r.eligibility) ? (r.eligibility as unknown as RegistrationRuleResult[]) : [],
  deal: {
    id: r.deal.id,
    reference: reference(r.deal.number),
    name: r.deal.name,
    organization: r.deal.organization,
    customerName: r.deal.customerName,
    estimatedValue: money(r.deal.estimatedValueMinor, r.deal.currency),
    wonAt: iso(r.deal.wonAt),
  },
});

export async function listRegistrations(actor: Actor, opts: { status?: RegistrationStatus[] } = {}): Promise<RegistrationItem[]> {
  assertRegistrationAdmin(actor);
  const status = (opts.status ?? []).filter((s) => (REGISTRATION_STATUSES as readonly string[]).includes(s));
  const rows = await db().dealRegistration.findMany({
    where: status.length ? { status: { in: status } } : {},
    select: registrationSelect,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(toItem);
}

export const RegistrationDecisionSchema = z
  .strictObject({
    decision: z.enum(["START_VALIDATION", "VALIDATE", "REQUEST_ACTION", "REJECT"], { error: "Choose a decision" }),
    /** What the partner must fix (REQUEST_ACTION) or why it is rejected (REJECT): one finding per line. */
    errors: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
    version: z.number({ error: "Send the version you decided on" }).int().positive(),
  })
  .superRefine((v, ctx) => {
    if ((v.decision === "REQUEST_ACTION" || v.decision === "REJECT") && !(v.errors && v.errors.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["errors"], message: "Say what is wrong with the registration" });
    }
  });

const DECISION_ACTIONS = {
  START_VALIDATION: "registration_validation_started",
  VALIDATE: "registration_validated",
  REQUEST_ACTION: "registration_action_required",
  REJECT: "registration_rejected",
} as const;

/** The provider admin moves a registration: start validation, then validate, request action or reject. */
export async function decideRegistration(actor: Actor, registrationId: string, input: unknown): Promise<RegistrationItem> {
  assertRegistrationAdmin(actor);
  const { decision, errors, version } = parseInput(RegistrationDecisionSchema, input);
  const reg = await db().dealRegistration.findUnique({
    where: { id: String(registrationId) },
    select: { ...registrationSelect, dealId: true, submittedById: true },
  });
  if (!reg) throw new NotFoundError("Registration not found");
  const now = new Date();
  const result = registrationTransition(reg.status, { type: decision }, { now });
  if (!result.ok) throw new InvalidTransitionError(result.message);
  const findings = decision === "REQUEST_ACTION" || decision === "REJECT" ? (errors ?? []) : [];
  await db().$transaction(async (tx) => {
    const res = await tx.dealRegistration.updateMany({
      where: { id: reg.id, status: reg.status, version },
      data: {
        status: result.to,
        errors: findings,
        ...(decision === "START_VALIDATION" ? {} : { decidedAt: now, decidedById: actor.userId }),
        version: { increment: 1 },
      },
    });
    if (res.count === 0) {
      const fresh = await tx.dealRegistration.findUnique({ where: { id: reg.id }, select: registrationSelect });
      throw new StaleVersionError(fresh ? toItem(fresh) : undefined);
    }
    await tx.deal.update({ where: { id: reg.dealId }, data: { version: { increment: 1 } } });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: reg.dealId,
      organizationId: reg.deal.organization.id,
      actorId: actor.userId,
      action: DECISION_ACTIONS[decision],
      changes: [
        { field: "registration", from: reg.status, to: result.to },
        ...(findings.length ? [{ field: "registrationErrors", from: null, to: findings }] : []),
      ],
    });
    if (result.to === "VALIDATED" || result.to === "ACTION_REQUIRED" || result.to === "REJECTED") {
      await noticeRegistrationResult(tx, reg.dealId, reg.submittedById, result.to, findings, actor.userId);
    }
  });
  return toItem((await db().dealRegistration.findUnique({ where: { id: reg.id }, select: registrationSelect }))!);
}
