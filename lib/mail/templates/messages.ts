/**
 * The fixed wording of emails comes from the message catalogue (messages/<language>/
 * notifications.json, namespace `notifications.email`), translated outside React with
 * use-intl's `createTranslator`. The recipient's stored locale picks the catalogue by its
 * language (falling back to English) and is kept whole for formats (dates, numbers), as the
 * pages do (lib/i18n/request.ts). A tag that is not a valid locale counts as English.
 */
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, negotiateLocale } from "@/lib/i18n/locales";
import en from "@/messages/en";

const CATALOGUES = { en } as const;
type Language = keyof typeof CATALOGUES;

export type EmailLocale = {
  /** A valid BCP 47 tag for formatting (dates, numbers): the user's, else `en`. */
  locale: string;
  /** The catalogue the text comes from: the locale's language when there is one, else `en`. */
  language: Language;
};

export function emailLocale(locale: string | null | undefined): EmailLocale {
  const tag = negotiateLocale(locale?.trim() || undefined, "");
  const language = tag.split("-")[0]!.toLowerCase();
  return { locale: tag, language: Object.hasOwn(CATALOGUES, language) ? (language as Language) : DEFAULT_LOCALE };
}

/** `t(key, values)` over `notifications.email` in the recipient's language. */
export function emailTranslator(locale: string | null | undefined) {
  const { language } = emailLocale(locale);
  return createTranslator({ locale: language, messages: CATALOGUES[language], namespace: "notifications.email" });
}
