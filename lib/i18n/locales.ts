/** Languages with a message catalogue. Formats may use any locale tag. */
export const SUPPORTED_LOCALES = ["en"] as const;
export const DEFAULT_LOCALE = "en";

const isValidTag = (tag: string) => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
};

/** The locale tag used for formatting: the cookie's, else the first valid Accept-Language tag. */
export function negotiateLocale(cookieLocale: string | undefined, acceptLanguage: string): string {
  if (cookieLocale && isValidTag(cookieLocale)) return cookieLocale;
  for (const part of acceptLanguage.split(",")) {
    const tag = part.split(";")[0]?.trim();
    if (tag && tag !== "*" && isValidTag(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}
