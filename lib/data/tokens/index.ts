/**
 * Personal access tokens of the REST API (api.md Auth). A token acts as its user, with
 * that user's current roles; only its SHA-256 hash is stored. Tokens are created and
 * revoked in Settings → API tokens and by `npm run -s token -- create <email>`.
 */
export {
  API_TOKEN_PATTERN,
  ApiTokenNameSchema,
  MAX_ACTIVE_TOKENS,
  authenticateToken,
  createApiToken,
  createApiTokenForEmail,
  hashToken,
  listApiTokens,
  resolveToken,
  revokeApiToken,
  type ApiTokenView,
  type CreatedApiToken,
  type TokenAuth,
} from "./tokens";
export { beginIdempotent, completeIdempotent, releaseIdempotent, purgeIdempotencyKeys, IDEMPOTENCY_TTL_MS, type IdempotencyBegin } from "./idempotency";
export { consumeApiRequest, type RateLimitState } from "./rate-limit";
