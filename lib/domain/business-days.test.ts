import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  businessDaysBefore,
  fromLocalDateTime,
  isValidTimeZone,
  isWeekend,
  referralExpiresAt,
  referralReminderAt,
  toLocalDateTime,
} from "./business-days";

const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

describe("referralExpiresAt: the examples of domain.md §3 (Europe/Berlin)", () => {
  it.each([
    // sent (local)               sent (UTC)                   expires (UTC)                 expires (local)
    ["Mon 2026-11-23 09:30", "2026-11-23T08:30:00.000Z", "2026-11-30T08:30:00.000Z"], // Mon 2026-11-30 09:30
    ["Thu 2026-11-26 16:00", "2026-11-26T15:00:00.000Z", "2026-12-03T15:00:00.000Z"], // Thu 2026-12-03 16:00
    ["Sat 2026-11-21 11:00", "2026-11-21T10:00:00.000Z", "2026-11-29T23:00:00.000Z"], // Mon 2026-11-30 00:00
  ])("sent %s → %s", (_label, sent, expires) => {
    expect(iso(referralExpiresAt(at(sent), "Europe/Berlin"))).toBe(expires);
    expect(iso(addBusinessDays(at(sent), 5, "Europe/Berlin"))).toBe(expires);
  });
});

describe("addBusinessDays across DST changes: the local wall time is kept", () => {
  it.each([
    // Berlin: CET → CEST on Sun 2026-03-29
    ["Berlin spring, Wed 10:00 CET → Wed 10:00 CEST", "Europe/Berlin", "2026-03-25T09:00:00.000Z", "2026-04-01T08:00:00.000Z"],
    [
      "Berlin spring, sent Sat before the change → Mon 00:00 CEST a week later",
      "Europe/Berlin",
      "2026-03-28T12:00:00.000Z",
      "2026-04-05T22:00:00.000Z",
    ],
    [
      "Berlin spring, sent Sun in the gap hour's day → Mon 00:00 CEST",
      "Europe/Berlin",
      "2026-03-29T01:30:00.000Z",
      "2026-04-05T22:00:00.000Z",
    ],
    [
      "Berlin spring, Fri 02:30 CET → Fri 02:30 CEST (exists on a weekday)",
      "Europe/Berlin",
      "2026-03-27T01:30:00.000Z",
      "2026-04-03T00:30:00.000Z",
    ],
    // Berlin: CEST → CET on Sun 2026-10-25
    ["Berlin autumn, Thu 10:00 CEST → Thu 10:00 CET", "Europe/Berlin", "2026-10-22T08:00:00.000Z", "2026-10-29T09:00:00.000Z"],
    [
      "Berlin autumn, sent Sun 02:30 (first occurrence) → Mon 00:00 CET",
      "Europe/Berlin",
      "2026-10-25T00:30:00.000Z",
      "2026-11-01T23:00:00.000Z",
    ],
    [
      "Berlin autumn, sent Sun 02:30 (second occurrence) → Mon 00:00 CET",
      "Europe/Berlin",
      "2026-10-25T01:30:00.000Z",
      "2026-11-01T23:00:00.000Z",
    ],
    // New York: EST → EDT on Sun 2026-03-08, EDT → EST on Sun 2026-11-01
    ["New York March, Thu 09:00 EST → Thu 09:00 EDT", "America/New_York", "2026-03-05T14:00:00.000Z", "2026-03-12T13:00:00.000Z"],
    ["New York March, sent Sat → Mon 00:00 EDT", "America/New_York", "2026-03-07T15:00:00.000Z", "2026-03-16T04:00:00.000Z"],
    ["New York November, Wed 17:45 EDT → Wed 17:45 EST", "America/New_York", "2026-10-28T21:45:00.000Z", "2026-11-04T22:45:00.000Z"],
    [
      "New York November, sent Sun 01:30 (repeated hour) → Mon 00:00 EST",
      "America/New_York",
      "2026-11-01T06:30:00.000Z",
      "2026-11-09T05:00:00.000Z",
    ],
  ])("%s", (_label, tz, sent, expires) => {
    expect(iso(addBusinessDays(at(sent), 5, tz))).toBe(expires);
  });

  it("a nonexistent local time resolves to the instant after the gap (Cairo, Friday 00:00 → 01:00)", () => {
    // Africa/Cairo springs forward on Fri 2026-04-24 at 00:00 (EET +2 → EEST +3).
    // Sent Fri 2026-04-17 00:30 EET; Fri 2026-04-24 00:30 does not exist → 01:30 EEST.
    expect(iso(addBusinessDays(at("2026-04-16T22:30:00.000Z"), 5, "Africa/Cairo"))).toBe("2026-04-23T22:30:00.000Z");
    expect(iso(fromLocalDateTime({ year: 2026, month: 4, day: 24, hour: 0, minute: 30, second: 0, millisecond: 0 }, "Africa/Cairo"))).toBe(
      "2026-04-23T22:30:00.000Z",
    );
  });

  it("a repeated local time resolves to the earlier instant (Cairo, Thursday 24:00 → 23:00)", () => {
    // Africa/Cairo falls back at the end of Thu 2026-10-29 (EEST +3 → EET +2): 23:30 happens twice.
    expect(iso(addBusinessDays(at("2026-10-22T20:30:00.000Z"), 5, "Africa/Cairo"))).toBe("2026-10-29T20:30:00.000Z");
  });
});

