/**
 * The OpenAPI 3.1 document of /api/v1, generated from the operations' zod schemas (the same
 * ones the handlers validate with) by zod 4's own `z.toJSONSchema` (JSON Schema 2020-12,
 * which OpenAPI 3.1 uses as is). Schemas given an `id` with `.meta({ id })` become
 * components; request-side variants get an `Input` suffix where they differ.
 */
import { z } from "zod";
import type { OperationSpec } from "./operation";
import { CSV_BODY_LIMIT, JSON_BODY_LIMIT } from "./body";
import { PROBLEM_BASE, PROBLEM_CONTENT_TYPE, PROBLEM_KINDS } from "./problem";

type Json = Record<string, unknown>;
type Io = "input" | "output";

export type OpenApiInfo = { title: string; version: string; description: string };

class SchemaCollector {
  readonly components: Record<string, Json> = {};

  /** JSON Schema of `schema` with named sub-schemas moved to components and referenced. */
  convert(schema: z.ZodType, io: Io, request = io === "input"): Json {
    const raw = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", reused: "inline", cycles: "ref" }) as Json;
    const { $schema: _ignored, $defs, ...rest } = raw;
    const rename = (id: string) => (request ? `${id}Input` : id);
    const defs = ($defs ?? {}) as Record<string, Json>;
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (!node || typeof node !== "object") return node;
      const out: Json = {};
      for (const [k, v] of Object.entries(node as Json)) {
        if (k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")) out[k] = `#/components/schemas/${this.nameFor(v.slice(8), defs, rename)}`;
        else out[k] = rewrite(v);
      }
      return out;
    };
    for (const id of Object.keys(defs)) this.add(this.nameFor(id, defs, rename), rewrite(defs[id]) as Json);
    return rewrite(rest) as Json;
  }

  private nameFor(id: string, defs: Record<string, Json>, rename: (id: string) => string): string {
    if (rename(id) === id) return id;
    // An input variant identical to the output one shares its component.
    const out = this.components[id];
    if (out && JSON.stringify(out) === JSON.stringify(defs[id])) return id;
    return rename(id);
  }

  private add(name: string, schema: Json) {
    if (!this.components[name]) this.components[name] = schema;
  }
}

const ProblemSchema: Json = {
  type: "object",
  description: `RFC 9457 problem details. \`type\` is ${PROBLEM_BASE}<kind>.`,
  required: ["type", "title", "status"],
  properties: {
    type: { type: "string", enum: Object.keys(PROBLEM_KINDS).map((k) => PROBLEM_BASE + k) },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      description: "Validation: every broken field, `path` dotted (e.g. `customer.websiteUrl`).",
      items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } },
    },
    current: { description: "Stale version: the resource as it is now." },
    errorId: { type: "string", description: "500 only: quote it when reporting the problem." },
  },
};

const COMMON_PROBLEMS: Record<number, string> = {
  400: "Invalid input (`/validation`, every broken field in `errors`) or malformed JSON (`/malformed-json`).",
  401: "No token, or a malformed, unknown or revoked token, or the token's user is inactive (`/unauthorized`).",
  403: "The actor can see the object but their role may not do this (`/forbidden`).",
  404: "No such object, or the actor may not see it (`/not-found`).",
  409: "Not allowed in the object's current state (`/invalid-transition`), a stale `version` (`/stale-version`, with `current`), or the Idempotency-Key is in use by a running request (`/idempotency-key-in-use`).",
  413: `Body too large (\`/payload-too-large\`): JSON at most ${JSON_BODY_LIMIT / 1048576} MB, CSV at most ${CSV_BODY_LIMIT / 1048576} MB.`,
  415: "The body is not `application/json` (or `text/csv` for imports) in UTF-8 (`/unsupported-media-type`).",
  422: "The Idempotency-Key was already used for a different request (`/idempotency-key-reuse`).",
  429: "Rate limited (`/rate-limited`); `Retry-After` gives the seconds to wait.",
  500: "Unexpected server error (`/internal`), logged with `errorId`.",
};

