/**
 * Calendar dates (`YYYY-MM-DD`) as the opportunity rules use them. A date is a plain string:
 * two valid dates compare correctly with `<` / `>`.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2027-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Today's date in an IANA time zone, e.g. the user's zone for "strictly in the future" rules. */
export function todayInTimeZone(timeZone: string, now: Date = new Date()): string {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}

export function assertIsoDate(value: string, name: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
}
