"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run";
import { createOpportunity } from "@/lib/data/opportunities";
import type { Saved } from "@/components/opportunities/wizard/types";

/** The wizard's "Save draft" (`submit` false) and "Save and submit" (`submit` true). */
export async function createOpportunityAction(input: unknown, submit: boolean): Promise<ActionResult<Saved>> {
  const result = await runAction(async (actor) => {
    const created = await createOpportunity(actor, input, { submit: submit === true });
    return { id: created.id, reference: created.reference, status: created.status };
  });
  if (result.ok) revalidatePath("/opportunities", "layout");
  return result;
}
