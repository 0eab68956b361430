/**
 * The app that end-to-end tests drive: the real production build (`npm start`) on its own,
 * freshly seeded database — on the test PostgreSQL server when there is one, else on an
 * embedded PGlite in .data/pglite-e2e. Never the development database.
 */
import fs from "node:fs";
import { setEnv } from "@/lib/env";
import { adminQuery, findTestServer, withDatabase } from "@/tests/integration/server";

const port = process.env.E2E_PORT ?? "3100";
const server = await findTestServer();
if (server.kind === "postgres") {
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "cosell_e2e_${port}" WITH (FORCE)`);
  await adminQuery(server.adminUrl, `CREATE DATABASE "cosell_e2e_${port}"`);
  setEnv("DATABASE_URL", withDatabase(server.adminUrl, `cosell_e2e_${port}`));
} else {
  fs.rmSync(`.data/pglite-e2e-${port}`, { recursive: true, force: true });
  setEnv("PGLITE_DIR", `.data/pglite-e2e-${port}`);
  setEnv("PGLITE_PORT", String(Number(port) + 51230));
}
setEnv("PORT", port);
// Sessions cached by tests/e2e/fixtures.ts belong to the previous run's database.
fs.rmSync(`.data/e2e-sessions-${port}`, { recursive: true, force: true });
// Sign-in throttling stays on, with room for the suite's deliberate failures.
setEnv("LOGIN_MAX_FAILURES", "10");
await import("./start");
