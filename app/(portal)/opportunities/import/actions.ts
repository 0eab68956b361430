"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run";
import { getImport, startOpportunityImport, type ImportMode } from "@/lib/data/imports";
import { ValidationError } from "@/lib/errors";
import { CSV_MESSAGES, MAX_IMPORT_BYTES } from "@/lib/import/parse-csv";
import type { ImportJobView } from "@/components/opportunities/import/types";
import { toJobView } from "./job-view";

/**
 * Uploads a CSV file (`file`) with the chosen `mode` and starts the import: answers at once
 * with the job (RUNNING, or already finished for a small file) while the rows are processed
 * in the background, or refuses the file as a whole (`fieldErrors.file`). The same file
 * uploaded again answers with the earlier import (`reused`).
 */
export async function startImportAction(form: FormData): Promise<ActionResult<{ job: ImportJobView; reused: boolean }>> {
  const result = await runAction(async (actor) => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      throw new ValidationError([{ path: "file", message: file instanceof File ? CSV_MESSAGES.empty : "Choose a CSV file to upload" }]);
    }
    if (file.size > MAX_IMPORT_BYTES) throw new ValidationError([{ path: "file", message: CSV_MESSAGES.tooLarge(MAX_IMPORT_BYTES) }]);
    const content = new Uint8Array(await file.arrayBuffer());
    const started = await startOpportunityImport(actor, { fileName: file.name, content, mode: String(form.get("mode") ?? "") as ImportMode });
    return { job: toJobView(await getImport(actor, started.id)), reused: started.reused };
  });
  if (result.ok) revalidatePath("/opportunities/import");
  return result;
}

/** Progress and, once finished, the report of an import (polled by the page every second). */
export async function importStatusAction(id: string): Promise<ActionResult<ImportJobView>> {
  const result = await runAction(async (actor) => toJobView(await getImport(actor, String(id))));
  if (result.ok && result.data.status !== "RUNNING") revalidatePath("/opportunities", "layout");
  return result;
}
