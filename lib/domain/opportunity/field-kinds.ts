/**
 * The kinds of leaf field an opportunity is made of (text, choice, date, phone, ...), each
 * a zod schema that checks *format only*: a value that is present must have the right
 * type, length and shape, whatever the opportunity's state. Whether a field is required,
 * or allowed at all, depends on other fields and is decided in `rules.ts`.
 *
 * Every leaf is "absent-able": `undefined`, `null`, an empty or blank string, an empty list
 * and an empty object all mean "not given" and parse to `undefined`. So the wizard, the API
 * and the CSV import agree on what "empty" is, and "Required" is the only message an empty
 * field ever gets.
 */
import { z } from "zod";
import { isIsoDate } from "./dates";
import { isCountryCode, type CountryCode } from "./countries";

export const MESSAGES = {
  required: "Required",
  text: "Enter text",
  list: "Choose one or more values from the list",
  object: "Enter an object",
  unknownField: "Unknown field",
  maxChars: (max: number) => `Enter at most ${max} characters`,
  minChars: (min: number) => `Enter at least ${min} characters`,
  choice: "Choose a value from the list",
  date: "Enter a date as YYYY-MM-DD",
  url: "Enter a valid URL",
  email: "Enter a valid email address",
  phone: "Enter a phone number in international format: + and up to 15 digits, e.g. +49 30 1234567",
  country: "Choose a country (ISO 3166-1 alpha-2 code, e.g. DE)",
  duns: "Enter the 9-digit DUNS number",
  providerAccountId: "Enter the 12-digit account ID",
  id: "Enter a valid ID",
} as const;

/** Length in characters (code points), as the database counts them, not UTF-16 units. */
export const charCount = (value: string): number => [...value].length;

export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every((v) => v === undefined);
  }
  return false;
}

/**
 * Makes a leaf absent-able (see the file comment). Input type: the leaf's input or null or
 * undefined; output: the leaf's output or undefined. For JSON Schema (OpenAPI) the leaf is
 * shown as itself, optional.
 */
export type Absentable<T extends z.ZodType> = z.ZodOptional<
  z.ZodPipe<z.ZodTransform<z.input<T> | undefined, z.input<T> | null | undefined>, z.ZodOptional<T>>
>;

export function absentable<T extends z.ZodType>(schema: T, blank: (value: unknown) => boolean = isBlank): Absentable<T> {
  const blankToUndefined = z.transform((value: z.input<T> | null | undefined) => (blank(value) ? undefined : (value as z.input<T>)));
  const inner = schema.optional() as unknown as z.core.$ZodType<unknown, Awaited<z.input<T>> | undefined>;
  return z.pipe(blankToUndefined, inner).optional() as unknown as Absentable<T>;
}

/**
 * Money is not given when its amount is blank: a currency alone (often a form's preset
 * select) carries no information. An amount without a currency is given, and reported.
 */
export function isBlankMoney(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const { amount, currency, ...rest } = value as Record<string, unknown>;
  return Object.keys(rest).length === 0 && isBlank(amount) && (isBlank(currency) || typeof currency === "string");
}

function lengthChecked(options: { max: number; min?: number }) {
  let schema = z
    .string({ error: MESSAGES.text })
    .trim()
    .refine((v) => charCount(v) <= options.max, MESSAGES.maxChars(options.max));
  if (options.min !== undefined) {
    const min = options.min;
    schema = schema.refine((v) => charCount(v) >= min, MESSAGES.minChars(min));
  }
  return schema;
}

/** Free text, trimmed, with a maximum (and optional minimum) number of characters. */
export const text = (options: { max: number; min?: number }) => absentable(lengthChecked(options));

/** One value of a picklist. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string = MESSAGES.choice) =>
  absentable(z.enum(values, { error: message }));

/** Several values of a picklist; duplicates are dropped, order is kept. */
export const choices = <const T extends readonly [string, ...string[]]>(values: T, message: string = MESSAGES.choice) =>
  absentable(z.array(z.enum(values, { error: message }), { error: MESSAGES.list }).transform((list) => [...new Set(list)]));

/** A calendar date `YYYY-MM-DD` (kept as that string). */
export const dateOnly = () =>
  absentable(
    z
      .string({ error: MESSAGES.date })
      .trim()
      .refine((v) => isIsoDate(v), MESSAGES.date),
  );

/** A string of exactly `length` digits (DUNS, provider account ID). */
export const digits = (length: number, message: string) =>
  absentable(
    z
      .string({ error: message })
      .trim()
      .regex(new RegExp(`^\\d{${length}}$`), message),
  );

/** An opaque id of another record (user, opportunity). Existence is the service's job. */
export const id = () => absentable(lengthChecked({ max: 64 }).regex(/^[A-Za-z0-9_-]+$/, MESSAGES.id));

/** ISO 3166-1 alpha-2; accepted in any case, stored upper-case. */
export const countryCode = () =>
  absentable(
    z
      .string({ error: MESSAGES.country })
      .trim()
      .toUpperCase()
      .refine((v): v is CountryCode => isCountryCode(v), MESSAGES.country),
  );

// No look-behind: this file also runs in browsers without it.
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/**
 * A website: an `http(s)://` URL or a bare domain (`globex.example`, `www.globex.example/de`),
 * 4–255 characters. The host must be a dotted domain name with an alphabetic top-level
 * domain (no IP addresses, no `localhost`). The value is kept as typed (trimmed).
 */
export function isWebsite(value: string): boolean {
  const length = charCount(value);
  if (length < 4 || length > 255 || /\s/.test(value)) return false;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  if (hasScheme && !/^https?:\/\//i.test(value)) return false;
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return false;
  }
  if (url.username || url.password || url.port) return false;
  const labels = url.hostname.split(".");
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1];
  return TLD.test(tld) && labels.every((label) => DOMAIN_LABEL.test(label));
}

export const website = () =>
  absentable(
    z
      .string({ error: MESSAGES.url })
      .trim()
      .refine((v) => isWebsite(v), MESSAGES.url),
  );

const EMAIL = z.regexes.email;
export const email = () => absentable(lengthChecked({ max: 80 }).refine((v) => EMAIL.test(v), MESSAGES.email));

const E164 = /^\+[1-9]\d{1,14}$/;
/** Removes the separators people type in phone numbers: spaces, hyphens, dots, parentheses. */
export const normalisePhone = (value: string): string => value.replace(/[\s\-.()]/g, "");
export const isE164 = (value: string): boolean => E164.test(normalisePhone(value));

/** A phone number in E.164 (`+` and up to 15 digits); "+49 30 1234567" is stored as "+49301234567". */
export const phone = () =>
  absentable(
    z
      .string({ error: MESSAGES.phone })
      .trim()
      .refine((v) => isE164(v), MESSAGES.phone)
      .transform(normalisePhone),
  );

/** Builds a nested object of absent-able leaves; unknown keys are refused. */
export const group = <T extends z.core.$ZodLooseShape>(shape: T) =>
  absentable(
    z.strictObject(shape, {
      error: (issue) => (issue.code === "unrecognized_keys" ? MESSAGES.unknownField : MESSAGES.object),
    }),
  );
