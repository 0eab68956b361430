"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { SignInSchema, TooManyAttempts } from "@/lib/auth/config";

export type SignInState = { error?: string; retryAfterMinutes?: number; fieldErrors?: Record<string, string>; email?: string };

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const raw = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
  const parsed = SignInSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      email: raw.email,
      fieldErrors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message])),
    };
  }
  const callbackUrl = String(form.get("callbackUrl") ?? "/");
  const redirectTo = callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
    return {};
  } catch (e) {
    if (e instanceof TooManyAttempts) return { email: raw.email, error: e.code, retryAfterMinutes: e.retryAfterMinutes };
    if (e instanceof CredentialsSignin) return { email: raw.email, error: e.code };
    if (e instanceof AuthError) return { email: raw.email, error: "unexpected" };
    throw e; // the redirect after a successful sign-in
  }
}
