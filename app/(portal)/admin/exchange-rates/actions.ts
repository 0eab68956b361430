"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { setExchangeRate } from "@/lib/data/catalog";

/** `input`: `{ month: "YYYY-MM", currency, usdRate, version? }`. */
export async function setExchangeRateAction(input: unknown) {
  const result = await runAction((actor) => setExchangeRate(actor, input));
  if (result.ok) revalidatePath("/admin/exchange-rates");
  return result;
}
