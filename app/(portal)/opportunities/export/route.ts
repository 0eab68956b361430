import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { exportOpportunitiesCsv } from "@/lib/data/opportunities";
import { todayInTimeZone } from "@/lib/domain/opportunity";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { LIST_SORTS, parseListFilters } from "@/components/opportunities/list-query";
import { parseSort } from "@/components/data-table/url";

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_IDS = 500;

/**
 * CSV download of the opportunity list: `?id=…&id=…` exports the selected rows, otherwise
 * every row matching the list's filters (the same query string as /opportunities). The
 * services scope the rows to what the signed-in user may see.
 */
export async function GET(request: NextRequest) {
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(new URL("/login", request.url));
  if (!hasPermission(actor, "opportunity.view") && !hasPermission(actor, "opportunity.review")) {
    return new NextResponse("Not found", { status: 404 });
  }
  const params = request.nextUrl.searchParams;
  const ids = [...new Set(params.getAll("id").filter((id) => ID.test(id)))].slice(0, MAX_IDS);
  const sort = parseSort(params.get("sort"));
  const query = {
    ...parseListFilters(params),
    ...(sort && (LIST_SORTS as readonly string[]).includes(sort.field) ? { sort: `${sort.desc ? "-" : ""}${sort.field}` } : {}),
  };
  try {
    const csv = await exportOpportunitiesCsv(actor, query, ids.length ? ids : undefined);
    const filename = `opportunities-${todayInTimeZone(actor.timeZone)}.csv`;
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new NextResponse("Not found", { status: 404 });
    if (e instanceof ValidationError) {
      return new NextResponse(e.errors.map((f) => `${f.path}: ${f.message}`).join("\n") || e.message, {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw e;
  }
}
