/**
 * `npm run worker`: the background jobs alone (the minute timer sweep, email delivery), for
 * running them apart from the web servers (then start those with JOBS_ENABLED=false) or in
 * addition to them — any number of instances may run. Uses DATABASE_URL (or the embedded
 * PostgreSQL, like `npm start`), applies pending migrations, stops cleanly on SIGINT/SIGTERM.
 */
import { resolveDatabase } from "@/lib/db/resolve";
import { runMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { startJobs } from "@/lib/jobs/start";

env(); // malformed settings (e.g. SMTP_PORT) stop the worker here, with the variable's name
const database = await resolveDatabase();
console.log(`Database: ${database.description}`);
await runMigrations(database.url, { log: (l) => console.log(`  migration ${l}`) });
const jobs = await startJobs();
console.log("Worker running: timer sweep every minute, email delivery. Ctrl+C stops it.");

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the worker…`);
  await jobs.stop().catch((e) => console.error(e));
  await database.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
