/**
 * `npm run -s token -- create <email>` (scripts/token.ts), run as a child process against
 * this test file's database: prints only the token, which then authenticates.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { API_TOKEN_PATTERN } from "@/lib/data/tokens";
import { GET as me } from "@/app/api/v1/me/route";
import { createOrganization, createUser } from "../factories";
import { call } from "../api/client";

const run = promisify(execFile);

async function tokenScript(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/token.ts", ...args], {
      env: { ...process.env, DATABASE_URL: env().DATABASE_URL, LOG_LEVEL: "error" },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : 1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

describe("token script", () => {
  it("prints one token line for an active user, which authenticates as them", async () => {
    const acme = await createOrganization({ name: "Acme" });
    const lead = await createUser(acme.id, { email: "lead@acme.example", aceRole: "ALLIANCE_LEAD" });
    const out = await tokenScript("create", "Lead@Acme.example");
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const lines = out.stdout.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe("");
    expect(lines[0]).toMatch(API_TOKEN_PATTERN);
    const res = await call(me, "/me", { token: lines[0] });
    expect(res.status).toBe(200);
    expect(res.json.id).toBe(lead.id);
    expect(await db().apiToken.count({ where: { userId: lead.id } })).toBe(1);
  }, 120_000);

  it("exits 2 with a message on stderr for an unknown or inactive email, and for bad usage", async () => {
    const acme = await createOrganization({ name: "Acme" });
    await createUser(acme.id, { email: "gone@acme.example", status: "INACTIVE" });
    for (const email of ["nobody@acme.example", "gone@acme.example"]) {
      const out = await tokenScript("create", email);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(/No active user/);
    }
    const usage = await tokenScript("delete", "x@y.z");
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage/);
    expect(await db().apiToken.count()).toBe(0);
  }, 120_000);
});