function problemResponse(status: number): Json {
  const headers: Json = {};
  if (status === 429) headers["Retry-After"] = { description: "Seconds to wait.", schema: { type: "integer" } };
  if (status === 401) headers["WWW-Authenticate"] = { schema: { type: "string" } };
  return {
    description: COMMON_PROBLEMS[status] ?? "Problem",
    ...(Object.keys(headers).length ? { headers } : {}),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } },
  };
}

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query", collector: SchemaCollector): Json[] {
  if (!schema) return [];
  const json = collector.convert(schema, "input");
  const props = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    const isArray = rest.type === "array" || (Array.isArray(rest.anyOf) && (rest.anyOf as Json[]).some((x) => x.type === "array"));
    return {
      name,
      in: where,
      required: where === "path" ? true : required.has(name) && rest.default === undefined,
      ...(description ? { description } : {}),
      schema: rest,
      ...(isArray ? { style: "form", explode: true } : {}),
    };
  });
}

export function buildOpenApi(operations: readonly OperationSpec[], info: OpenApiInfo): Json {
  const collector = new SchemaCollector();
  const paths: Record<string, Record<string, Json>> = {};
  const tags = new Set<string>();
  // Responses first, so that a request-side schema identical to a response one shares its component.
  for (const op of operations) for (const r of Object.values(op.responses)) if (r.schema) collector.convert(r.schema, r.io ?? "output", false);
  for (const op of operations) {
    op.tags.forEach((t) => tags.add(t));
    const authenticated = op.auth !== false;
    const parameters = [...parametersOf(op.params, "path", collector), ...parametersOf(op.query, "query", collector)];
    if (op.idempotent)
      parameters.push({
        name: "Idempotency-Key",
        in: "header",
        required: false,
        description: "Any unique string (e.g. a UUID). Repeating the request with the same key and body returns the first result and creates nothing (24 h).",
        schema: { type: "string", minLength: 1, maxLength: 255 },
      });
    const responses: Json = {};
    for (const [status, r] of Object.entries(op.responses)) {
      responses[status] = {
        description: r.description,
        ...(r.schema ? { content: { [r.contentType ?? "application/json"]: { schema: collector.convert(r.schema, r.io ?? "output", false) } } } : {}),
      };
    }
    const problems = new Set<number>([500, ...(op.problems ?? [])]);
    if (authenticated) [401, 429].forEach((s) => problems.add(s));
    if (op.query || op.body) problems.add(400);
    if (op.body) [413, 415].forEach((s) => problems.add(s));
    if (op.idempotent) [409, 422].forEach((s) => problems.add(s));
    for (const s of [...problems].sort()) if (!responses[s]) responses[s] = { $ref: `#/components/responses/Problem${s}` };

    const operation: Json = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [...op.tags],
      ...(parameters.length ? { parameters } : {}),
      ...(op.body
        ? {
            requestBody: {
              required: op.bodyRequired ?? true,
              content:
                op.bodyKind === "csv"
                  ? { "text/csv": { schema: { type: "string" } } }
                  : { "application/json": { schema: collector.convert(op.body, "input") } },
            },
          }
        : {}),
      responses,
      ...(authenticated ? {} : { security: [] }),
    };
    (paths[op.path] ??= {})[op.method.toLowerCase()] = operation;
  }
  const problemResponses = Object.fromEntries(Object.keys(COMMON_PROBLEMS).map((s) => [`Problem${s}`, problemResponse(Number(s))]));
  return {
    openapi: "3.1.0",
    info,
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/api/v1" }],
    security: [{ bearerAuth: [] }],
    tags: [...tags].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal access token (`cs_…`) from Settings → API tokens or `npm run -s token -- create <email>`." },
      },
      schemas: { Problem: ProblemSchema, ...collector.components },
      responses: problemResponses,
    },
  };
}
