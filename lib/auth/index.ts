import { redirect } from "next/navigation";
import { auth } from "./config";
import { loadActor } from "@/lib/data/actors";
import type { Actor } from "@/lib/domain/actor";

export { signIn, signOut, handlers } from "./config";

/** The signed-in, active actor, or null. Roles are read fresh from the database. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadActor(id) : null;
}

/** For pages and actions that need a signed-in user: redirects to the sign-in page otherwise. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
