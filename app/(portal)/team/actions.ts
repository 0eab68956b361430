"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { setUserStatus, updateUserRoles } from "@/lib/data/people/users";

export async function updateTeamRolesAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const user = await updateUserRoles(actor, String(id), input);
    return { id: user.id, name: user.name };
  });
  if (result.ok) revalidatePath("/team");
  return result;
}

export async function setTeamStatusAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const user = await setUserStatus(actor, String(id), input);
    return { id: user.id, name: user.name };
  });
  if (result.ok) revalidatePath("/team");
  return result;
}
