import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatRelative, isDateOnlyString, parseDateOnly, toDateOnlyString } from "./date";

// Intl may use narrow no-break spaces (U+202F) before AM/PM; normalise for readable assertions.
const norm = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("formatDate", () => {
  it("never shifts a YYYY-MM-DD date, whatever the time zone", () => {
    for (const timeZone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      expect(formatDate("2025-03-04", { locale: "en-US", timeZone })).toBe("Mar 4, 2025");
    }
  });

  it("formats instants in the given time zone", () => {
    const instant = "2025-03-04T23:30:00Z";
    expect(formatDate(instant, { locale: "en-US", timeZone: "UTC" })).toBe("Mar 4, 2025");
    expect(formatDate(instant, { locale: "en-US", timeZone: "Europe/Berlin" })).toBe("Mar 5, 2025");
    expect(formatDate(new Date(instant), { locale: "en-US", timeZone: "America/New_York" })).toBe("Mar 4, 2025");
  });

  it("defaults to UTC, not the runtime zone", () => {
    expect(formatDate("2025-03-04T23:30:00Z", { locale: "en-US" })).toBe("Mar 4, 2025");
  });

  it("treats Date objects as calendar dates with dateOnly (Prisma @db.Date)", () => {
    const dbDate = new Date(Date.UTC(2025, 0, 1));
    expect(formatDate(dbDate, { locale: "en-US", timeZone: "America/Los_Angeles" })).toBe("Dec 31, 2024");
    expect(formatDate(dbDate, { locale: "en-US", timeZone: "America/Los_Angeles", dateOnly: true })).toBe("Jan 1, 2025");
  });

  it("is locale-aware and supports styles", () => {
    expect(formatDate("2025-03-04", { locale: "de-DE" })).toBe("04.03.2025");
    expect(formatDate("2025-03-04", { locale: "en-GB", dateStyle: "long" })).toBe("4 March 2025");
    expect(formatDate("2025-03-04", { locale: "en-US", dateStyle: "short" })).toBe("3/4/25");
  });

  it("returns the fallback for empty or invalid input", () => {
    expect(formatDate(null, { locale: "en-US" })).toBe("—");
    expect(formatDate(undefined, { locale: "en-US", fallback: "n/a" })).toBe("n/a");
    expect(formatDate("2025-02-30", { locale: "en-US" })).toBe("—");
    expect(formatDate("not a date", { locale: "en-US" })).toBe("—");
  });
});

describe("date-only helpers", () => {
  it("validates real calendar dates", () => {
    expect(isDateOnlyString("2024-02-29")).toBe(true);
    expect(isDateOnlyString("2025-02-29")).toBe(false);
    expect(isDateOnlyString("2025-3-4")).toBe(false);
    expect(parseDateOnly("0099-01-01")?.getUTCFullYear()).toBe(99);
  });

  it("converts instants to the local calendar date", () => {
    expect(toDateOnlyString("2025-03-04T23:30:00Z", "Asia/Tokyo")).toBe("2025-03-05");
    expect(toDateOnlyString("2025-03-04T23:30:00Z")).toBe("2025-03-04");
    expect(toDateOnlyString("2025-03-04", "Asia/Tokyo")).toBe("2025-03-04");
  });
});

describe("formatDateTime", () => {
  it("formats date and time in the zone", () => {
    const instant = "2025-03-04T13:05:00Z";
    expect(norm(formatDateTime(instant, { locale: "en-US", timeZone: "UTC" }))).toBe("Mar 4, 2025, 1:05 PM");
    expect(norm(formatDateTime(instant, { locale: "en-US", timeZone: "Asia/Tokyo" }))).toBe("Mar 4, 2025, 10:05 PM");
    expect(formatDateTime(instant, { locale: "de-DE", timeZone: "Europe/Berlin" })).toBe("04.03.2025, 14:05");
  });

  it("can show the time zone name", () => {
    const out = norm(formatDateTime("2025-03-04T13:05:00Z", { locale: "en-US", timeZone: "UTC", showTimeZone: true }));
    expect(out).toBe("Mar 4, 2025, 1:05 PM UTC");
  });

  it("returns the fallback for invalid input", () => {
    expect(formatDateTime("garbage", { locale: "en-US" })).toBe("—");
  });
});

describe("formatRelative", () => {
  const now = new Date("2025-03-04T12:00:00Z");

  it("uses seconds, minutes, hours within a day", () => {
    expect(formatRelative("2025-03-04T12:00:00Z", { locale: "en", now })).toBe("now");
    expect(formatRelative("2025-03-04T12:00:30Z", { locale: "en", now })).toBe("in 30 seconds");
    expect(formatRelative("2025-03-04T11:55:00Z", { locale: "en", now })).toBe("5 minutes ago");
    expect(formatRelative("2025-03-04T15:00:00Z", { locale: "en", now })).toBe("in 3 hours");
  });

  it("uses calendar days beyond a day", () => {
    expect(formatRelative("2025-03-07T09:00:00Z", { locale: "en", now })).toBe("in 3 days");
    expect(formatRelative("2025-03-03T09:00:00Z", { locale: "en", now })).toBe("yesterday");
    expect(formatRelative("2025-03-05T13:00:00Z", { locale: "en", now, numeric: "always" })).toBe("in 1 day");
  });

  it("handles date-only strings as calendar days", () => {
    expect(formatRelative("2025-03-04", { locale: "en", now })).toBe("today");
    expect(formatRelative("2025-03-05", { locale: "en", now })).toBe("tomorrow");
    expect(formatRelative("2025-03-07", { locale: "en", now })).toBe("in 3 days");
  });

  it("respects the time zone for calendar days", () => {
    // 2025-03-04T23:00 in New York is already 2025-03-05 in Tokyo ("today" there).
    const late = new Date("2025-03-05T04:00:00Z");
    expect(formatRelative("2025-03-05", { locale: "en", now: late, timeZone: "America/New_York" })).toBe("tomorrow");
    expect(formatRelative("2025-03-05", { locale: "en", now: late, timeZone: "Asia/Tokyo" })).toBe("today");
  });

  it("switches to weeks, months and years", () => {
    expect(formatRelative("2025-03-25", { locale: "en", now })).toBe("in 3 weeks");
    expect(formatRelative("2025-06-04", { locale: "en", now })).toBe("in 3 months");
    expect(formatRelative("2025-07-04", { locale: "en", now })).toBe("in 4 months");
    expect(formatRelative("2023-03-04", { locale: "en", now })).toBe("2 years ago");
  });

  it("is locale-aware", () => {
    expect(formatRelative("2025-03-07", { locale: "de", now })).toBe("in 3 Tagen");
    expect(formatRelative("2025-03-03", { locale: "fr", now })).toBe("hier");
  });
});