describe("addBusinessDays at the year end", () => {
  it("sent Wed 2026-12-30 14:00 Berlin → Wed 2027-01-06 14:00 (New Year's Day counts: no holidays)", () => {
    expect(iso(referralExpiresAt(at("2026-12-30T13:00:00.000Z"), "Europe/Berlin"))).toBe("2027-01-06T13:00:00.000Z");
  });
  it("sent Sat 2026-12-26 → Mon 2027-01-04 00:00 Berlin", () => {
    expect(iso(referralExpiresAt(at("2026-12-26T10:00:00.000Z"), "Europe/Berlin"))).toBe("2027-01-03T23:00:00.000Z");
  });
  it("sent Thu 2026-12-31 23:30 in Tokyo → Thu 2027-01-07 23:30 JST", () => {
    expect(iso(referralExpiresAt(at("2026-12-31T14:30:00.000Z"), "Asia/Tokyo"))).toBe("2027-01-07T14:30:00.000Z");
  });
});

describe("every day of the week × each demo time zone (10:15 local, week of Mon 2026-06-08)", () => {
  // Fixed offsets in June 2026, independent of the code under test.
  const zones: [string, number][] = [
    ["Europe/Berlin", 120],
    ["America/New_York", -240],
    ["Asia/Tokyo", 540],
    ["UTC", 0],
  ];
  const localToUtc = (day: number, hour: number, minute: number, offset: number) =>
    new Date(Date.UTC(2026, 5, day, hour, minute) - offset * 60_000);
  // [weekday, local day sent, local day of expiry, expiry hour, expiry minute]
  const week: [string, number, number, number, number][] = [
    ["Mon", 8, 15, 10, 15],
    ["Tue", 9, 16, 10, 15],
    ["Wed", 10, 17, 10, 15],
    ["Thu", 11, 18, 10, 15],
    ["Fri", 12, 19, 10, 15],
    ["Sat", 13, 22, 0, 0], // counted from Mon 15 00:00
    ["Sun", 14, 22, 0, 0], // counted from Mon 15 00:00
  ];
  const cases = zones.flatMap(([tz, offset]) =>
    week.map(([name, sentDay, expDay, h, m]) => ({
      tz,
      name,
      sent: localToUtc(sentDay, 10, 15, offset),
      expected: localToUtc(expDay, h, m, offset),
    })),
  );
  it.each(cases)("$tz, sent $name", ({ tz, sent, expected }) => {
    expect(iso(referralExpiresAt(sent, tz))).toBe(iso(expected));
  });

  it.each(zones)("%s: 1 business day from Friday 10:15 is Monday 10:15", (tz, offset) => {
    expect(iso(addBusinessDays(localToUtc(12, 10, 15, offset), 1, tz))).toBe(iso(localToUtc(15, 10, 15, offset)));
  });
});

describe("the organisation's local day decides, not the UTC day", () => {
  it("Tokyo Mon 08:00 is Sunday in UTC but a business day locally", () => {
    const sent = at("2026-11-22T23:00:00.000Z"); // Mon 2026-11-23 08:00 JST
    expect(isWeekend(sent, "Asia/Tokyo")).toBe(false);
    expect(isWeekend(sent, "UTC")).toBe(true);
    expect(iso(referralExpiresAt(sent, "Asia/Tokyo"))).toBe("2026-11-29T23:00:00.000Z");
    expect(iso(referralExpiresAt(sent, "UTC"))).toBe("2026-11-30T00:00:00.000Z");
  });
  it("New York Fri 22:00 is Saturday in UTC but still Friday locally", () => {
    const sent = at("2026-11-28T03:00:00.000Z"); // Fri 2026-11-27 22:00 EST
    expect(iso(referralExpiresAt(sent, "America/New_York"))).toBe("2026-12-05T03:00:00.000Z");
  });
});

