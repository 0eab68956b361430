"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { acceptReferrals, getSentReferral, rejectReferral, sendProviderReferral } from "@/lib/data/provider-referrals";

function revalidate() {
  revalidatePath("/provider-referrals", "layout");
  revalidatePath("/opportunities", "layout");
  revalidatePath("/notifications");
}

/** "Refer a deal": the api.md body of `POST /opportunity-invitations`. */
export async function sendReferralAction(input: unknown) {
  const result = await runAction(async (actor) => {
    const sent = await sendProviderReferral(actor, input);
    const detail = await getSentReferral(actor, sent.id);
    return { id: sent.id, reference: sent.reference, partnerName: detail.partner.name };
  });
  if (result.ok) revalidate();
  return result;
}

/** Accept one or several referrals; each in its own transaction, the refused ones listed with the reason. */
export async function acceptReferralsAction(ids: string[]) {
  const result = await runAction((actor) => acceptReferrals(actor, { ids: Array.isArray(ids) ? ids.map(String) : ids }));
  if (result.ok) revalidate();
  return result;
}

/** `input`: `{ reason, comment? }`. */
export async function rejectReferralAction(id: string, input: { reason: string; comment?: string }) {
  const result = await runAction(async (actor) => {
    await rejectReferral(actor, String(id), input);
    return { id: String(id) };
  });
  if (result.ok) revalidate();
  return result;
}
