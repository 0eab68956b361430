"use server";

import { runAction } from "@/lib/actions/run";
import { reviewOpportunity } from "@/lib/data/opportunities";

/** A validator's decision: `input` is `{ decision: "START" | "APPROVE" | "ACTION_REQUIRED" | "REJECT", comment? }`. */
export async function reviewOpportunityAction(id: string, input: unknown) {
  // The review screen then navigates to the queue (or refreshes), both rendered fresh.
  return runAction(async (actor) => {
    const detail = await reviewOpportunity(actor, String(id), input);
    return { id: detail.id, status: detail.status };
  });
}
