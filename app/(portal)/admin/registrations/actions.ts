"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { decideRegistration } from "@/lib/data/referrals";

/** `input`: `{ decision: START_VALIDATION | VALIDATE | REQUEST_ACTION | REJECT, errors?, version }`. */
export async function decideRegistrationAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const item = await decideRegistration(actor, String(id), input);
    return { id: item.id, status: item.status };
  });
  if (result.ok) {
    revalidatePath("/admin/registrations");
    revalidatePath("/referrals", "layout");
  }
  return result;
}
