import { requireSection } from "@/lib/auth/gate";

/** The validator workspace: anyone without opportunity.review gets a real 404. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireSection(["opportunity.review"]);
  return children;
}
