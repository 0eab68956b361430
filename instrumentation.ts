/**
 * Next.js calls `register()` once when a server process starts. In the Node.js runtime it
 * starts the background jobs (lib/jobs: the minute timer sweep and email delivery) unless
 * JOBS_ENABLED=false; `npm run worker` runs the same jobs in a process of its own.
 */
export async function register() {
  // Next sets NEXT_RUNTIME; testing the literal lets the edge bundle drop the jobs code.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobsInServer } = await import("./lib/jobs/server");
  await startJobsInServer();
}
