import { z } from "zod";
import { apiHandler, ok } from "@/lib/api/handler";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { listCustomers } from "@/lib/api/v1/catalog";
import { searchCustomers } from "@/lib/data/catalog";

export const dynamic = "force-dynamic";

const SORT = "name";

/** GET /api/v1/catalog/customers — the customer directory by name. */
export const GET = apiHandler(listCustomers, async ({ actor, query }) => {
  const after = decodeCursor(query.cursor, SORT, z.string());
  const rows = await searchCustomers(actor, {
    q: query.q,
    countryCode: query.countryCode,
    management: query.management,
    limit: query.limit + 1,
    after: after ? { name: String(after.value), id: after.id } : undefined,
  });
  return ok(
    toPage(
      rows,
      query.limit,
      SORT,
      (r) => ({ value: r.name, id: r.id }),
      (r) => r,
    ),
  );
});
