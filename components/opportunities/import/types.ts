/**
 * What the import page's widgets receive. Components may not import lib/data: these mirror
 * (structurally) `ImportView` / `ImportListItem` of lib/data/imports, which pages pass through.
 */
import type { ActionResult } from "@/lib/actions/run";

export type ImportStatus = "RUNNING" | "DONE" | "FAILED";
export type ImportMode = "VALID_ROWS" | "ALL_OR_NOTHING";
export type ImportProblem = { row: number; path: string; message: string };

export type ImportJobView = {
  id: string;
  status: ImportStatus;
  mode: ImportMode;
  fileName: string;
  total: number;
  processed: number;
  created: number;
  /** The first problems (the page shows at most this many; the CSV report has all). Empty while running. */
  errors: ImportProblem[];
  /** All problems. */
  errorCount: number;
  rowsWithErrors: number;
  message: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  finishedAt: string | null;
};

export type ImportListRow = Omit<ImportJobView, "errors" | "errorCount">;

export type StartImportAction = (form: FormData) => Promise<ActionResult<{ job: ImportJobView; reused: boolean }>>;
export type ImportStatusAction = (id: string) => Promise<ActionResult<ImportJobView>>;
