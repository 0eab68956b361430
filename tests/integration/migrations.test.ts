import { execFile } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { runMigrations } from "@/lib/db/migrate";
import { createScratchDatabase } from "./server";

/** A comparable description of a database's schema, read from the catalogs. */
async function describeSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows.map((r) => JSON.stringify(r)).sort();
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_app_migrations'`),
      indexes: await q(
        `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_app_migrations'`,
      ),
      constraints: await q(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_app_migrations'`),
      enums: await q(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid`),
    };
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("describe exactly the database that schema.prisma describes", async () => {
    const server = inject("testServer");
    const migrated = await createScratchDatabase(server, `cosell_mig_a_${process.pid}`, { migrated: false });
    const fromSchema = await createScratchDatabase(server, `cosell_mig_b_${process.pid}`, { migrated: false });
    try {
      await runMigrations(migrated.url);
      // Asynchronously: with embedded PGlite the database is served by this very process.
      const { stdout: script } = await promisify(execFile)(
        "node_modules/.bin/prisma",
        ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
        { encoding: "utf8", env: { ...process.env, DATABASE_URL: fromSchema.url }, maxBuffer: 64 * 1024 * 1024 },
      );
      const client = new pg.Client({ connectionString: fromSchema.url });
      await client.connect();
      await client.query(script);
      // Partial unique indexes schema.prisma cannot express; the migrations create them too.
      await client.query(fs.readFileSync("prisma/partial-indexes.sql", "utf8"));
      await client.end();
      expect(await describeSchema(migrated.url)).toEqual(await describeSchema(fromSchema.url));
    } finally {
      await migrated.drop();
      await fromSchema.drop();
    }
  }, 180_000);

  // Advisory locks belong to PostgreSQL sessions; embedded PGlite has a single session shared
  // by every connection (and only one process may own its data folder), so this race needs a
  // real server.
  it.skipIf(inject("testServer").kind === "pglite")("applies each migration once even when two processes start together", async () => {
    const server = inject("testServer");
    const scratch = await createScratchDatabase(server, `cosell_mig_c_${process.pid}`, { migrated: false });
    try {
      const [a, b] = await Promise.all([runMigrations(scratch.url), runMigrations(scratch.url)]);
      expect(a.applied.length + b.applied.length).toBeGreaterThan(0);
      expect([a.applied.length, b.applied.length].filter((n) => n === 0)).toHaveLength(1);
      const again = await runMigrations(scratch.url);
      expect(again.applied).toEqual([]);
    } finally {
      await scratch.drop();
    }
  });
});
