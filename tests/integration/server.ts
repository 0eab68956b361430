/**
 * Where integration tests get PostgreSQL. In order: TEST_DATABASE_URL; the server of
 * DATABASE_URL; a server on 127.0.0.1:5432; otherwise embedded PGlite (a newcomer's
 * laptop). Tests never use the development database itself: each test file gets a fresh
 * database of its own.
 */
import pg from "pg";
import { env } from "@/lib/env";
import { isListening, startEmbeddedPostgres } from "@/lib/db/embedded";
import { runMigrations } from "@/lib/db/migrate";

/** Each run migrates its own template, so concurrent runs on one server do not collide. */
export const templateDbName = () => `cosell_test_template_${process.pid}`;

export type TestServer = { kind: "postgres"; adminUrl: string; templateDb?: string } | { kind: "pglite" };

export async function findTestServer(): Promise<TestServer> {
  const e = env();
  const explicit = e.TEST_DATABASE_URL ?? e.DATABASE_URL;
  if (explicit) return { kind: "postgres", adminUrl: withDatabase(explicit, "postgres") };
  if (await isListening(5432)) return { kind: "postgres", adminUrl: "postgresql://postgres@127.0.0.1:5432/postgres" };
  return { kind: "pglite" };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

/** A new, empty database (migrated from the template when `migrated`). */
export async function createScratchDatabase(server: TestServer, name: string, opts: { migrated: boolean }): Promise<ScratchDatabase> {
  if (server.kind === "pglite") {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    if (opts.migrated) await runMigrations(embedded.url);
    return { url: embedded.url, drop: embedded.stop };
  }
  const safe = name.replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${safe}" WITH (FORCE)`);
  await adminQuery(server.adminUrl, `CREATE DATABASE "${safe}"${opts.migrated ? ` TEMPLATE "${server.templateDb ?? templateDbName()}"` : ""}`);
  return {
    url: withDatabase(server.adminUrl, safe),
    drop: () => adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${safe}" WITH (FORCE)`).then(() => {}),
  };
}
