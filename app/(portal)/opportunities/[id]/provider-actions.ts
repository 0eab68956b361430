"use server";

import { runAction } from "@/lib/actions/run";
import { setProviderTeam, updateProviderFields } from "@/lib/data/opportunities";

/*
 * The provider side of an opportunity (domain.md §2.7, §2.1 provider team): written only by
 * a PROVIDER_SELLER on the provider team or a PROVIDER_ADMIN (the services decide), guarded
 * by the provider-side version. The calling widget refreshes the route after a success.
 */

/** `input`: `{ providerStage?, providerCloseDate?, providerClosedLostReason?, version }` (version = providerFields.version). */
export async function updateProviderFieldsAction(id: string, input: unknown) {
  return runAction(async (actor) => {
    const detail = await updateProviderFields(actor, String(id), input);
    return { id: detail.id, version: detail.providerFields.version };
  });
}

/** `input`: `{ members: [{ role, name, email }], version }`. `visible` is false when a seller removed themselves. */
export async function setProviderTeamAction(id: string, input: unknown) {
  return runAction(async (actor) => {
    const detail = await setProviderTeam(actor, String(id), input);
    return { id: String(id), visible: detail !== null };
  });
}
