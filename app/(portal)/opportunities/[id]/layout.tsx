import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { opportunityVisible } from "@/lib/data/opportunities";

/**
 * The opportunity and its sub-pages (edit): an id the actor may not see is the 404 page with
 * a real 404 status. This layout sits above `[id]/loading.tsx`, and the list's loading
 * boundary lives in the `(list)` route group, so nothing has streamed yet when it answers
 * (ARCHITECTURE.md "Real 404 status for gated sections"). The pages load the row themselves.
 */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const [actor, { id }] = await Promise.all([requireActor(), params]);
  if (!(await opportunityVisible(actor, id))) notFound();
  return children;
}
