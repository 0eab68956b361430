/**
 * Reading request bodies safely: size limits (413) checked before and while reading,
 * media type (415), malformed JSON (400 /malformed-json), and values PostgreSQL cannot
 * store or that would exhaust the stack (400 /validation). Nothing here throws anything
 * but an ApiProblem or a ValidationError, so a client's body never causes a 500.
 */
import { ValidationError } from "@/lib/errors";
import { ApiProblem } from "./problem";

export const JSON_BODY_LIMIT = 1024 * 1024; // 1 MB
export const CSV_BODY_LIMIT = 20 * 1024 * 1024; // 20 MB
/** Objects and arrays nested deeper than this are refused (no request of ours needs 10). */
export const MAX_JSON_DEPTH = 32;

export type BodyKind = "json" | "csv";

const LIMITS: Record<BodyKind, number> = { json: JSON_BODY_LIMIT, csv: CSV_BODY_LIMIT };

function mediaType(request: Request): string | null {
  const raw = request.headers.get("content-type");
  if (!raw) return null;
  return raw.split(";")[0].trim().toLowerCase() || null;
}

function charsetOk(request: Request): boolean {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers.get("content-type") ?? "");
  return !m || /^utf-?8$/i.test(m[1]);
}

const isJsonType = (t: string) => t === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(t);

function tooLarge(limit: number): ApiProblem {
  return new ApiProblem("payload-too-large", `The body may be at most ${limit / (1024 * 1024)} MB.`, { limit });
}

/** The body's bytes, refusing (413) beyond `limit` whether or not Content-Length was sent. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof ApiProblem) throw e;
    throw new ApiProblem("malformed-json", "The request body could not be read.");
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function decodeUtf8(bytes: Uint8Array, kind: BodyKind): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (kind === "json") throw new ApiProblem("malformed-json", "The body is not valid UTF-8.");
    throw new ValidationError([{ path: "(body)", message: "The file is not valid UTF-8 text" }]);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be stored or compared by the database, or null: NUL (PostgreSQL text
 * cannot hold it) or an unpaired UTF-16 surrogate (not Unicode text).
 */
export function unstorableText(text: string): string | null {
  if (text.includes("\u0000")) return "Must not contain NUL characters";
  if (LONE_SURROGATE.test(text)) return "Must not contain unpaired surrogates (invalid Unicode)";
  return null;
}

/**
 * Walks a parsed JSON value without recursion: refuses nesting beyond MAX_JSON_DEPTH and
 * strings or keys containing NUL (PostgreSQL text cannot hold it) or unpaired surrogates.
 */
export function checkJsonValue(value: unknown, base = ""): void {
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: base }];
  const errors: { path: string; message: string }[] = [];
  while (stack.length && errors.length < 20) {
    const { v, depth, path } = stack.pop()!;
    if (typeof v === "string") {
      const problem = unstorableText(v);
      if (problem) errors.push({ path: path || "(body)", message: problem });
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) {
      errors.push({ path: path || "(body)", message: `Nested more than ${MAX_JSON_DEPTH} levels deep` });
      continue;
    }
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v as Record<string, unknown>);
    for (const [k, x] of entries) {
      const problem = unstorableText(k);
      if (problem) errors.push({ path: path || "(body)", message: `Field names: ${problem.toLowerCase()}` });
      stack.push({ v: x, depth: depth + 1, path: path ? `${path}.${k}` : k });
    }
  }
  if (errors.length) throw new ValidationError(errors);
}

export type ReadBodyOptions = { kind: BodyKind; required: boolean };

/**
 * The request's body: parsed JSON (`undefined` when absent and not required) or CSV text.
 * A body of the wrong media type is 415; a missing required body is 400.
 */
export async function readBody(request: Request, opts: ReadBodyOptions): Promise<unknown> {
  const limit = LIMITS[opts.kind];
  const bytes = await readLimited(request, limit);
  if (bytes.byteLength === 0) {
    if (opts.required)
      throw new ValidationError([{ path: "(body)", message: opts.kind === "json" ? "Send a JSON body" : "Send the CSV file as the body" }]);
    return undefined;
  }
  const type = mediaType(request);
  if (opts.kind === "json") {
    if (!type || !isJsonType(type) || !charsetOk(request))
      throw new ApiProblem("unsupported-media-type", "Send the body as application/json (UTF-8).");
    const text = decodeUtf8(bytes, "json");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      throw new ApiProblem("malformed-json", `The body is not valid JSON: ${e instanceof Error ? e.message : "parse error"}`);
    }
    checkJsonValue(parsed);
    return parsed;
  }
  if (!type || (type !== "text/csv" && type !== "application/csv") || !charsetOk(request))
    throw new ApiProblem("unsupported-media-type", "Send the file as text/csv (UTF-8).");
  const text = decodeUtf8(bytes, "csv");
  if (text.includes("\u0000")) throw new ValidationError([{ path: "(body)", message: "The file must not contain NUL characters" }]);
  return text;
}
