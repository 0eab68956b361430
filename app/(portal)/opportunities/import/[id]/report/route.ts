import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth";
import { importReportCsv } from "@/lib/data/imports";
import { NotFoundError } from "@/lib/errors";

/** `filename` for ASCII-only clients plus `filename*` (RFC 6266) with the real name. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** An import's report as CSV: row, field, message (the actor's organisation only). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(new URL("/login", request.url));
  const { id } = await params;
  try {
    const report = await importReportCsv(actor, id);
    return new NextResponse(report.csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": disposition(report.fileName),
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError) return new NextResponse("Not found", { status: 404 });
    throw e;
  }
}
