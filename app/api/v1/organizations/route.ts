import { apiHandler, ok } from "@/lib/api/handler";
import { decodeCursor, parseSort, toPage } from "@/lib/api/pagination";
import { listOrganizations, toOrganizationItem } from "@/lib/api/v1/identity";
import { addressableOrganizations } from "@/lib/data/people/directory";
import { z } from "zod";

export const dynamic = "force-dynamic";

/** GET /api/v1/organizations — organisations I may address (connections, co-sell directory). */
export const GET = apiHandler(listOrganizations, async ({ actor, query }) => {
  const sort = parseSort(query.sort, ["name"] as const, "name");
  const after = decodeCursor(query.cursor, sort.spec, z.string());
  const rows = await addressableOrganizations(actor, {
    kind: query.kind,
    connected: query.connected,
    q: query.q,
    sort: "name",
    desc: sort.desc,
    after,
    take: query.limit + 1,
  });
  return ok(toPage(rows, query.limit, sort.spec, (o) => ({ value: o.name, id: o.id }), toOrganizationItem));
});
