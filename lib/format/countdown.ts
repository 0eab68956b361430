import type { DateInput } from "./date";

/**
 * Countdown to a deadline (e.g. an opportunity's acceptance window).
 * `countdownParts` gives the numbers for custom/translated rendering; `formatCountdown`
 * gives the compact English form "2 d 4 h left" / "3 h 12 min left" / "expired".
 */
export type CountdownParts = {
  expired: boolean;
  /** Milliseconds remaining, 0 when expired. */
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
};

function toTime(value: DateInput): number {
  const t = value instanceof Date ? value.getTime() : new Date(value).getTime();
  if (Number.isNaN(t)) throw new RangeError(`Invalid date: ${String(value)}`);
  return t;
}

export function countdownParts(expiresAt: DateInput, now: DateInput = new Date()): CountdownParts {
  const remaining = toTime(expiresAt) - toTime(now);
  if (remaining <= 0) return { expired: true, totalMs: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
  const totalSeconds = Math.floor(remaining / 1000);
  return {
    expired: false,
    totalMs: remaining,
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3_600),
    minutes: Math.floor((totalSeconds % 3_600) / 60),
    seconds: totalSeconds % 60,
  };
}

export type FormatCountdownLabels = {
  expired?: string;
  /** Wraps the duration; default `(d) => \`${d} left\``. */
  left?: (duration: string) => string;
};

/**
 * "2 d 4 h left" (≥ 1 day), "3 h 12 min left" (≥ 1 hour), "12 min left", "<1 min left", "expired".
 * Pass `now` explicitly when rendering on the server so the text is deterministic.
 */
export function formatCountdown(expiresAt: DateInput, now: DateInput = new Date(), labels: FormatCountdownLabels = {}): string {
  const p = countdownParts(expiresAt, now);
  if (p.expired) return labels.expired ?? "expired";
  let duration: string;
  if (p.days > 0) duration = `${p.days} d ${p.hours} h`;
  else if (p.hours > 0) duration = `${p.hours} h ${p.minutes} min`;
  else if (p.minutes > 0) duration = `${p.minutes} min`;
  else duration = "<1 min";
  return labels.left ? labels.left(duration) : `${duration} left`;
}
