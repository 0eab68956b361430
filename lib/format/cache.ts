/**
 * Intl constructors are comparatively expensive; tables format hundreds of cells per render.
 * Formatters are immutable, so one instance per (locale, options) is shared process-wide.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

const MAX_ENTRIES = 500;

function getOrCreate<T>(map: Map<string, T>, key: string, create: () => T): T {
  const hit = map.get(key);
  if (hit) return hit;
  const made = create();
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, made);
  return made;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return getOrCreate(numberFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return getOrCreate(dateFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return getOrCreate(relativeFormats, `${locale}|${JSON.stringify(options)}`, () => new Intl.RelativeTimeFormat(locale, options));
}
