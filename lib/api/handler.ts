/**
 * The one wrapper of every /api/v1 route handler:
 * 1. authenticates the bearer token (401), 2. counts the request against the token's rate
 * limit (429 + Retry-After), 3. validates path, query and body with the operation's zod
 * schemas (413 / 415 / 400), 4. applies `Idempotency-Key` on creating POSTs, 5. runs the
 * handler (which calls one service function), 6. maps every failure to problem+json
 * (lib/errors → api.md's table; anything unexpected → a logged 500).
 */
import type { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { consumeApiRequest, resolveToken, type RateLimitState } from "@/lib/data/tokens";
import { ValidationError, type FieldError } from "@/lib/errors";
import { readBody, unstorableText } from "./body";
import { idempotencyKeyOf, requestHash, withIdempotency } from "./idempotency";
import { toJson } from "./json";
import type { OperationSpec } from "./operation";
import { ApiProblem, toProblemResponse } from "./problem";

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type BodyOf<O extends OperationSpec> = O["bodyValidatedBy"] extends "service" ? unknown : Out<O["body"]>;

export type HandlerContext<O extends OperationSpec> = {
  actor: O["auth"] extends false ? Actor | null : Actor;
  params: Out<O["params"]>;
  query: Out<O["query"]>;
  body: BodyOf<O>;
  request: Request;
  url: URL;
};

/**
 * What a handler returns: status (default 200), a JSON body, extra headers; or `raw` text
 * with its content type (e.g. a CSV download), sent as is.
 */
export type ApiResult = { status?: number; body?: unknown; headers?: Record<string, string>; raw?: { text: string; contentType: string } };

export type HandlerOptions = {
  /** Maps a StaleVersionError's `current` to the resource's API shape. */
  current?: (value: unknown) => unknown;
  /**
   * Headers computed from a 2xx JSON body (e.g. `Location` from its id): sent with the first
   * answer and with every `Idempotency-Key` replay of it, which stores only status and body.
   */
  headersOf?: (body: unknown) => Record<string, string>;
};

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { operation: OperationSpec };

const BEARER = /^Bearer[ ]+([^\s]+)\s*$/i;

export const ok = (body: unknown, headers?: Record<string, string>): ApiResult => ({ status: 200, body, headers });
export const created = (body: unknown, headers?: Record<string, string>): ApiResult => ({ status: 201, body, headers });
export const noContent = (): ApiResult => ({ status: 204 });

/** zod issues → api.md's `errors[{ path, message }]` (dotted paths; one entry per unknown field). */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[], root: string): FieldError[] {
  const out: FieldError[] = [];
  for (const i of issues) {
    const base = i.path.map(String).join(".");
    if (i.code === "unrecognized_keys") {
      for (const k of i.keys) out.push({ path: base ? `${base}.${k}` : k, message: "Unknown field" });
      continue;
    }
    const missing = i.code === "invalid_type" && /received undefined$/.test(i.message);
    out.push({ path: base || root, message: missing ? "Required" : i.message });
  }
  return out;
}

function parseWith(schema: z.ZodType | undefined, value: unknown, root: string): unknown {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(issuesToFieldErrors(r.error.issues, root));
  return r.data;
}

/** URLSearchParams → { key: value } (a repeated key → its values as an array). */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

const textsOf = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/**
 * Path and query values the database cannot store or compare (NUL, unpaired surrogates):
 * a path id is simply not found; a query parameter is a 400 at its name.
 */
function checkTexts(params: Record<string, unknown>, query: Record<string, string | string[]>) {
  for (const v of Object.values(params)) if (textsOf(v).some((t) => unstorableText(t))) throw new ApiProblem("not-found", "Not found");
  const errors: FieldError[] = [];
  for (const [k, v] of Object.entries(query)) {
    const problem = unstorableText(k) ?? textsOf(v).map(unstorableText).find(Boolean);
    if (problem) errors.push({ path: unstorableText(k) ? "(query)" : k, message: problem });
  }
  if (errors.length) throw new ValidationError(errors);
}

