/**
 * `npm start` (production build) / `npm run dev` (next dev): the portal in one command.
 * 1. Database: DATABASE_URL, or the embedded PostgreSQL (PGlite) in .data/pglite.
 * 2. Migrations, then the demo data (skipped when the database holds real organisations,
 *    and with NODE_ENV=production unless `--seed` is given; `--no-seed` always skips it).
 * 3. AUTH_SECRET: taken from the environment, or generated once into .data/auth-secret.
 * 4. `next build` when there is no build of the current sources, then `next start`.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { env, InvalidEnvError, setEnv } from "@/lib/env";
import { connect } from "@/lib/db";
import { DatabaseUnavailableError, resolveDatabase } from "@/lib/db/resolve";
import { runMigrations } from "@/lib/db/migrate";
import { NonDemoDatabaseError, seedDemo } from "@/prisma/seed/run";

/** A mistake in how the portal was started: the message alone, no stack trace. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let values: { dev: boolean; seed: boolean; "no-seed": boolean };
try {
  ({ values } = parseArgs({
    options: {
      dev: { type: "boolean", default: false },
      /** Load the demo data even with NODE_ENV=production. */
      seed: { type: "boolean", default: false },
      "no-seed": { type: "boolean", default: false },
    },
  }));
} catch (e) {
  fail(`${(e as Error).message}\nUsage: npm start [-- --seed | --no-seed]   (npm run dev takes the same flags)`);
}
if (values.seed && values["no-seed"]) fail("Use either --seed or --no-seed, not both.");

// Validate the whole configuration before touching anything (e.g. SMTP_PORT=abc).
try {
  env();
} catch (e) {
  if (e instanceof InvalidEnvError) fail(e.message);
  throw e;
}

/** The demo users share a published password: a production database gets them only on request. */
function seedDecision(): { seed: true } | { seed: false; reason: string } {
  if (values["no-seed"]) return { seed: false, reason: "--no-seed" };
  if (env().NODE_ENV === "production" && !values.seed)
    return { seed: false, reason: "NODE_ENV=production (the demo users have a known password; pass --seed to load them anyway)" };
  return { seed: true };
}

setEnv("NEXT_TELEMETRY_DISABLED" as never, "1");

function ensureAuthSecret() {
  if (env().AUTH_SECRET) return;
  const file = path.resolve(".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  setEnv("AUTH_SECRET", fs.readFileSync(file, "utf8").trim());
}

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "generated" || entry.name.startsWith(".")) continue;
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  ["app", "components", "lib", "messages", "public"].forEach(walk);
  for (const f of ["next.config.ts", "package-lock.json", "postcss.config.mjs"])
    if (fs.existsSync(f)) newest = Math.max(newest, fs.statSync(f).mtimeMs);
  return newest;
}

function ensureBuild() {
  const buildId = path.resolve(".next/BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceMtime()) return;
  console.log("Building the portal (first start or sources changed)…");
  const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const database = await resolveDatabase().catch((e: unknown) =>
  e instanceof DatabaseUnavailableError ? fail(e.message) : Promise.reject(e),
);
console.log(`Database: ${database.description}`);
await runMigrations(database.url, { log: (l) => console.log(`  migration ${l}`) });
const seeding = seedDecision();
if (!seeding.seed) console.log(`Demo data not loaded: ${seeding.reason}.`);
else {
  const db = connect(database.url);
  try {
    await seedDemo(db);
    console.log("Demo data is in place (sign in as lead@acme.example / demo-password).");
  } catch (e) {
    if (e instanceof NonDemoDatabaseError) console.log(`Demo data skipped: ${e.message}`);
    else throw e;
  } finally {
    await db.$disconnect();
  }
}
ensureAuthSecret();
if (!values.dev) ensureBuild();

const port = String(env().PORT);
const child = spawn("npx", ["next", values.dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: process.env });
console.log(`Portal: http://localhost:${port}`);
const stop = async (code: number) => {
  await database.stop().catch(() => {});
  process.exit(code);
};
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    child.kill(sig);
  });
child.on("exit", (code) => void stop(code ?? 0));
