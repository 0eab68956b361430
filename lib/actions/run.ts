import { currentActor } from "@/lib/auth";
import type { Actor } from "@/lib/domain/actor";
import { ForbiddenError, InvalidTransitionError, NotFoundError, RateLimitedError, StaleVersionError, ValidationError, isDomainError } from "@/lib/errors";
import { logger } from "@/lib/log";

/** What every server action returns: small, serialisable, with errors at their fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      /** path → message, for the form to show at each field. */
      fieldErrors?: Record<string, string>;
      /** On a stale-version conflict: the fresh values. */
      current?: unknown;
      code: "validation" | "not-found" | "forbidden" | "conflict" | "stale" | "rate-limited" | "unauthenticated" | "unexpected";
    };

/**
 * The one wrapper around server actions: authenticates, runs the service call, and maps
 * expected failures to messages (unexpected ones to a generic message plus a log line).
 */
export async function runAction<T>(fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await currentActor();
  if (!actor) return { ok: false, code: "unauthenticated", error: "Your session has ended. Sign in again." };
  try {
    return { ok: true, data: await fn(actor) };
  } catch (e) {
    return toActionError(e);
  }
}

export function toActionError(e: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (e instanceof ValidationError)
    return {
      ok: false,
      code: "validation",
      error: e.message === "1 field is invalid" || /fields are invalid$/.test(e.message) ? "Please correct the highlighted fields." : e.message,
      fieldErrors: Object.fromEntries(e.errors.map((f) => [f.path, f.message])),
    };
  if (e instanceof NotFoundError) return { ok: false, code: "not-found", error: "This item no longer exists or you cannot see it." };
  if (e instanceof ForbiddenError) return { ok: false, code: "forbidden", error: e.message };
  if (e instanceof StaleVersionError) return { ok: false, code: "stale", error: e.message, current: e.current };
  if (e instanceof InvalidTransitionError)
    return { ok: false, code: "conflict", error: e.message, ...(e.errors?.length ? { fieldErrors: Object.fromEntries(e.errors.map((f) => [f.path, f.message])) } : {}) };
  if (e instanceof RateLimitedError) return { ok: false, code: "rate-limited", error: e.message };
  if (isDomainError(e)) return { ok: false, code: "unexpected", error: e.message };
  // Next's redirect/notFound signals must propagate.
  if (e && typeof e === "object" && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_")) throw e;
  logger.error("server action failed", { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  return { ok: false, code: "unexpected", error: "Something went wrong on our side. Please try again." };
}