function rateHeaders(r: RateLimitState): Record<string, string> {
  return { "ratelimit-limit": String(r.limit), "ratelimit-remaining": String(Math.max(0, r.remaining)), "ratelimit-reset": String(r.resetSeconds) };
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string>): Response {
  if (status === 204 || body === undefined) return new Response(null, { status, headers: { "cache-control": "no-store", ...headers } });
  return new Response(toJson(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store", ...headers } });
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) if (!res.headers.has(k)) res.headers.set(k, v);
  return res;
}

/**
 * The route handler for `op`. The returned function carries `operation` so the OpenAPI
 * coverage test can check that the file serves what the registry documents.
 */
export function apiHandler<const O extends OperationSpec>(op: O, fn: (ctx: HandlerContext<O>) => Promise<ApiResult>, options: HandlerOptions = {}): RouteHandler {
  const derivedHeaders = (status: number, body: unknown): Record<string, string> =>
    options.headersOf && status >= 200 && status < 300 && body !== undefined && body !== null ? options.headersOf(body) : {};
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    const url = new URL(request.url);
    const problemCtx = { method: request.method, path: url.pathname, current: options.current };
    let extraHeaders: Record<string, string> = {};
    try {
      // 1. Authentication
      let actor: Actor | null = null;
      if (op.auth !== false) {
        const header = request.headers.get("authorization");
        const challenge = { "www-authenticate": 'Bearer realm="cosell"' };
        if (!header) throw new ApiProblem("unauthorized", "Send an API token: Authorization: Bearer <token>.", { headers: challenge });
        const match = BEARER.exec(header);
        const auth = match ? await resolveToken(match[1]) : null;
        if (!auth)
          throw new ApiProblem("unauthorized", "The API token is malformed, unknown or revoked, or its user is inactive.", {
            headers: { "www-authenticate": 'Bearer realm="cosell", error="invalid_token"' },
          });
        actor = auth.actor;
        // 2. Rate limit, per token
        const rate = await consumeApiRequest(auth.tokenId);
        extraHeaders = rateHeaders(rate);
        if (!rate.allowed)
          throw new ApiProblem("rate-limited", `This token may make ${rate.limit} requests a minute. Retry in ${rate.resetSeconds} s.`, {
            headers: { ...extraHeaders, "retry-after": String(rate.resetSeconds) },
          });
      }

      // 3. Input: path (invalid → not found), query, body
      const rawParams = await context.params;
      const rawQuery = queryObject(url.searchParams);
      checkTexts(rawParams ?? {}, rawQuery);
      let params: unknown;
      try {
        params = parseWith(op.params, rawParams ?? {}, "(path)");
      } catch {
        throw new ApiProblem("not-found", "Not found");
      }
      const query = parseWith(op.query, rawQuery, "(query)");
      let body: unknown;
      let rawBody: unknown;
      if (op.body) {
        rawBody = await readBody(request, { kind: op.bodyKind ?? "json", required: op.bodyRequired ?? true });
        const value = rawBody === undefined ? {} : rawBody;
        body = op.bodyValidatedBy === "service" ? value : parseWith(op.body, value, "(body)");
      }

      const run = async () => {
        const result = await fn({ actor: actor as HandlerContext<O>["actor"], params, query, body, request, url } as HandlerContext<O>);
        if (result.raw) return { status: result.status ?? 200, body: undefined, headers: result.headers, raw: result.raw };
        // Normalised to plain JSON (dates → strings) so a replay answers byte-for-byte the same.
        return { status: result.status ?? 200, body: result.body === undefined ? undefined : JSON.parse(toJson(result.body)), headers: result.headers };
      };

      // 4. Idempotency-Key (only on operations that create)
      const key = op.idempotent && actor ? idempotencyKeyOf(request) : undefined;
      if (key && actor) {
        const hash = requestHash(request.method, url.pathname + url.search, rawBody ?? {});
        let headers: Record<string, string> | undefined;
        const stored = await withIdempotency(actor.userId, key, hash, async () => {
          const r = await run();
          headers = r.headers;
          return { status: r.status, body: r.body };
        });
        return jsonResponse(stored.status, stored.body, {
          ...extraHeaders,
          ...derivedHeaders(stored.status, stored.body),
          ...(headers ?? {}),
          ...(stored.replayed ? { "idempotent-replayed": "true" } : {}),
        });
      }

      const result: { status: number; body: unknown; headers?: Record<string, string>; raw?: ApiResult["raw"] } = await run();
      if (result.raw)
        return new Response(result.raw.text, {
          status: result.status,
          headers: { "content-type": result.raw.contentType, "cache-control": "no-store", ...extraHeaders, ...(result.headers ?? {}) },
        });
      return jsonResponse(result.status, result.body, { ...extraHeaders, ...derivedHeaders(result.status, result.body), ...(result.headers ?? {}) });
    } catch (e) {
      return withHeaders(toProblemResponse(e, problemCtx), extraHeaders);
    }
  };
  return Object.assign(handler, { operation: op as OperationSpec });
}
