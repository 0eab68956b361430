import { notFound } from "next/navigation";
import { hasPermission, type Permission } from "@/lib/authz/policy";
import type { Actor } from "@/lib/domain/actor";
import { requireActor } from "./index";

/**
 * For a section's layout: the signed-in actor when they hold one of `permissions`, otherwise
 * the not-found page. Layouts sit above the pages' loading boundaries, so the answer is still
 * a real 404 status (a page that streams has already sent 200). Pages check again for their
 * own, finer rules.
 */
export async function requireSection(
  permissions: readonly Permission[],
  extra: (actor: Actor) => boolean = () => true,
): Promise<Actor> {
  const actor = await requireActor();
  if (!permissions.some((p) => hasPermission(actor, p)) || !extra(actor)) notFound();
  return actor;
}
