import { requireSection } from "@/lib/auth/gate";

/** Partner users with connections.view only; others get a real 404. */
export default async function ConnectionsLayout({ children }: { children: React.ReactNode }) {
  await requireSection(["connections.view"], (actor) => actor.organizationKind === "PARTNER");
  return children;
}
