"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { updateOrganization } from "@/lib/data/people/organizations";
import { createUser, setUserStatus, updateUserRoles } from "@/lib/data/people/users";

const refresh = (organizationId: string) => {
  revalidatePath("/admin/organizations");
  revalidatePath(`/admin/organizations/${organizationId}`);
};

export async function updateOrganizationAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const org = await updateOrganization(actor, String(id), input);
    return { id: org.id, name: org.name };
  });
  if (result.ok) refresh(result.data.id);
  return result;
}

export async function createUserAction(input: unknown) {
  const result = await runAction(async (actor) => {
    const user = await createUser(actor, input);
    return { id: user.id, name: user.name, organizationId: user.organizationId };
  });
  if (result.ok) refresh(result.data.organizationId);
  return result;
}

export async function updateUserRolesAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const user = await updateUserRoles(actor, String(id), input);
    return { id: user.id, name: user.name, organizationId: user.organizationId };
  });
  if (result.ok) refresh(result.data.organizationId);
  return result;
}

export async function setUserStatusAction(id: string, input: unknown) {
  const result = await runAction(async (actor) => {
    const user = await setUserStatus(actor, String(id), input);
    return { id: user.id, name: user.name, organizationId: user.organizationId };
  });
  if (result.ok) refresh(result.data.organizationId);
  return result;
}
