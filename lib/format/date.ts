import { dateTimeFormat, relativeTimeFormat } from "./cache";

/**
 * Date formatting. Pure and deterministic: the time zone is an explicit option (default `UTC`),
 * never the runtime's zone, so server and client render the same text (no hydration mismatch).
 * Pass the actor's `timeZone` and `locale`.
 *
 * Two kinds of input:
 * - **instants** (`Date`, epoch ms, ISO date-time strings such as `2025-03-04T10:00:00Z`) are
 *   shown in `timeZone`;
 * - **calendar dates** (`YYYY-MM-DD` strings, or any input with `dateOnly: true`) are shown as
 *   that calendar day regardless of time zone. Prisma `@db.Date` columns arrive as UTC-midnight
 *   `Date` objects: pass `dateOnly: true` for them.
 */
export type DateInput = Date | string | number;

export const DEFAULT_FALLBACK = "—";

const DATE_ONLY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` string naming a real calendar day. */
export function isDateOnlyString(value: unknown): value is string {
  return typeof value === "string" && parseDateOnly(value) !== null;
}

/** `YYYY-MM-DD` → a `Date` at UTC midnight of that day, or null if not a real date. */
export function parseDateOnly(value: string): Date | null {
  const m = DATE_ONLY_RE.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  date.setUTCFullYear(y);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

type Normalized = { date: Date; dateOnly: boolean };

function normalize(value: DateInput | null | undefined, forceDateOnly = false): Normalized | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    const dateOnly = parseDateOnly(value);
    if (dateOnly) return { date: dateOnly, dateOnly: true };
    if (DATE_ONLY_RE.test(value)) return null; // shaped like a date but not a real one
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  if (forceDateOnly) {
    return {
      date: new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())),
      dateOnly: true,
    };
  }
  return { date, dateOnly: false };
}

export type DateStyle = "full" | "long" | "medium" | "short";

export type FormatDateOptions = {
  locale: string;
  /** IANA zone for instants. Default `UTC`. Ignored for calendar dates. */
  timeZone?: string;
  /** Default `medium` (e.g. "Mar 4, 2025"). */
  dateStyle?: DateStyle;
  /** Treat the input as a calendar date (its UTC year/month/day), e.g. Prisma `@db.Date`. */
  dateOnly?: boolean;
  /** Returned for null/undefined/invalid input. Default "—". */
  fallback?: string;
};

/** A calendar date, e.g. "Mar 4, 2025". `YYYY-MM-DD` strings never shift by time zone. */
export function formatDate(value: DateInput | null | undefined, options: FormatDateOptions): string {
  const n = normalize(value, options.dateOnly);
  if (!n) return options.fallback ?? DEFAULT_FALLBACK;
  return dateTimeFormat(options.locale, {
    dateStyle: options.dateStyle ?? "medium",
    timeZone: n.dateOnly ? "UTC" : (options.timeZone ?? "UTC"),
  }).format(n.date);
}

export type FormatDateTimeOptions = {
  locale: string;
  /** IANA zone. Default `UTC`. */
  timeZone?: string;
  /** Default `medium`. */
  dateStyle?: DateStyle;
  /** Default `short` (e.g. "2:05 PM"). */
  timeStyle?: DateStyle;
  /** Append the zone's short name, e.g. "Mar 4, 2025, 2:05 PM GMT+1". */
  showTimeZone?: boolean;
  fallback?: string;
};

/** An instant with date and time in `timeZone`. */
export function formatDateTime(value: DateInput | null | undefined, options: FormatDateTimeOptions): string {
  const n = normalize(value);
  if (!n) return options.fallback ?? DEFAULT_FALLBACK;
  const timeZone = options.timeZone ?? "UTC";
  if (options.showTimeZone) {
    // dateStyle/timeStyle cannot be combined with timeZoneName.
    return dateTimeFormat(options.locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
      timeZone,
    }).format(n.date);
  }
  return dateTimeFormat(options.locale, {
    dateStyle: options.dateStyle ?? "medium",
    timeStyle: options.timeStyle ?? "short",
    timeZone,
  }).format(n.date);
}

/** Days since the epoch of the calendar day `date` falls on in `timeZone`. */
export function calendarDayNumber(date: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Math.round(Date.UTC(get("year"), get("month") - 1, get("day")) / DAY_MS);
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export type FormatRelativeOptions = {
  locale: string;
  /** Reference point. Default: the current time. Pass it explicitly in server-rendered output. */
  now?: DateInput;
  /** Zone used to decide calendar days ("tomorrow"). Default `UTC`. */
  timeZone?: string;
  /** `auto` (default) gives "tomorrow"/"yesterday"/"now"; `always` gives "in 1 day". */
  numeric?: "auto" | "always";
  /** Default `long` ("in 3 days"); `short` gives "in 3 days"/"in 3 hr." depending on locale. */
  style?: "long" | "short" | "narrow";
  fallback?: string;
};

/**
 * A relative phrase via `Intl.RelativeTimeFormat`, e.g. "in 3 days", "2 hours ago", "yesterday".
 * Under 24 h apart: seconds/minutes/hours. Otherwise whole calendar days in `timeZone`
 * (weeks beyond 13 days, months beyond ~8 weeks, years beyond 364 days).
 * Calendar-date inputs (`YYYY-MM-DD`) always use calendar days ("today", "in 3 days").
 */
export function formatRelative(value: DateInput | null | undefined, options: FormatRelativeOptions): string {
  const fallback = options.fallback ?? DEFAULT_FALLBACK;
  const n = normalize(value);
  const nowN = normalize(options.now ?? new Date());
  if (!n || !nowN) return fallback;
  const timeZone = options.timeZone ?? "UTC";
  const rtf = relativeTimeFormat(options.locale, {
    numeric: options.numeric ?? "auto",
    style: options.style ?? "long",
  });

  if (!n.dateOnly) {
    const diff = n.date.getTime() - nowN.date.getTime();
    const abs = Math.abs(diff);
    if (abs < MINUTE_MS) return rtf.format(Math.trunc(diff / SECOND_MS), "second");
    if (abs < HOUR_MS) return rtf.format(Math.trunc(diff / MINUTE_MS), "minute");
    if (abs < DAY_MS) return rtf.format(Math.trunc(diff / HOUR_MS), "hour");
  }

  const targetDay = n.dateOnly ? Math.round(n.date.getTime() / DAY_MS) : calendarDayNumber(n.date, timeZone);
  const today = calendarDayNumber(nowN.date, timeZone);
  const days = targetDay - today;
  const absDays = Math.abs(days);
  if (absDays < 14) return rtf.format(days, "day");
  if (absDays < 60) return rtf.format(Math.trunc(days / 7), "week");
  if (absDays < 365) return rtf.format(Math.trunc(days / 30.4375), "month");
  return rtf.format(Math.trunc(days / 365.25), "year");
}

/** `YYYY-MM-DD` of an instant in `timeZone` (default UTC), e.g. for `<input type="date">` values. */
export function toDateOnlyString(value: DateInput, timeZone = "UTC"): string {
  const n = normalize(value);
  if (!n) throw new RangeError(`Invalid date: ${String(value)}`);
  if (n.dateOnly) return n.date.toISOString().slice(0, 10);
  const day = calendarDayNumber(n.date, timeZone);
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
