import { apiHandler, ok } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/v1";
import { getOpenApi } from "@/lib/api/v1/meta";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document (no token needed). */
export const GET = apiHandler(getOpenApi, async () => ok(openApiDocument(), { "cache-control": "public, max-age=300" }));
