/**
 * Sign-in throttling (issue: 10 failures per 15 minutes per email and per address): counts
 * live in PostgreSQL, block at the limit, clear on success — also with many checks at once
 * (on embedded PGlite every connection shares one session, where named prepared statements
 * of a second connection used to collide). The sign-in itself (`authorizeCredentials`, what
 * Auth.js calls) answers the throttled message with the real remaining minutes.
 */
import { describe, expect, it } from "vitest";
import { clearLoginFailures, loginBlockedFor, recordLoginFailure } from "@/lib/auth/login-throttle";
import { env } from "@/lib/env";
import { createTranslator } from "next-intl";
import { AccountInactive, authorizeCredentials, clientAddress, InvalidCredentials, TooManyAttempts } from "@/lib/auth/credentials";
import auth from "@/messages/en/auth.json";
import { createUser, createWorld, TEST_PASSWORD } from "../factories";

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

describe("sign-in (the `authorize` behind the login form)", () => {
  const catalogue = createTranslator({ locale: "en", messages: { auth } });
  const messageFor = (e: unknown) =>
    e instanceof TooManyAttempts ? catalogue("auth.throttled", { minutes: e.retryAfterMinutes }) : (e as { code?: string }).code;
  const request = (forwardedFor?: string) =>
    new Request("http://localhost/login", forwardedFor ? { headers: { "x-forwarded-for": forwardedFor } } : {});

  it("answers the throttled message with the real remaining minutes once the email reached the limit", async () => {
    const { acme } = await createWorld();
    const user = await createUser(acme.id, { aceRole: "ACE_USER", email: "tries@acme.example" });
    const { LOGIN_MAX_FAILURES: max, LOGIN_WINDOW_SECONDS: window } = env();
    for (let i = 0; i < max; i++) {
      const e = await authorizeCredentials({ email: "tries@acme.example", password: "wrong" }, request(`10.9.0.${i}`)).catch((x) => x);
      expect(e).toBeInstanceOf(InvalidCredentials);
    }
    // Blocked now, even with the right password and another (claimed) address.
    const blocked = await authorizeCredentials({ email: "Tries@Acme.example", password: TEST_PASSWORD }, request("10.9.9.9")).catch(
      (x) => x,
    );
    expect(blocked).toBeInstanceOf(TooManyAttempts);
    expect((blocked as TooManyAttempts).code).toBe("throttled");
    const minutes = Math.ceil(window / 60);
    expect((blocked as TooManyAttempts).retryAfterMinutes).toBe(minutes);
    expect(messageFor(blocked)).toBe(`Too many failed sign-in attempts. Wait ${minutes} minutes and try again.`);
    // Once the failures are cleared (e.g. the window passed), the right password signs in.
    await clearLoginFailures("tries@acme.example");
    expect(await authorizeCredentials({ email: "tries@acme.example", password: TEST_PASSWORD }, request())).toEqual({ id: user.id });
  });

  it("words the wait in minutes, singular and plural, rounding up", () => {
    expect(messageFor(new TooManyAttempts(30))).toBe("Too many failed sign-in attempts. Wait 1 minute and try again.");
    expect(messageFor(new TooManyAttempts(61))).toBe("Too many failed sign-in attempts. Wait 2 minutes and try again.");
    expect(messageFor(new TooManyAttempts(900))).toBe("Too many failed sign-in attempts. Wait 15 minutes and try again.");
  });

  it("does not count per client address unless TRUST_PROXY: X-Forwarded-For is client-supplied", async () => {
    expect(clientAddress(request("203.0.113.7"), false)).toBeNull();
    expect(clientAddress(request(), false)).toBeNull();
    // Behind a proxy: the last entry is the address the proxy saw (earlier ones the client may forge).
    expect(clientAddress(request("198.51.100.1, 203.0.113.7"), true)).toBe("203.0.113.7");
    expect(clientAddress(request(), true)).toBeNull();
    // Without a proxy, failures spread over many emails from one "address" block nobody else.
    const { acme } = await createWorld();
    await createUser(acme.id, { email: "innocent@acme.example" });
    const max = env().LOGIN_MAX_FAILURES;
    for (let i = 0; i < max; i++)
      await authorizeCredentials({ email: `spray${i}@acme.example`, password: "wrong" }, request("10.0.0.1")).catch(() => {});
    expect(await authorizeCredentials({ email: "innocent@acme.example", password: TEST_PASSWORD }, request("10.0.0.1"))).toHaveProperty(
      "id",
    );
  });

  it("tells an inactive user with the right password that the account is deactivated", async () => {
    const { acme } = await createWorld();
    await createUser(acme.id, { email: "gone@acme.example", status: "INACTIVE" });
    const e = await authorizeCredentials({ email: "gone@acme.example", password: TEST_PASSWORD }, request()).catch((x) => x);
    expect(e).toBeInstanceOf(AccountInactive);
  });
});
