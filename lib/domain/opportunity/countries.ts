/**
 * Countries and postal codes for `customer.countryCode` / `customer.postalCode` (domain.md §2.1).
 */

/** ISO 3166-1 alpha-2 officially assigned codes (249). */
// prettier-ignore
export const COUNTRY_CODES = [
  "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
  "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
  "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
  "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
  "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
  "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
  "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
  "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
  "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
  "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
  "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
  "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
  "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
  "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
  "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
  "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);
export const isCountryCode = (code: string): code is CountryCode => COUNTRY_SET.has(code);

/**
 * Countries (and territories) with no postal-code system: `customer.postalCode` is optional
 * there. The spec names HK, QA and AE; the rest is the commonly used list of countries
 * without postcodes (Gulf states, much of Central and West Africa, several Caribbean and
 * Pacific islands). Countries that introduced codes recently (IE Eircode, KE, MU, ...) are
 * deliberately not here.
 */
// prettier-ignore
export const COUNTRIES_WITHOUT_POSTAL_CODES = [
  "AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK",
  "CM", "CW", "DJ", "DM", "ER", "FJ", "GA", "GD", "GH", "GM", "GQ", "GY", "HK", "JM", "KI", "KM",
  "KN", "KP", "ML", "MO", "MR", "MW", "NR", "NU", "QA", "RW", "SB", "SC", "SL", "SR", "ST", "SX",
  "SY", "TD", "TF", "TG", "TK", "TL", "TO", "TT", "TV", "UG", "VU", "YE", "ZW",
] as const satisfies readonly CountryCode[];

export const hasPostalCodes = (country: string): boolean => !(COUNTRIES_WITHOUT_POSTAL_CODES as readonly string[]).includes(country);

type PostalFormat = {
  pattern: RegExp;
  /** Shown after "Enter a valid postal code for X". */
  hint: string;
  /** Canonical spelling of an accepted (already upper-cased) value. */
  normalise?: (value: string) => string;
};

/**
 * Formats checked per country (the spec asks for at least US, CA, JP, DE and GB). Values are
 * upper-cased before the check. Other countries get a generic check (letters, digits,
 * spaces, hyphens; ≤ 20).
 */
export const POSTAL_CODE_FORMATS: Readonly<Record<string, PostalFormat>> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, hint: "99999 or 99999-9999" },
  CA: {
    pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/,
    hint: "A9A 9A9",
    normalise: (v) => `${v.replace(" ", "").slice(0, 3)} ${v.replace(" ", "").slice(3)}`,
  },
  JP: { pattern: /^\d{3}-?\d{4}$/, hint: "999-9999", normalise: (v) => `${v.replace("-", "").slice(0, 3)}-${v.replace("-", "").slice(3)}` },
  DE: { pattern: /^\d{5}$/, hint: "99999" },
  GB: {
    pattern: /^(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/,
    hint: "e.g. SW1A 1AA",
    normalise: (v) => {
      const compact = v.replace(" ", "");
      return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
    },
  },
};

const GENERIC_POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]*$/;

/**
 * Checks a (trimmed) postal code against the country's format.
 * Returns the canonical spelling, or `undefined` if it does not fit.
 */
export function normalisePostalCode(country: string | undefined, value: string): string | undefined {
  const upper = value.toUpperCase().replace(/\s+/g, " ");
  const format = country ? POSTAL_CODE_FORMATS[country] : undefined;
  if (!format) return GENERIC_POSTAL_CODE.test(upper) ? upper : undefined;
  if (!format.pattern.test(upper)) return undefined;
  return format.normalise ? format.normalise(upper) : upper;
}

export const postalCodeHint = (country: string): string | undefined => POSTAL_CODE_FORMATS[country]?.hint;
