/**
 * One REST operation = its method, path, the zod schemas it validates with and what it
 * answers. lib/api/v1/*.ts define them; the route handlers under app/api/v1 serve them
 * through lib/api/handler.ts; lib/api/openapi.ts turns the same definitions into the
 * OpenAPI document. tests/integration/api-openapi.test.ts checks both sides match.
 */
import type { z } from "zod";
import type { BodyKind } from "./body";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type ResponseSpec = {
  description: string;
  /** Document the schema's input side (e.g. resources that reuse a request body's field schemas). */
  io?: "input" | "output";
  /** The JSON body's schema (output side); none for 204 or non-JSON answers. */
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
};

export type OperationSpec = {
  operationId: string;
  method: HttpMethod;
  /** Below /api/v1, OpenAPI style: `/opportunities/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  /** Default true: a bearer token is required (and the rate limit applies). */
  auth?: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Default "json". */
  bodyKind?: BodyKind;
  /** Default true when `body` is given. An absent optional body is parsed as `{}`. */
  bodyRequired?: boolean;
  /**
   * "service": the handler passes the JSON body on unparsed (still size-, media-type- and
   * JSON-checked) because the service validates it with `body` plus rules that need the
   * database or the actor, reporting every broken field at once. `body` then documents it.
   */
  bodyValidatedBy?: "handler" | "service";
  /** Accepts an `Idempotency-Key` header (POST that creates something). */
  idempotent?: boolean;
  responses: Record<number, ResponseSpec>;
  /** Problem statuses this operation may answer besides the common ones (400, 401, 413, 415, 429, 500). */
  problems?: readonly number[];
};

/** Identity function that keeps the literal types of a definition. */
export function defineOperation<const O extends OperationSpec>(op: O): O {
  return op;
}

/** `/opportunities/{id}` → the Next route folder `opportunities/[id]`. */
export function routeFolderOf(path: string): string {
  return path.replace(/^\//, "").replace(/\{([^}]+)\}/g, "[$1]");
}
