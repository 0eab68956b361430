/**
 * Business-day arithmetic of domain.md §3 (provider referrals to partners).
 *
 * A business day is Monday to Friday in the partner organisation's time zone. Public
 * holidays are not skipped (a later option of the spec).
 *
 * `addBusinessDays(sentAt, n, tz)`, exactly as §3 says:
 * 1. take the instant as a local wall time in `tz`;
 * 2. if it falls on a Saturday or Sunday, move it to the following Monday 00:00 (local);
 * 3. add `n` weekdays, keeping the local time of day and skipping Saturdays and Sundays;
 * 4. return the UTC instant of that local wall time.
 *
 * Daylight-saving time: the *local wall time* is kept, so the UTC distance between the
 * two instants is not a multiple of 24 h across a DST change. When the resulting local
 * time does not exist (it falls in a spring-forward gap, which on weekdays happens in a
 * few zones, e.g. Africa/Cairo's Friday 00:00 → 01:00) the instant *after the gap* is
 * chosen: the wall time is read with the offset in force before the gap, i.e. it is
 * pushed forward by the gap's length (Cairo 00:30 → 01:30; the same rule as Temporal's
 * "compatible" disambiguation and java.time). When the local time exists twice (a
 * fall-back overlap) the earlier instant is chosen.
 *
 * Pure: no clock, no I/O. Times are `Date` instants; nothing depends on the machine's
 * own time zone.
 */
import { tzOffset } from "@date-fns/tz";

/** Business days a partner has to accept a provider referral (§3). */
export const REFERRAL_ACCEPTANCE_BUSINESS_DAYS = 5;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** A local calendar date and wall-clock time in some time zone (month 1–12). */
export type LocalDateTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

function assertInstant(d: Date, name: string): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

function assertDays(days: number): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`days must be a non-negative integer, got ${days}`);
  }
}

/** UTC offset of `timeZone` at `epochMs`, in minutes; throws on an unknown time zone. */
function offsetMinutes(timeZone: string, epochMs: number): number {
  const offset = tzOffset(timeZone, new Date(epochMs));
  if (!Number.isFinite(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return offset;
}

/** True when `timeZone` is an IANA name (or UTC offset) this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.length === 0) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time of `instant` in `timeZone`. */
export function toLocalDateTime(instant: Date, timeZone: string): LocalDateTime {
  assertInstant(instant, "instant");
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const ms = instant.getTime();
  const local = new Date(ms + offsetMinutes(timeZone, ms) * MS_PER_MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
  };
}

/**
 * The UTC instant of a local wall time in `timeZone`. A time inside a DST gap resolves
 * to the instant after the gap (shifted forward by the gap's length); a time inside a
 * fall-back overlap resolves to the earlier of its two instants.
 */
export function fromLocalDateTime(local: LocalDateTime, timeZone: string): Date {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
  if (Number.isNaN(wall)) throw new RangeError("Invalid local date-time");
  // Real zones change their offset at most once within ±1 day: the offsets a day
  // before and a day after are the only two candidates.
  const before = offsetMinutes(timeZone, wall - MS_PER_DAY);
  const after = offsetMinutes(timeZone, wall + MS_PER_DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    .filter((ms) => offsetMinutes(timeZone, ms) * MS_PER_MINUTE === wall - ms)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]);
  // Gap: read the wall time with the offset in force before the gap.
  return new Date(wall - before * MS_PER_MINUTE);
}

/** ISO weekday of a local calendar date: 1 = Monday … 7 = Sunday. */
function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

function shiftDate(local: LocalDateTime, days: number): LocalDateTime {
  const d = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return { ...local, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const isWeekendDay = (l: LocalDateTime) => isoWeekday(l.year, l.month, l.day) >= 6;

/** True when `instant` falls on a Saturday or Sunday in `timeZone`. */
export function isWeekend(instant: Date, timeZone: string): boolean {
  return isWeekendDay(toLocalDateTime(instant, timeZone));
}

/** Step 2 of §3: a weekend wall time becomes the following Monday 00:00. */
function normalizeForward(local: LocalDateTime): LocalDateTime {
  const weekday = isoWeekday(local.year, local.month, local.day);
  if (weekday < 6) return local;
  return {
    ...shiftDate(local, 8 - weekday),
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
}

function stepWeekdays(local: LocalDateTime, days: number, direction: 1 | -1): LocalDateTime {
  let current = local;
  let remaining = days;
  while (remaining > 0) {
    current = shiftDate(current, direction);
    if (!isWeekendDay(current)) remaining -= 1;
  }
  return current;
}

/**
 * `sentAt` plus `days` business days in `timeZone`, exactly as domain.md §3 defines it
 * (see the module comment for weekends and DST). `days` = 0 gives the start of the
 * count: `sentAt` itself on a weekday, the following Monday 00:00 on a weekend.
 */
export function addBusinessDays(sentAt: Date, days: number, timeZone: string): Date {
  assertInstant(sentAt, "sentAt");
  assertDays(days);
  const local = toLocalDateTime(sentAt, timeZone);
  if (days === 0 && !isWeekendDay(local)) return new Date(sentAt.getTime());
  const start = normalizeForward(local);
  return fromLocalDateTime(stepWeekdays(start, days, 1), timeZone);
}

/**
 * `instant` minus `days` business days in `timeZone`, keeping the local time of day.
 * Used for the "expiring in 1 business day" reminder: `businessDaysBefore(expiresAt, 1,
 * tz)`. Mirror of `addBusinessDays`: an instant on a weekend counts as the following
 * Monday 00:00 (the business time it is equivalent to), then `days` weekdays are
 * stepped back. An expiry on Mon 09:30 gives the reminder on the Friday before, 09:30.
 */
export function businessDaysBefore(instant: Date, days: number, timeZone: string): Date {
  assertInstant(instant, "instant");
  assertDays(days);
  const local = toLocalDateTime(instant, timeZone);
  if (days === 0 && !isWeekendDay(local)) return new Date(instant.getTime());
  const start = normalizeForward(local);
  return fromLocalDateTime(stepWeekdays(start, days, -1), timeZone);
}

/** When a provider referral sent at `sentAt` expires: 5 business days later (§3). */
export function referralExpiresAt(sentAt: Date, timeZone: string): Date {
  return addBusinessDays(sentAt, REFERRAL_ACCEPTANCE_BUSINESS_DAYS, timeZone);
}

/** When to send the "referral expiring in 1 business day" reminder (§6). */
export function referralReminderAt(expiresAt: Date, timeZone: string): Date {
  return businessDaysBefore(expiresAt, 1, timeZone);
}
