import { apiHandler, ok } from "@/lib/api/handler";
import { decodeCursor, parseSort, toPage } from "@/lib/api/pagination";
import { CursorTimestampSchema } from "@/lib/api/v1/common";
import { listUsers, toUserItem, USER_SORTS } from "@/lib/api/v1/identity";
import { listUsersPage } from "@/lib/data/people/directory";
import { z } from "zod";

export const dynamic = "force-dynamic";

/** GET /api/v1/users — users of my organisation, a keyset page at a time. */
export const GET = apiHandler(listUsers, async ({ actor, query }) => {
  const sort = parseSort(query.sort, USER_SORTS, "name");
  const after = decodeCursor(query.cursor, sort.spec, sort.field === "createdAt" ? CursorTimestampSchema : z.string());
  const rows = await listUsersPage(actor, {
    organizationId: query.organizationId,
    status: query.status,
    q: query.q,
    sort: sort.field,
    desc: sort.desc,
    after,
    take: query.limit + 1,
  });
  const page = toPage(rows, query.limit, sort.spec, (u) => ({ value: sort.field === "createdAt" ? u.createdAt.toISOString() : u[sort.field], id: u.id }), toUserItem);
  return ok(page);
});
