/**
 * Bulk import of ACE opportunities from CSV (domain.md §2.10, api.md `POST /imports/opportunities`,
 * `GET /imports/{id}`). Pages, server actions and the REST API call these.
 *
 * - `startOpportunityImport(actor, { fileName, content, mode })` → `{ id, reused }`: checks the
 *   file, commits the job RUNNING, processes the rows in the background.
 * - `getImport(actor, id)` → status, progress and the per-row report (the actor's organisation only).
 * - `importReportCsv(actor, id)` → the report as CSV; `listImports(actor)` → recent imports.
 */
export * from "./contract";
export { startOpportunityImport } from "./start";
export { getImport, listImports, importReportCsv, IMPORT_STALE_AFTER_MS } from "./read";
export { whenImportSettled, IMPORT_CHUNK_SIZE } from "./process";
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/parse-csv";
