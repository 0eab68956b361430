/**
 * Calls /api/v1 route handlers in-process, the way Next.js would: `new Request(...)` plus
 * the route's params. No server needed.
 */
import { expect } from "vitest";
import type { z } from "zod";
import { createApiTokenForEmail } from "@/lib/data/tokens";
import type { RouteHandler } from "@/lib/api/handler";

export const BASE = "http://localhost:3000/api/v1";

export type CallOptions = {
  token?: string | null;
  /** JSON-encoded unless a string is given. */
  body?: unknown;
  headers?: Record<string, string>;
  params?: Record<string, string>;
};

export type ApiResponse<T = unknown> = { status: number; headers: Headers; json: T; text: string };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed JSON
export async function call<T = any>(handler: RouteHandler, path: string, opts: CallOptions = {}): Promise<ApiResponse<T>> {
  const method = handler.operation.method;
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
  }
  const request = new Request(`${BASE}${path}`, { method, headers, body });
  const res = await handler(request, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json: json as T, text };
}

export async function tokenFor(user: { email: string }, name = "test"): Promise<string> {
  return (await createApiTokenForEmail(user.email, name)).token;
}

/** Asserts an api.md problem+json answer. */
export function expectProblem(res: ApiResponse, status: number, kind: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(res.json).toMatchObject({ type: `https://cosell.dev/problems/${kind}`, status, title: expect.any(String) });
}

/** Asserts a 2xx answer and that its body matches the operation's documented response schema. */
export function expectContract<T>(res: ApiResponse<T>, status: number, schema: z.ZodType | undefined): T {
  expect(res.status, res.text).toBe(status);
  if (!schema) return res.json as T;
  const parsed = schema.safeParse(res.json);
  expect(parsed.success ? [] : parsed.error.issues, "response matches the documented schema").toEqual([]);
  return res.json as T;
}

/** The response schema an operation documents for a status. */
export function responseSchema(handler: RouteHandler, status: number): z.ZodType | undefined {
  return handler.operation.responses[status]?.schema;
}
