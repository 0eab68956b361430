import { describe, expect, it } from "vitest";
import { countdownParts, formatCountdown } from "./countdown";

const now = new Date("2025-03-04T12:00:00Z");
const plus = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("formatCountdown", () => {
  it("shows days and hours when at least a day is left", () => {
    expect(formatCountdown(plus(2 * DAY + 4 * HOUR + 30 * MIN), now)).toBe("2 d 4 h left");
    expect(formatCountdown(plus(DAY), now)).toBe("1 d 0 h left");
  });

  it("shows hours and minutes, then minutes", () => {
    expect(formatCountdown(plus(3 * HOUR + 12 * MIN + 5000), now)).toBe("3 h 12 min left");
    expect(formatCountdown(plus(12 * MIN), now)).toBe("12 min left");
    expect(formatCountdown(plus(30_000), now)).toBe("<1 min left");
  });

  it("says expired at and after the deadline", () => {
    expect(formatCountdown(now, now)).toBe("expired");
    expect(formatCountdown(plus(-DAY), now)).toBe("expired");
  });

  it("accepts ISO strings and custom labels", () => {
    expect(formatCountdown("2025-03-06T16:00:00Z", "2025-03-04T12:00:00Z")).toBe("2 d 4 h left");
    expect(formatCountdown(plus(-1), now, { expired: "abgelaufen" })).toBe("abgelaufen");
    expect(formatCountdown(plus(5 * MIN), now, { left: (d) => `noch ${d}` })).toBe("noch 5 min");
  });
});

describe("countdownParts", () => {
  it("splits the remaining time", () => {
    expect(countdownParts(plus(DAY + 2 * HOUR + 3 * MIN + 4000), now)).toEqual({
      expired: false,
      totalMs: DAY + 2 * HOUR + 3 * MIN + 4000,
      days: 1,
      hours: 2,
      minutes: 3,
      seconds: 4,
    });
    expect(countdownParts(plus(-5), now)).toMatchObject({ expired: true, totalMs: 0 });
  });

  it("throws for invalid dates", () => {
    expect(() => countdownParts("nope", now)).toThrow(RangeError);
  });
});
