/**
 * Bulk import services' public types (domain.md §2.10, api.md `GET /imports/{id}`).
 */
import type { ImportRowError } from "@/lib/import/parse-csv";

export type { ImportRowError };

export const IMPORT_MODES = ["VALID_ROWS", "ALL_OR_NOTHING"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export type ImportStatus = "RUNNING" | "DONE" | "FAILED";

export type StartImportInput = {
  fileName: string;
  /** The file's bytes (preferred: invalid UTF-8 is detected exactly) or its text. */
  content: string | Uint8Array;
  mode: ImportMode;
};

export type StartImportResult = {
  id: string;
  /**
   * True when the same file (same SHA-256 of its bytes) was already imported in this
   * organisation: nothing new is created and `id` is the earlier import.
   */
  reused: boolean;
};

/** api.md's shape plus what the import page shows. */
export type ImportView = {
  id: string;
  status: ImportStatus;
  mode: ImportMode;
  fileName: string;
  /** Data rows in the file. */
  total: number;
  processed: number;
  created: number;
  /** Row problems, in row order: `{ row, path, message }` (row 2 is the first data row). */
  errors: ImportRowError[];
  /** Number of rows with at least one error. */
  rowsWithErrors: number;
  /** Why a FAILED import stopped. */
  message: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  finishedAt: string | null;
};

export type ImportListItem = Omit<ImportView, "errors">;
