import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { templateCsv } from "@/lib/import/write-csv";

/** The import template: every column of the format and one example row (UTF-8 with BOM). */
export async function GET(request: NextRequest) {
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(new URL("/login", request.url));
  if (actor.organizationKind !== "PARTNER" || !hasPermission(actor, "opportunity.import")) {
    return new NextResponse("Not found", { status: 404 });
  }
  return new NextResponse(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="opportunities-import-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
