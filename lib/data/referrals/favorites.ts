/** The heart on a deal (the Favourites tab): per user, on any deal the user can see. */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { loadVisible } from "./shared";

/** `PUT` (true) / `DELETE` (false) `/referrals/{id}/favorite`; idempotent. */
export async function setFavorite(actor: Actor, id: string, favorite: boolean): Promise<{ favorite: boolean }> {
  const row = await loadVisible(actor, id);
  if (favorite) {
    await db().dealFavorite.upsert({
      where: { userId_dealId: { userId: actor.userId, dealId: row.id } },
      create: { userId: actor.userId, dealId: row.id },
      update: {},
    });
  } else {
    await db().dealFavorite.deleteMany({ where: { userId: actor.userId, dealId: row.id } });
  }
  return { favorite };
}
