/**
 * Background jobs (pg-boss@10): the minute timer sweep and email delivery.
 * `startJobs()` (server: instrumentation.ts; alone: `npm run worker`), `runSweep(now)`
 * (`npm run -s sweep -- --now <ISO>`).
 */
export { startJobs, jobsEnabled, type Jobs, type JobsOptions } from "./start";
export { runSweep, SWEEPERS, type Sweeper, type SweepSummary, type SweepCounts } from "./sweep";
export { SWEEP_QUEUE, EMAIL_QUEUE, SWEEP_CRON } from "./queues";
export { dispatchEmails } from "./email";
