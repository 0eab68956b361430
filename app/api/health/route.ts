import { databaseHealth } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** GET /api/health: app and database status; 503 when the database is unreachable. */
export async function GET() {
  const database = await databaseHealth();
  const body = { status: database.ok ? "ok" : "degraded", app: "ok", database: database.ok ? "ok" : "unavailable", latencyMs: database.latencyMs, time: new Date().toISOString() };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
