"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { getOpportunity, submitOpportunity, updateOpportunity, type OpportunityDetail } from "@/lib/data/opportunities";
import type { UpdateResult } from "@/components/opportunities/wizard/types";
import { isDetail, toEditable } from "./editable";

/**
 * Saves the edit wizard: `patch` holds only the changed fields (null clears one) and the
 * `version` the form was loaded with. With `submit`, the opportunity is then submitted
 * (a draft) or resubmitted (ACTION_REQUIRED). When saving worked but submitting did not,
 * the failure carries the saved opportunity (`saved`) so the form continues from it; a stale
 * version carries the fresh one (`currentOpportunity`).
 */
export async function updateOpportunityAction(id: string, patch: Record<string, unknown>, options: { submit: boolean }): Promise<UpdateResult> {
  const box: { saved?: OpportunityDetail } = {};
  const { version, ...fields } = patch ?? {};
  const result = await runAction(async (actor) => {
    let detail: OpportunityDetail | undefined;
    if (Object.keys(fields).length > 0) {
      detail = await updateOpportunity(actor, String(id), { ...fields, version });
      box.saved = detail;
    }
    if (options?.submit === true) detail = await submitOpportunity(actor, String(id), detail ? detail.version : Number(version));
    detail ??= await getOpportunity(actor, String(id));
    return { id: detail.id, reference: detail.reference, status: detail.status };
  });
  if (result.ok || box.saved) {
    revalidatePath("/opportunities", "layout");
    revalidatePath("/review", "layout");
  }
  if (result.ok) return result;
  const { current, ...failure } = result;
  return {
    ...failure,
    saved: box.saved && options?.submit ? toEditable(box.saved) : undefined,
    currentOpportunity: result.code === "stale" && isDetail(current) ? toEditable(current) : undefined,
  };
}
