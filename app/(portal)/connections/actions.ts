"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { acceptConnection, endConnection, requestConnection } from "@/lib/data/people/connections";
import type { Actor } from "@/lib/domain/actor";

type Connection = { id: string; requesterOrg: { id: string; name: string }; addresseeOrg: { id: string; name: string } };
const partnerOf = (actor: Actor, c: Connection) => (c.requesterOrg.id === actor.organizationId ? c.addresseeOrg : c.requesterOrg);

export async function requestConnectionAction(input: unknown) {
  const result = await runAction(async (actor) => {
    const conn = await requestConnection(actor, input);
    return { id: conn.id, name: partnerOf(actor, conn).name };
  });
  if (result.ok) revalidatePath("/connections");
  return result;
}

export async function acceptConnectionAction(id: string, version: number) {
  const result = await runAction(async (actor) => {
    const conn = await acceptConnection(actor, String(id), Number(version));
    return { id: conn.id, name: partnerOf(actor, conn).name };
  });
  if (result.ok) revalidatePath("/connections");
  return result;
}

export async function endConnectionAction(id: string, version: number) {
  const result = await runAction(async (actor) => {
    const conn = await endConnection(actor, String(id), Number(version));
    return { id: conn.id, name: partnerOf(actor, conn).name };
  });
  if (result.ok) revalidatePath("/connections");
  return result;
}
