/**
 * Cursor pagination (api.md Lists): `limit` 1–200 (default 50) and an opaque `cursor`;
 * answers `{ items, nextCursor }`. The cursor is base64url JSON of the sort spec, the last
 * row's sort value and its id, so the next page starts strictly after that row in the
 * (sort value, id) order: rows inserted meanwhile are never repeated and never push an
 * existing row out of the listing.
 */
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { unstorableText } from "./body";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export const LimitSchema = z.coerce
  .number({ error: `Must be a whole number from 1 to ${MAX_LIMIT}` })
  .int(`Must be a whole number from 1 to ${MAX_LIMIT}`)
  .min(1, `Must be a whole number from 1 to ${MAX_LIMIT}`)
  .max(MAX_LIMIT, `Must be a whole number from 1 to ${MAX_LIMIT}`)
  .default(DEFAULT_LIMIT)
  .meta({ description: `Page size, 1–${MAX_LIMIT}.` });

export const CursorSchema = z
  .string()
  .max(2048, "Invalid cursor")
  .optional()
  .meta({ description: "`nextCursor` of the previous page; omit for the first page." });

/** `limit` and `cursor`, to spread into a list's query schema. */
export const pageQueryShape = { limit: LimitSchema, cursor: CursorSchema };

/** `{ items: [...], nextCursor }` of the given item schema. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });
}

export type CursorValue = string | number | boolean | null;
export type Cursor = { sort: string; value: CursorValue; id: string };

/** Where the next page starts: after the row with this sort value and id. */
export type After = { value: CursorValue; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ s: c.sort, v: c.value, i: c.id }), "utf8").toString("base64url");
}

const DecodedSchema = z.strictObject({
  s: z.string(),
  v: z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]),
  i: z.string().min(1).max(200),
});

const invalid = (message = "Invalid cursor: request the first page again") => new ValidationError([{ path: "cursor", message }]);

/**
 * The position a cursor points after, for the list's current sort. A cursor that is not one
 * of ours, or was made for another sort, is a 400 at `cursor`. `valueSchema` checks the sort
 * value's type (e.g. an ISO timestamp for `updatedAt`).
 */
export function decodeCursor(raw: string | undefined, sort: string, valueSchema: z.ZodType<CursorValue> = z.union([z.string(), z.number(), z.boolean(), z.null()])): After | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = DecodedSchema.safeParse(decoded);
  if (!parsed.success) throw invalid();
  // A forged cursor must not smuggle text the database cannot compare (NUL, unpaired surrogates).
  if (unstorableText(parsed.data.i) || (typeof parsed.data.v === "string" && unstorableText(parsed.data.v))) throw invalid();
  if (parsed.data.s !== sort) throw invalid("This cursor belongs to another sort order: request the first page again");
  const value = valueSchema.safeParse(parsed.data.v);
  if (!value.success) throw invalid();
  return { value: value.data, id: parsed.data.i };
}

/**
 * Builds a page from `rows` fetched with `take: limit + 1`: the extra row only tells that
 * there is a next page.
 */
export function toPage<R, I>(rows: R[], limit: number, sort: string, key: (row: R) => { value: CursorValue; id: string }, map: (row: R) => I): { items: I[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: more && last ? encodeCursor({ sort, ...key(last) }) : null,
  };
}

/** `"name"` / `"-name"` → field and direction, for the sorts a list allows. */
export function parseSort<F extends string>(raw: string | undefined, allowed: readonly F[], fallback: NoInfer<F> | `-${NoInfer<F>}`): { field: F; desc: boolean; spec: string } {
  const spec = raw && raw.trim() ? raw.trim() : fallback;
  const desc = spec.startsWith("-");
  const field = (desc ? spec.slice(1) : spec) as F;
  if (!allowed.includes(field)) throw new ValidationError([{ path: "sort", message: `Sort by one of: ${allowed.flatMap((f) => [f, `-${f}`]).join(", ")}` }]);
  return { field, desc, spec: `${desc ? "-" : ""}${field}` };
}
