import { z } from "zod";
import { apiHandler, ok } from "@/lib/api/handler";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { listSolutions } from "@/lib/api/v1/catalog";
import { searchSolutions } from "@/lib/data/catalog";
import { SOLUTION_KINDS } from "@/lib/domain/referral";
import { ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const SORT = "kind,name";
/** The cursor's value: `[kind, name]`, as JSON text. */
const Position = z.string().transform((s, ctx) => {
  try {
    const parsed = z.tuple([z.enum(SOLUTION_KINDS), z.string()]).safeParse(JSON.parse(s));
    if (parsed.success) return parsed.data;
  } catch {
    // refused below
  }
  ctx.addIssue({ code: "custom", message: "Invalid cursor" });
  return z.NEVER;
});

/** GET /api/v1/catalog/solutions — the solution catalogue by kind, then name. */
export const GET = apiHandler(listSolutions, async ({ actor, query }) => {
  const after = decodeCursor(query.cursor, SORT, z.string());
  let position: { kind: (typeof SOLUTION_KINDS)[number]; name: string; id: string } | undefined;
  if (after) {
    const p = Position.safeParse(after.value);
    if (!p.success) throw new ValidationError([{ path: "cursor", message: "Invalid cursor: request the first page again" }]);
    position = { kind: p.data[0], name: p.data[1], id: after.id };
  }
  const rows = await searchSolutions(actor, {
    kind: query.kind,
    q: query.q,
    publisherOrganizationId: query.publisherOrganizationId,
    limit: query.limit + 1,
    after: position,
  });
  return ok(
    toPage(
      rows,
      query.limit,
      SORT,
      (r) => ({ value: JSON.stringify([r.kind, r.name]), id: r.id }),
      (r) => r,
    ),
  );
});
