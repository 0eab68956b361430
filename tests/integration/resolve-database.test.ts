/**
 * `npm start` with DATABASE_URL naming a database that does not exist yet creates it (as
 * `createdb` would); an unreachable server is one clear sentence, not a driver stack trace.
 */
import { describe, expect, inject, it } from "vitest";
import { DatabaseUnavailableError, ensureDatabase } from "@/lib/db/resolve";
import { freePort } from "@/lib/db/embedded";
import { adminQuery, withDatabase } from "./server";

describe("ensureDatabase", () => {
  const server = inject("testServer");

  it.skipIf(server.kind === "pglite")("creates a missing database once, then finds it", async () => {
    if (server.kind !== "postgres") return;
    const name = `cosell_test_ensure_${process.pid}`;
    const url = withDatabase(server.adminUrl, name);
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}"`);
    try {
      expect(await ensureDatabase(url)).toBe("created");
      expect(await ensureDatabase(url)).toBe("exists");
      const rows = await adminQuery(server.adminUrl, `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
      expect(rows.rowCount).toBe(1);
    } finally {
      await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it("names the server it cannot reach and what to check", async () => {
    const port = await freePort();
    const attempt = ensureDatabase(`postgresql://postgres@127.0.0.1:${port}/cosell`);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(`Cannot reach the PostgreSQL database at 127.0.0.1:${port}/cosell`);
  });
});
