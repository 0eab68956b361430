// The class `next-auth` re-exports (it pins @auth/core exactly); importing it from here keeps
// this module loadable outside Next (integration tests), where `next-auth`'s index is not.
import { CredentialsSignin } from "@auth/core/errors";
import { z } from "zod";
import { env } from "@/lib/env";
import { findUserForSignIn } from "@/lib/data/actors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearLoginFailures, loginBlockedFor, recordLoginFailure } from "./login-throttle";

/**
 * The credentials check behind Auth.js's `authorize` (lib/auth/config.ts), apart from the
 * NextAuth set-up so tests can drive it. Failures carry a code the login page turns into a
 * message (never "no such email").
 */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class AccountInactive extends CredentialsSignin {
  code = "inactive";
}
export class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
  /** Whole minutes until the next attempt may succeed (at least 1). */
  readonly retryAfterMinutes: number;
  constructor(readonly retryAfterSeconds: number) {
    super();
    this.retryAfterMinutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  }
}

export const SignInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email").max(254).email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(1024),
});

/**
 * The client address the per-address limit counts, or null when there is none to trust.
 * Next sets X-Forwarded-For to the socket's address only when the request has none, so a
 * client can always supply its own: the header means something only behind a reverse proxy
 * (TRUST_PROXY=true) that appends the address it saw, the last entry. Without one, only the
 * per-email limit applies (one shared address key would let anyone lock everyone out).
 */
export function clientAddress(request: Request | undefined, trustProxy = env().TRUST_PROXY): string | null {
  if (!trustProxy) return null;
  const forwarded = request?.headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last || null;
}

/** Auth.js `authorize`: the user id on success; throws one of the errors above otherwise. */
export async function authorizeCredentials(raw: unknown, request: Request | undefined): Promise<{ id: string }> {
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const ip = clientAddress(request);
  const wait = await loginBlockedFor(email, ip);
  if (wait > 0) throw new TooManyAttempts(wait);
  const user = await findUserForSignIn(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await recordLoginFailure(email, ip);
    throw new InvalidCredentials();
  }
  if (user.status !== "ACTIVE") throw new AccountInactive();
  await clearLoginFailures(email);
  return { id: user.id };
}
