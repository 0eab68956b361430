/**
 * Authors a migration: `npm run db:migration:new <name>`.
 * Diffs the schema recorded at the last migration (prisma/migrations/schema.snapshot.prisma)
 * against prisma/schema.prisma with `prisma migrate diff` (works offline), writes
 * prisma/migrations/<timestamp>_<name>/migration.sql and updates the snapshot.
 * Prisma's WebAssembly schema engine reaches PostgreSQL through the driver adapter even to
 * diff two schema files, so without DATABASE_URL a throwaway in-memory PGlite serves it.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { env } from "@/lib/env";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration:new <snake_case_name>");
  process.exit(2);
}
const dir = path.resolve("prisma/migrations");
const snapshot = path.join(dir, "schema.snapshot.prisma");
const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const scratch = env().DATABASE_URL ? null : await startEmbeddedPostgres({ port: 0 });
let sql: string;
try {
  const result = await promisify(execFile)(
    "node_modules/.bin/prisma",
    ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: env().DATABASE_URL ?? scratch!.url }, maxBuffer: 64 * 1024 * 1024 },
  );
  sql = result.stdout;
} finally {
  await scratch?.stop();
}
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("No schema changes: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, "migration.sql"), sql);
fs.copyFileSync("prisma/schema.prisma", snapshot);
console.log(`Wrote ${path.relative(process.cwd(), target)}/migration.sql`);
