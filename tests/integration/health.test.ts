/**
 * GET /api/health (issue: Health; Bad input "a database outage … a failing health check,
 * never a stack trace"): 200 with the database up, 503 and a plain status when it is not.
 */
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { connect } from "@/lib/db";

const holder = globalThis as unknown as { __cosellDb?: unknown };

describe("GET /api/health", () => {
  let saved: unknown;
  afterEach(() => {
    if (saved) holder.__cosellDb = saved;
    saved = undefined;
  });

  it("reports the app and the database as ok", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", app: "ok", database: "ok" });
    expect(typeof body.latencyMs).toBe("number");
  });

  it("answers 503 with the database unavailable, without internals", async () => {
    saved = holder.__cosellDb;
    // Nothing listens on port 1: every query fails to connect.
    const unreachable = connect("postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=2");
    holder.__cosellDb = unreachable;
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ status: "degraded", app: "ok", database: "unavailable" });
      expect(text).not.toMatch(/ECONNREFUSED|at .*\.ts|stack/i);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
