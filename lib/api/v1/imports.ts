/**
 * Bulk import and export (api.md "Bulk import and export"): a CSV file of opportunities
 * imported in the background (`POST /imports/opportunities` → 202, `GET /imports/{id}`), and
 * the opportunity list as CSV with the list's filters (`GET /opportunities/export.csv`).
 */
import { z } from "zod";
import { IMPORT_MODES } from "@/lib/data/imports";
import { defineOperation } from "../operation";
import { IdSchema, TimestampSchema } from "./common";
import { OpportunityListQuery } from "./opportunities";

const TAGS = ["Bulk import and export"] as const;

export const ImportQuery = z.strictObject({
  mode: z.enum(IMPORT_MODES, { error: "Use VALID_ROWS or ALL_OR_NOTHING" }).meta({
    description: "`VALID_ROWS`: import the valid rows, report the others; `ALL_OR_NOTHING`: import only if every row is valid.",
  }),
  fileName: z
    .string()
    .max(255, "At most 255 characters")
    .optional()
    .meta({ description: "Shown in the import history; default import.csv." }),
});

export const startImport = defineOperation({
  operationId: "startOpportunityImport",
  method: "POST",
  path: "/imports/opportunities",
  summary: "Import opportunities from CSV",
  description:
    "The body is the CSV file (`text/csv`, UTF-8, at most 20 MB and 10,000 rows; the bulk-import template's columns). The file is checked as a whole first (a broken header or encoding is a 400 at `file`); its rows are then processed in the background: poll `GET /imports/{id}`. The same file uploaded again creates nothing new and answers the earlier import's id. Accepts `Idempotency-Key`.",
  tags: TAGS,
  query: ImportQuery,
  body: z.string().meta({ description: "The CSV file." }),
  bodyKind: "csv",
  bodyValidatedBy: "service",
  idempotent: true,
  responses: {
    202: {
      description: "Accepted: the import runs.",
      schema: z
        .object({
          id: IdSchema,
          reused: z.boolean().meta({ description: "True when this file was already imported: `id` is that import." }),
        })
        .meta({ id: "ImportStarted" }),
    },
  },
  problems: [403],
});

export const ImportSchema = z
  .object({
    id: IdSchema,
    status: z.enum(["RUNNING", "DONE", "FAILED"]),
    mode: z.enum(IMPORT_MODES),
    fileName: z.string(),
    total: z.number().int().meta({ description: "Data rows in the file." }),
    processed: z.number().int(),
    created: z.number().int(),
    errors: z
      .array(z.object({ row: z.number().int(), path: z.string(), message: z.string() }))
      .meta({ description: "Row problems; row 2 is the first data row." }),
    rowsWithErrors: z.number().int(),
    message: z.string().nullable().meta({ description: "Why a FAILED import stopped." }),
    createdBy: z.object({ id: IdSchema, name: z.string() }).nullable(),
    createdAt: TimestampSchema,
    finishedAt: TimestampSchema.nullable(),
  })
  .meta({ id: "Import" });

export const getImport = defineOperation({
  operationId: "getImport",
  method: "GET",
  path: "/imports/{id}",
  summary: "Import progress and report",
  tags: TAGS,
  params: z.strictObject({ id: IdSchema }),
  responses: { 200: { description: "Status, progress and the per-row report.", schema: ImportSchema } },
  problems: [404],
});

export const ExportQuery = OpportunityListQuery.omit({ limit: true, cursor: true });

export const exportOpportunities = defineOperation({
  operationId: "exportOpportunitiesCsv",
  method: "GET",
  path: "/opportunities/export.csv",
  summary: "Export opportunities as CSV",
  description:
    "The opportunities `GET /opportunities` lists with the same filters and sort (every page, at most 100,000 rows): reference, status, owner, then the bulk-import template's columns, so the file can be edited and imported again.",
  tags: TAGS,
  query: ExportQuery,
  responses: { 200: { description: "The CSV file.", contentType: "text/csv", schema: z.string() } },
});

export const importOperations = [startImport, getImport, exportOpportunities] as const;
