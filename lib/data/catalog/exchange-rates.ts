/**
 * Monthly exchange rates to USD (domain.md §4.6), kept by the provider admin: one rate per
 * month and currency, USD per one unit of the currency, as a decimal (never a float).
 * Registration converts a deal's value at the rate of the month it was won; when that month
 * has no rate yet, the latest earlier month's rate applies (decision: rates are entered at
 * the start of a month, and a deal won before that should not be blocked).
 */
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { isCurrencyCode } from "@/lib/domain/money";
import { hasPermission } from "@/lib/authz/policy";
import { NotFoundError, StaleVersionError } from "@/lib/errors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";

export type ExchangeRateView = {
  id: string;
  /** YYYY-MM */
  month: string;
  currency: string;
  /** USD per one unit, decimal string, e.g. "1.0850". */
  usdRate: string;
  version: number;
  updatedAt: string;
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const MonthSchema = z.string({ error: "Choose a month" }).trim().regex(MONTH, "Enter the month as YYYY-MM");

export const SetExchangeRateSchema = z.strictObject({
  month: MonthSchema,
  currency: z
    .string({ error: "Choose a currency" })
    .trim()
    .toUpperCase()
    .refine((c) => isCurrencyCode(c), "Choose a valid ISO 4217 currency code, e.g. EUR")
    .refine((c) => c !== "USD", "USD is the target currency: its rate is always 1"),
  usdRate: z
    .string({ error: "Enter the rate" })
    .trim()
    .regex(/^\d{1,10}(\.\d{1,10})?$/, "Enter the rate as a decimal number, e.g. 1.085 (at most 10 decimal places)")
    .refine((r) => /[1-9]/.test(r), "The rate must be greater than 0"),
  /** The version edited, when changing an existing rate. */
  version: z.number().int().positive().optional(),
});
export type SetExchangeRateInput = z.input<typeof SetExchangeRateSchema>;

export const monthStart = (month: string): Date => new Date(`${month}-01T00:00:00.000Z`);
export const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

/** A Decimal as a plain decimal string without exponent or trailing zeros ("1.085", "0.0067"). */
export function decimalString(value: Prisma.Decimal): string {
  const fixed = value.toFixed();
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

const toView = (r: { id: string; month: Date; currency: string; usdRate: Prisma.Decimal; version: number; updatedAt: Date }): ExchangeRateView => ({
  id: r.id,
  month: monthOf(r.month),
  currency: r.currency,
  usdRate: decimalString(r.usdRate),
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

function assertAdmin(actor: Actor) {
  if (!hasPermission(actor, "admin.exchangeRates")) throw new NotFoundError("Not found");
}

/** Rates, newest month first (optionally one month). */
export async function listExchangeRates(actor: Actor, opts: { month?: string } = {}): Promise<ExchangeRateView[]> {
  assertAdmin(actor);
  const month = opts.month ? parseInput(MonthSchema, opts.month) : undefined;
  const rows = await db().exchangeRate.findMany({
    where: month ? { month: monthStart(month) } : {},
    orderBy: [{ month: "desc" }, { currency: "asc" }],
    take: 500,
  });
  return rows.map(toView);
}

/** Sets a month's rate for a currency (creates it, or changes it with the version edited). */
export async function setExchangeRate(actor: Actor, input: unknown): Promise<ExchangeRateView> {
  assertAdmin(actor);
  const { month, currency, usdRate, version } = parseInput(SetExchangeRateSchema, input);
  const key = { month: monthStart(month), currency };
  return db().$transaction(async (tx) => {
    const existing = await tx.exchangeRate.findUnique({ where: { month_currency: key } });
    if (existing) {
      if (version !== undefined && version !== existing.version) throw new StaleVersionError(toView(existing));
      const res = await tx.exchangeRate.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { usdRate: new Prisma.Decimal(usdRate), updatedById: actor.userId, version: { increment: 1 } },
      });
      if (res.count === 0) throw new StaleVersionError(toView((await tx.exchangeRate.findUnique({ where: { id: existing.id } }))!));
      const from = decimalString(existing.usdRate);
      const updated = (await tx.exchangeRate.findUnique({ where: { id: existing.id } }))!;
      await recordHistory(tx, {
        entityType: "EXCHANGE_RATE",
        entityId: existing.id,
        actorId: actor.userId,
        action: "updated",
        changes: from === decimalString(updated.usdRate) ? [] : [{ field: "usdRate", from, to: decimalString(updated.usdRate) }],
      });
      return toView(updated);
    }
    const created = await tx.exchangeRate.create({ data: { ...key, usdRate: new Prisma.Decimal(usdRate), updatedById: actor.userId } });
    await recordHistory(tx, {
      entityType: "EXCHANGE_RATE",
      entityId: created.id,
      actorId: actor.userId,
      action: "created",
      changes: [
        { field: "month", from: null, to: month },
        { field: "currency", from: null, to: currency },
        { field: "usdRate", from: null, to: decimalString(created.usdRate) },
      ],
    });
    return toView(created);
  });
}

/**
 * USD per one unit of `currency` for the month of `at` (or the latest earlier month with a
 * rate); "1" for USD; null when no rate is configured.
 */
export async function usdRateAt(currency: string, at: Date): Promise<{ rate: string; month: string } | null> {
  const code = currency.toUpperCase();
  if (code === "USD") return { rate: "1", month: monthOf(at) };
  const row = await db().exchangeRate.findFirst({
    where: { currency: code, month: { lte: monthStart(monthOf(at)) } },
    orderBy: { month: "desc" },
  });
  return row ? { rate: decimalString(row.usdRate), month: monthOf(row.month) } : null;
}
