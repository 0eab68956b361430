import { z } from "zod";
import { apiHandler, created, ok } from "@/lib/api/handler";
import { decodeCursor, parseSort, toPage } from "@/lib/api/pagination";
import { CursorTimestampSchema } from "@/lib/api/v1/common";
import { OPPORTUNITY_API_SORTS, createOpportunity, listOpportunities, toOpportunityJson, toOpportunityListItemJson } from "@/lib/api/v1/opportunities";
import { createOpportunity as create, listOpportunitiesAfter } from "@/lib/data/opportunities";
import { OpportunityFieldsSchema, issuesToFieldErrors } from "@/lib/domain/opportunity";
import { ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET /api/v1/opportunities — the opportunities I see, a keyset page at a time. */
export const GET = apiHandler(listOpportunities, async ({ actor, query }) => {
  const sort = parseSort(query.sort, OPPORTUNITY_API_SORTS, "-updatedAt");
  const valueSchema = sort.field === "updatedAt" ? CursorTimestampSchema : sort.field === "number" ? z.number().int() : z.string();
  const after = decodeCursor(query.cursor, sort.spec, valueSchema);
  const { limit, cursor: _cursor, sort: _sort, ...filters } = query;
  const rows = await listOpportunitiesAfter(actor, filters, sort, after, limit + 1);
  return ok(toPage(rows, limit, sort.spec, (r) => ({ value: sort.field === "number" ? r.number : r[sort.field], id: r.id }), toOpportunityListItemJson));
});

/** POST /api/v1/opportunities — opportunity fields + `submit`. */
export const POST = apiHandler(createOpportunity, async ({ actor, body }) => {
  const submit = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>).submit : undefined;
  if (typeof submit !== "boolean") {
    // Nothing is created: report `submit` together with the fields' format errors.
    const { submit: _ignored, ...fields } = (body && typeof body === "object" && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
    const format = OpportunityFieldsSchema.safeParse(fields);
    throw new ValidationError([
      { path: "submit", message: "Required: true to submit for review, false to save a draft" },
      ...(format.success ? [] : issuesToFieldErrors(format.error)),
    ]);
  }
  return created(toOpportunityJson(await create(actor, body, { submit })));
});
