/**
 * `Idempotency-Key` on POSTs that create something (api.md Conventions), after the IETF
 * draft "The Idempotency-Key HTTP Header Field":
 * * first request with a key: runs; a 2xx answer is stored (24 h) for the user and key;
 *   a failed request stores nothing (it created nothing), so it may be retried with the key;
 * * same key, same method + path + body (canonical JSON): the stored answer again, with
 *   `Idempotent-Replayed: true`; nothing runs, nothing is created;
 * * same key, different request: 422 `/idempotency-key-reuse`;
 * * same key while the first request still runs: 409 `/idempotency-key-in-use`.
 */
import { createHash } from "node:crypto";
import { beginIdempotent, completeIdempotent, releaseIdempotent } from "@/lib/data/tokens";
import { ValidationError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { canonicalJson } from "./json";
import { ApiProblem } from "./problem";

export const IDEMPOTENCY_HEADER = "idempotency-key";

export type StoredResult = { status: number; body: unknown };

/** The header's value, validated: 1–255 visible ASCII characters; undefined when absent. */
export function idempotencyKeyOf(request: Request): string | undefined {
  const raw = request.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) return undefined;
  const key = raw.trim().replace(/^"(.*)"$/, "$1");
  if (!/^[\x21-\x7e]{1,255}$/.test(key))
    throw new ValidationError([{ path: "Idempotency-Key", message: "Use 1 to 255 visible ASCII characters, e.g. a UUID" }]);
  return key;
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method} ${path}\n${canonicalJson(body)}`).digest("hex");
}

/**
 * Runs `run` at most once per (user, key) for the same request; returns its result, or the
 * stored result of the first run with `replayed` true.
 */
export async function withIdempotency(
  userId: string,
  key: string,
  hash: string,
  run: () => Promise<StoredResult>,
): Promise<StoredResult & { replayed: boolean }> {
  const begun = await beginIdempotent(userId, key, hash);
  if (begun.kind === "replay") return { status: begun.status, body: begun.body, replayed: true };
  if (begun.kind === "mismatch")
    throw new ApiProblem("idempotency-key-reuse", "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
  if (begun.kind === "in-progress")
    throw new ApiProblem("idempotency-key-in-use", "A request with this Idempotency-Key is still being processed. Retry later.", { headers: { "retry-after": "1" } });
  let result: StoredResult;
  try {
    result = await run();
  } catch (e) {
    await releaseIdempotent(userId, key).catch(() => {});
    throw e;
  }
  try {
    if (result.status >= 200 && result.status < 300) await completeIdempotent(userId, key, result.status, result.body);
    else await releaseIdempotent(userId, key);
  } catch (e) {
    // The work is done: answer it. A retry with the key then finds it "in progress" until it is abandoned.
    logger.error("idempotency key could not be stored", { error: e instanceof Error ? e.message : String(e) });
  }
  return { ...result, replayed: false };
}
