/**
 * Any /api/v1 path no route serves: a problem+json 404 for every method (instead of the
 * framework's HTML page), so clients always get the API's error shape. Not an operation of
 * the OpenAPI document (tests/integration/api-openapi.test.ts skips this file).
 */
import { problemResponse } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

async function notFound(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return problemResponse("not-found", `No API operation at ${request.method} ${pathname}. See /api/v1/openapi.json.`);
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