describe("addBusinessDays: other counts and input checks", () => {
  it("0 days keeps a weekday instant and moves a weekend one to Monday 00:00", () => {
    expect(iso(addBusinessDays(at("2026-11-23T08:30:00.000Z"), 0, "Europe/Berlin"))).toBe("2026-11-23T08:30:00.000Z");
    expect(iso(addBusinessDays(at("2026-11-21T10:00:00.000Z"), 0, "Europe/Berlin"))).toBe("2026-11-22T23:00:00.000Z");
  });
  it("keeps seconds and milliseconds", () => {
    expect(iso(addBusinessDays(at("2026-11-23T08:30:12.345Z"), 2, "Europe/Berlin"))).toBe("2026-11-25T08:30:12.345Z");
  });
  it("counts 10 business days as two weeks", () => {
    expect(iso(addBusinessDays(at("2026-11-25T08:30:00.000Z"), 10, "Europe/Berlin"))).toBe("2026-12-09T08:30:00.000Z");
  });
  it("refuses negative or fractional days, invalid dates and unknown time zones", () => {
    expect(() => addBusinessDays(at("2026-11-23T08:30:00Z"), -1, "UTC")).toThrow(RangeError);
    expect(() => addBusinessDays(at("2026-11-23T08:30:00Z"), 1.5, "UTC")).toThrow(RangeError);
    expect(() => addBusinessDays(new Date("nope"), 1, "UTC")).toThrow(RangeError);
    expect(() => addBusinessDays(at("2026-11-23T08:30:00Z"), 1, "Mars/Olympus")).toThrow(RangeError);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
  it("does not mutate its input", () => {
    const sent = at("2026-11-23T08:30:00.000Z");
    addBusinessDays(sent, 5, "Europe/Berlin");
    expect(iso(sent)).toBe("2026-11-23T08:30:00.000Z");
  });
});

describe("businessDaysBefore / referralReminderAt (expiring in 1 business day)", () => {
  it.each([
    ["expires Mon 09:30 → reminder Fri 09:30", "2026-11-30T08:30:00.000Z", "2026-11-27T08:30:00.000Z"],
    ["expires Mon 00:00 → reminder Fri 00:00", "2026-11-29T23:00:00.000Z", "2026-11-26T23:00:00.000Z"],
    ["expires Thu 16:00 → reminder Wed 16:00", "2026-12-03T15:00:00.000Z", "2026-12-02T15:00:00.000Z"],
    ["a weekend instant counts as Monday 00:00 → Fri 00:00", "2026-11-28T10:00:00.000Z", "2026-11-26T23:00:00.000Z"],
    ["across the spring DST change: Mon 09:30 CEST → Fri 09:30 CET", "2026-03-30T07:30:00.000Z", "2026-03-27T08:30:00.000Z"],
  ])("%s (Berlin)", (_label, expires, reminder) => {
    expect(iso(referralReminderAt(at(expires), "Europe/Berlin"))).toBe(reminder);
    expect(iso(businessDaysBefore(at(expires), 1, "Europe/Berlin"))).toBe(reminder);
  });

  it("is the inverse of addBusinessDays on weekday instants", () => {
    for (const tz of ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"]) {
      for (let day = 0; day < 21; day++) {
        const sent = new Date(Date.UTC(2026, 2, 2 + day, 13, 5));
        if (isWeekend(sent, tz)) continue;
        expect(iso(businessDaysBefore(addBusinessDays(sent, 5, tz), 5, tz))).toBe(iso(sent));
      }
    }
  });
});

describe("toLocalDateTime / fromLocalDateTime", () => {
  it("round-trips ordinary wall times", () => {
    const local = toLocalDateTime(at("2026-11-23T08:30:00.000Z"), "Europe/Berlin");
    expect(local).toEqual({ year: 2026, month: 11, day: 23, hour: 9, minute: 30, second: 0, millisecond: 0 });
    expect(iso(fromLocalDateTime(local, "Europe/Berlin"))).toBe("2026-11-23T08:30:00.000Z");
  });
  it("spring-forward gap in Berlin: 02:30 → 03:30 CEST", () => {
    expect(iso(fromLocalDateTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0, millisecond: 0 }, "Europe/Berlin"))).toBe(
      "2026-03-29T01:30:00.000Z",
    );
  });
  it("fall-back overlap in New York: 01:30 → the first (EDT) occurrence", () => {
    expect(
      iso(fromLocalDateTime({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0, millisecond: 0 }, "America/New_York")),
    ).toBe("2026-11-01T05:30:00.000Z");
  });
});
