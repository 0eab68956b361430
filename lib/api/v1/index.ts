/**
 * The registry of /api/v1: every operation the API serves. Each route file under
 * app/api/v1 serves exactly the operations of its path (tests/integration/api-openapi.test.ts).
 */
import type { OperationSpec } from "../operation";
import { buildOpenApi } from "../openapi";
import * as identity from "./identity";
import * as meta from "./meta";
import { opportunityOperations } from "./opportunities";
import { providerReferralOperations } from "./provider-referrals";
import { referralOperations } from "./referrals";
import { catalogOperations } from "./catalog";
import { importOperations } from "./imports";
import { sharingOperations } from "./sharing";

export const operations: readonly OperationSpec[] = [identity.getMe, identity.listUsers, identity.listOrganizations, ...opportunityOperations, ...sharingOperations, ...providerReferralOperations, ...referralOperations, ...catalogOperations, ...importOperations, meta.getOpenApi];

const DESCRIPTION = `The co-sell portal's REST API: the same operations as the web pages, through the same services, authorization and validation.

* **Auth**: \`Authorization: Bearer <token>\` — a personal access token (Settings → API tokens, or \`npm run -s token -- create <email>\`). It acts as its user, with that user's roles.
* **Errors**: \`application/problem+json\` with \`type\` \`https://cosell.dev/problems/<kind>\`; validation problems list every broken field in \`errors[{ path, message }]\`.
* **Lists**: \`limit\` (1–200, default 50) and \`cursor\`; answers \`{ items, nextCursor }\`.
* **Versions**: PATCH requires \`version\`; a stale one answers 409 \`/stale-version\` with \`current\`.
* **Idempotency**: creating POSTs accept \`Idempotency-Key\`.
* **Rate limit**: per token per minute; 429 with \`Retry-After\`. Every answer carries \`RateLimit-Limit\`, \`RateLimit-Remaining\`, \`RateLimit-Reset\`.
* **Bodies**: JSON (\`application/json\`, UTF-8) at most 1 MB; CSV at most 20 MB.`;

let cached: Record<string, unknown> | undefined;

/** The OpenAPI document (built once per process). */
export function openApiDocument(): Record<string, unknown> {
  cached ??= buildOpenApi(operations, { title: "Co-sell portal API", version: "1.0.0", description: DESCRIPTION });
  return cached;
}
