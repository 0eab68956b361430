"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run";
import { ValidationError } from "@/lib/errors";
import { isLocaleChoice, LOCALE_COOKIE } from "@/components/people/locale-choices";

/** Saves the format preference in the `locale` cookie ("" = follow the browser). */
export async function setLocaleAction(input: unknown) {
  const result = await runAction(async () => {
    const locale = input && typeof input === "object" && "locale" in input ? (input as { locale: unknown }).locale : undefined;
    if (locale !== "" && !isLocaleChoice(locale)) throw new ValidationError([{ path: "locale", message: "Choose one of the listed formats" }]);
    const jar = await cookies();
    if (locale === "") jar.delete(LOCALE_COOKIE);
    else jar.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
    return { locale };
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
