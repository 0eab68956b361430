import type { ImportView } from "@/lib/data/imports";
import type { ImportJobView } from "@/components/opportunities/import/types";

/** At most this many problems go to the page; the downloadable report has all of them. */
export const SHOWN_PROBLEMS = 500;

/** The service's view → what the page shows (no problem list while running; a bounded one after). */
export function toJobView(job: ImportView): ImportJobView {
  return {
    ...job,
    errors: job.status === "RUNNING" ? [] : job.errors.slice(0, SHOWN_PROBLEMS),
    errorCount: job.errors.length,
  };
}
