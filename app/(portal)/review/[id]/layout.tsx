import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { opportunityVisible } from "@/lib/data/opportunities";

/**
 * One opportunity under review: an id the validator may not see (a draft, an unknown id) is
 * the 404 page with a real 404 status. This layout sits above `[id]/loading.tsx`, and the
 * queue's loading boundary lives in the `(queue)` route group, so nothing has streamed yet
 * when it answers (ARCHITECTURE.md "Real 404 status for gated sections").
 */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const [actor, { id }] = await Promise.all([requireActor(), params]);
  if (!(await opportunityVisible(actor, id))) notFound();
  return children;
}
