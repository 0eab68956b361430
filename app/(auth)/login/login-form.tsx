"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { signInAction, type SignInState } from "./actions";

const KNOWN = new Set(["invalid", "inactive"]);

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const message = !state.error
    ? null
    : state.error === "throttled"
      ? t("throttled", { minutes: state.retryAfterMinutes ?? 1 })
      : t(KNOWN.has(state.error) ? (state.error as "invalid") : "unexpected");
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {message && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </div>
      )}
      <div className="space-y-1.5">
        <Label htmlFor="email">{t("email")}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={fe.email ? true : undefined}
          aria-describedby={fe.email ? "email-error" : undefined}
        />
        {fe.email && (
          <p id="email-error" className="text-sm text-red-700">
            {fe.email}
          </p>
        )}
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="password">{t("password")}</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fe.password ? true : undefined}
          aria-describedby={fe.password ? "password-error" : undefined}
        />
        {fe.password && (
          <p id="password-error" className="text-sm text-red-700">
            {fe.password}
          </p>
        )}
      </div>
      <Button type="submit" className="w-full" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
