"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { createApiToken, revokeApiToken } from "@/lib/data/tokens";

const PATH = "/settings/api-tokens";

/** Creates a token; the plaintext is returned this once. */
export async function createApiTokenAction(input: unknown) {
  const result = await runAction(async (actor) => {
    const t = await createApiToken(actor, input);
    return { id: t.id, name: t.name, token: t.token };
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}

export async function revokeApiTokenAction(id: string) {
  const result = await runAction(async (actor) => {
    const t = await revokeApiToken(actor, String(id));
    return { id: t.id, name: t.name };
  });
  if (result.ok) revalidatePath(PATH);
  return result;
}
