/**
 * Authors a migration: `npm run db:migration:new <name>`.
 * Diffs the schema recorded at the last migration (prisma/migrations/schema.snapshot.prisma)
 * against prisma/schema.prisma with `prisma migrate diff` (works offline), writes
 * prisma/migrations/<timestamp>_<name>/migration.sql and updates the snapshot.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration:new <snake_case_name>");
  process.exit(2);
}
const dir = path.resolve("prisma/migrations");
const snapshot = path.join(dir, "schema.snapshot.prisma");
const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  "node_modules/.bin/prisma",
  ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
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
