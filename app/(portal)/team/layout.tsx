import { requireSection } from "@/lib/auth/gate";

/** Partner users with team.view only; others get a real 404. */
export default async function TeamLayout({ children }: { children: React.ReactNode }) {
  await requireSection(["team.view"], (actor) => actor.organizationKind === "PARTNER");
  return children;
}
