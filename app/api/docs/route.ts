import { renderDocsHtml } from "@/lib/api/docs-html";
import { openApiDocument } from "@/lib/api/v1";

export const dynamic = "force-dynamic";

/** GET /api/docs — the REST API reference for people, rendered from /api/v1/openapi.json. */
export async function GET() {
  return new Response(renderDocsHtml(openApiDocument(), "/api/v1/openapi.json"), {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'" },
  });
}
