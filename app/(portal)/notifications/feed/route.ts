/**
 * The bell's data (components/notifications/notification-bell.tsx):
 * `GET /notifications/feed` → `{ unread, items }` (the latest 8);
 * `POST /notifications/feed` `{ "ids": [...] }` or `{ "all": true }` → `{ unread }`.
 * Signed-in users only, their own notifications only; POST only from the portal's own pages.
 */
import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth";
import { markAllNotificationsRead, markNotificationsRead, notificationFeed } from "@/lib/data/notifications";
import { ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "Sign in again." }, { status: 401, headers: noStore });
  return NextResponse.json(await notificationFeed(actor, 8), { headers: noStore });
}

/** Same-origin check: browsers send Origin with every fetch POST; another site's page cannot fake it. */
function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: NextRequest) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "Sign in again." }, { status: 401, headers: noStore });
  if (!sameOrigin(request) || !request.headers.get("content-type")?.startsWith("application/json")) {
    return NextResponse.json({ error: "Forbidden" }, { status: 403, headers: noStore });
  }
  const body = (await request.json().catch(() => null)) as { all?: unknown; ids?: unknown } | null;
  try {
    const result = body?.all === true ? await markAllNotificationsRead(actor) : await markNotificationsRead(actor, { ids: body?.ids });
    return NextResponse.json(result, { headers: noStore });
  } catch (e) {
    if (e instanceof ValidationError) return NextResponse.json({ error: e.message, errors: e.errors }, { status: 400, headers: noStore });
    throw e;
  }
}
