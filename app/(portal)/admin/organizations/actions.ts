"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { createOrganization } from "@/lib/data/people/organizations";

export async function createOrganizationAction(input: unknown) {
  const result = await runAction(async (actor) => {
    const org = await createOrganization(actor, input);
    return { id: org.id, name: org.name };
  });
  if (result.ok) revalidatePath("/admin/organizations");
  return result;
}
