import { requireSection } from "@/lib/auth/gate";

/** The provider seller's co-sell request queue: others get a real 404. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireSection(["referral.providerDecision"]);
  return children;
}
