import { requireSection } from "@/lib/auth/gate";

/** Partner pipeline and its sub-pages: anyone without opportunity.view gets a real 404. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireSection(["opportunity.view"]);
  return children;
}
