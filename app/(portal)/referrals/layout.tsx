import { requireSection } from "@/lib/auth/gate";

/** Co-sell deals: anyone without referral.view gets a real 404. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireSection(["referral.view"]);
  return children;
}
