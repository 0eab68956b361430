/**
 * The raw pools survive the server closing an idle connection (a restart, a failover): the
 * error is logged, not thrown at the process, and the next query gets a fresh connection.
 */
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { limiterPool, pgPool } from "@/lib/db/pool";

// PGlite has one backend for every connection: there is no other backend to terminate.
describe.skipIf(inject("testServer").kind === "pglite")("raw pools", () => {
  for (const [name, pool] of [
    ["raw", pgPool],
    ["rate limits", limiterPool],
  ] as const) {
    it(`${name}: an idle connection closed by the server is replaced`, async () => {
      const { rows } = await pool().query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      await db().$queryRawUnsafe(`SELECT pg_terminate_backend(${Number(rows[0].pid)})`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await pool().query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      expect(again.rows[0].pid).not.toBe(rows[0].pid);
    });
  }
});
