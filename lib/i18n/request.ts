import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import en from "@/messages/en";
import { negotiateLocale } from "./locales";

const CATALOGUES = { en } as const;

/**
 * Messages come from messages/<language>/ (English first). The locale is the user's
 * choice cookie, else the browser's Accept-Language, else English; formats (dates,
 * numbers) follow the browser's full locale tag.
 */
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get("locale")?.value;
  const accept = (await headers()).get("accept-language") ?? "";
  const locale = negotiateLocale(cookieLocale, accept);
  const language = locale.split("-")[0] as keyof typeof CATALOGUES;
  return { locale, messages: CATALOGUES[language] ?? CATALOGUES.en };
});
