/**
 * The jobs inside the Next server process (called from `instrumentation.ts`): started once
 * per process (dev reloads keep the same instance), stopped on SIGTERM/SIGINT.
 *
 * The environment is validated first and an invalid one stops the start (e.g. a malformed
 * SMTP_PORT). A database that cannot be reached is not fatal: the web server keeps serving,
 * the failure is logged and the start is retried every minute.
 */
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { jobsEnabled, startJobs, type Jobs } from "./start";

const RETRY_MS = 60_000;
const g = globalThis as unknown as { __cosellJobs?: { jobs: Jobs | null; started: boolean } };

export async function startJobsInServer(): Promise<void> {
  if (g.__cosellJobs?.started) return;
  const e = env();
  if (e.NEXT_PHASE === "phase-production-build" || !jobsEnabled()) return;
  const state = (g.__cosellJobs = { jobs: null as Jobs | null, started: true });
  let retry: ReturnType<typeof setTimeout> | undefined;
  let stopping = false;

  const attempt = async () => {
    try {
      state.jobs = await startJobs();
    } catch (error) {
      logger.error("background jobs could not start; retrying in a minute", {
        error: error instanceof Error ? error.message : String(error),
      });
      if (!stopping) retry = setTimeout(() => void attempt(), RETRY_MS);
      retry?.unref?.();
    }
  };
  const shutdown = () => {
    stopping = true;
    clearTimeout(retry);
    void state.jobs?.stop().catch((error) => logger.error("stopping jobs failed", { error: String(error) }));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  await attempt();
}
