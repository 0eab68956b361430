/**
 * Sign-in throttling (issue: 10 failures per 15 minutes per email and per address): counts
 * live in PostgreSQL, block at the limit, clear on success — also with many checks at once
 * (on embedded PGlite every connection shares one session, where named prepared statements
 * of a second connection used to collide).
 */
import { describe, expect, it } from "vitest";
import { clearLoginFailures, loginBlockedFor, recordLoginFailure } from "@/lib/auth/login-throttle";
import { env } from "@/lib/env";

describe("login throttle", () => {
  it("blocks an email after the allowed failures and clears on success", async () => {
    const max = env().LOGIN_MAX_FAILURES;
    expect(await loginBlockedFor("a@x.example", "10.0.0.1")).toBe(0);
    for (let i = 0; i < max; i++) await recordLoginFailure("a@x.example", `10.0.1.${i}`);
    expect(await loginBlockedFor("A@X.example", "10.0.9.9")).toBeGreaterThan(0);
    // Another email from a fresh address is not affected.
    expect(await loginBlockedFor("b@x.example", "10.0.9.9")).toBe(0);
    await clearLoginFailures("a@x.example");
    expect(await loginBlockedFor("a@x.example", "10.0.9.9")).toBe(0);
  });

  it("blocks an address after the allowed failures across emails", async () => {
    const max = env().LOGIN_MAX_FAILURES;
    for (let i = 0; i < max; i++) await recordLoginFailure(`u${i}@y.example`, "10.1.0.1");
    expect(await loginBlockedFor("someone@y.example", "10.1.0.1")).toBeGreaterThan(0);
  });

  it("answers many concurrent checks and failures", async () => {
    const emails = Array.from({ length: 30 }, (_, i) => `c${i}@z.example`);
    await Promise.all(emails.map((e, i) => recordLoginFailure(e, `10.2.0.${i}`)));
    const waits = await Promise.all(emails.map((e, i) => loginBlockedFor(e, `10.2.0.${i}`)));
    expect(waits.every((w) => w === 0)).toBe(true);
  });
});
