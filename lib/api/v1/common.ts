/** Wire-level building blocks shared by the v1 operations (api.md Conventions). */
import { z } from "zod";

export const IdSchema = z.string().min(1).max(200).meta({ description: "Opaque id." });
export const TimestampSchema = z.string().meta({ description: "ISO 8601 UTC timestamp, e.g. 2026-11-23T09:30:00.000Z.", format: "date-time" });
export const DateOnlySchema = z.string().meta({ description: "Calendar date, YYYY-MM-DD.", format: "date" });
export const MoneySchema = z
  .object({
    amount: z.string().meta({ description: 'Decimal string, e.g. "12500.00" (never a float).' }),
    currency: z.string().meta({ description: "ISO 4217 code, e.g. USD." }),
  })
  .meta({ id: "Money" });
export const PersonRefSchema = z.object({ id: IdSchema, name: z.string() }).meta({ id: "PersonRef" });

/** Free-text search parameter. */
export const QSchema = z.string().trim().min(1, "Enter at least 1 character").max(200, "At most 200 characters").optional().meta({ description: "Free text." });

/** A query flag: `true` / `false`. */
export const BooleanQuerySchema = z.enum(["true", "false"], { error: "Use true or false" }).transform((v) => v === "true");

/** A query parameter that may repeat or hold comma-separated values: `status=A&status=B` or `status=A,B`. */
export function listQuery<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .preprocess((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean)), z.array(z.enum(values)).min(1).max(values.length))
    .optional();
}

const iso = (d: Date | string) => (typeof d === "string" ? d : d.toISOString());
export const toTimestamp = iso;
export const toTimestampOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null);

/** ISO timestamp in a cursor. */
export const CursorTimestampSchema = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "Invalid cursor");
