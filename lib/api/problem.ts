/**
 * problem+json (RFC 9457) answers of the REST API, exactly as api.md's error table:
 * every expected failure of lib/errors.ts has its status and `type`; anything else is a
 * logged 500 that says nothing about the cause.
 */
import { ForbiddenError, InvalidTransitionError, NotFoundError, RateLimitedError, StaleVersionError, ValidationError, type FieldError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { toJson } from "./json";

export const PROBLEM_BASE = "https://cosell.dev/problems/";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Every `type` the API answers with (the part after PROBLEM_BASE), with its status and title. */
export const PROBLEM_KINDS = {
  validation: { status: 400, title: "Invalid input" },
  "malformed-json": { status: 400, title: "Malformed JSON" },
  unauthorized: { status: 401, title: "Unauthorized" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  "invalid-transition": { status: 409, title: "Not allowed in the current state" },
  "stale-version": { status: 409, title: "Stale version" },
  conflict: { status: 409, title: "Conflict" },
  "idempotency-key-in-use": { status: 409, title: "Idempotency key in use" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "idempotency-key-reuse": { status: 422, title: "Idempotency key reused" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal server error" },
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  current?: unknown;
  [extension: string]: unknown;
};

/** A failure found by the API layer itself (auth, body, headers): answered as its problem. */
export class ApiProblem extends Error {
  constructor(
    public readonly kind: ProblemKind,
    detail: string,
    public readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; [k: string]: unknown } = {},
  ) {
    super(detail);
    this.name = "ApiProblem";
  }
}

export function problemBody(kind: ProblemKind, detail?: string, extra: Record<string, unknown> = {}): Problem {
  const { status, title } = PROBLEM_KINDS[kind];
  return { type: PROBLEM_BASE + kind, title, status, ...(detail ? { detail } : {}), ...extra };
}

export function problemResponse(kind: ProblemKind, detail?: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  const body = problemBody(kind, detail, extra);
  return new Response(toJson(body), {
    status: body.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...headers },
  });
}

export type ProblemContext = {
  method: string;
  path: string;
  /** Maps a StaleVersionError's `current` (a service object) to the resource's API shape. */
  current?: (value: unknown) => unknown;
};

function isPrismaKnownError(e: unknown): e is { code: string; name: string } {
  return !!e && typeof e === "object" && (e as { name?: unknown }).name === "PrismaClientKnownRequestError" && typeof (e as { code?: unknown }).code === "string";
}

/** Any thrown value → its problem response (unexpected ones logged, answered 500). */
export function toProblemResponse(e: unknown, ctx: ProblemContext): Response {
  if (e instanceof ApiProblem) {
    const { headers, ...extra } = e.extra;
    return problemResponse(e.kind, e.message, extra, headers ?? {});
  }
  if (e instanceof ValidationError) return problemResponse("validation", e.message, { errors: e.errors });
  if (e instanceof NotFoundError) return problemResponse("not-found", e.message);
  if (e instanceof ForbiddenError) return problemResponse("forbidden", e.message);
  if (e instanceof StaleVersionError) {
    let current: unknown = e.current ?? null;
    try {
      if (current !== null && ctx.current) current = ctx.current(current);
    } catch (mapError) {
      logger.error("api stale-version mapping failed", { method: ctx.method, path: ctx.path, error: String(mapError) });
      current = null;
    }
    return problemResponse("stale-version", e.message, { current });
  }
  if (e instanceof InvalidTransitionError) return problemResponse("invalid-transition", e.message, e.errors?.length ? { errors: e.errors } : {});
  if (e instanceof RateLimitedError) {
    const retry = String(Math.max(1, Math.ceil(e.retryAfterSeconds)));
    return problemResponse("rate-limited", e.message, {}, { "retry-after": retry });
  }
  // Safety nets: database constraint failures are about the request's data, not our bug.
  if (isPrismaKnownError(e) && e.code === "P2002") {
    logger.warn("api unique constraint", { method: ctx.method, path: ctx.path });
    return problemResponse("conflict", "This conflicts with an existing record.");
  }
  if (isPrismaKnownError(e) && e.code === "P2025") return problemResponse("not-found", "Not found");
  const errorId = crypto.randomUUID();
  logger.error("api request failed", {
    errorId,
    method: ctx.method,
    path: ctx.path,
    error: e instanceof Error ? (e.stack ?? e.message) : String(e),
  });
  return problemResponse("internal", "Something went wrong on our side. Please try again later.", { errorId });
}
