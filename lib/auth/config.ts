import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { findUserForSignIn } from "@/lib/data/actors";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearLoginFailures, loginBlockedFor, recordLoginFailure } from "./login-throttle";

/** Sign-in failures carry a code the login page turns into a message (never "no such email"). */
export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class AccountInactive extends CredentialsSignin {
  code = "inactive";
}
export class TooManyAttempts extends CredentialsSignin {
  code = "throttled";
}

export const SignInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email").max(254).email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(1024),
});

function clientAddress(request: Request | undefined): string {
  const h = request?.headers;
  return h?.get("x-forwarded-for")?.split(",")[0]?.trim() || h?.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = SignInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const ip = clientAddress(request);
        if ((await loginBlockedFor(email, ip)) > 0) throw new TooManyAttempts();
        const user = await findUserForSignIn(email);
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !ok) {
          await recordLoginFailure(email, ip);
          throw new InvalidCredentials();
        }
        if (user.status !== "ACTIVE") throw new AccountInactive();
        await clearLoginFailures(email);
        return { id: user.id };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
