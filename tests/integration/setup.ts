/**
 * Per test file: a fresh migrated database of its own; every table emptied before each test.
 */
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { setEnv } from "@/lib/env";
import { createScratchDatabase, type ScratchDatabase } from "./server";

let scratch: ScratchDatabase;

beforeAll(async () => {
  const name = `cosell_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  scratch = await createScratchDatabase(inject("testServer"), name, { migrated: true });
  setEnv("DATABASE_URL", scratch.url);
  setEnv("DATABASE_POOL_MAX", "5");
});

beforeEach(async () => {
  const { db } = await import("@/lib/db");
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_app_migrations'`;
  if (tables.length) await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  const { closePools } = await import("@/lib/db/pool");
  await closePools();
  await scratch?.drop();
});
