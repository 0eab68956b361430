/**
 * Format locales a user can pick in Settings. Stored in the `locale` cookie, which
 * lib/i18n/request.ts honours; messages stay English until other catalogues exist.
 */
export const LOCALE_CHOICES = ["en-US", "en-GB", "de-DE", "fr-FR", "ja-JP"] as const;
export type LocaleChoice = (typeof LOCALE_CHOICES)[number];
export const LOCALE_COOKIE = "locale";

export const isLocaleChoice = (v: unknown): v is LocaleChoice => typeof v === "string" && (LOCALE_CHOICES as readonly string[]).includes(v);
