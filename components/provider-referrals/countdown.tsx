"use client";

import { useEffect, useState } from "react";
import { Clock } from "lucide-react";
import { countdownParts, formatCountdown, formatDateTime } from "@/lib/format";
import { cn } from "@/components/ui/cn";

const DAY_MS = 86_400_000;

/**
 * Time left until `expiresAt` ("2 d 4 h left"), refreshed every 30 s; amber under a day,
 * red under 4 hours. `now` is the server's render time so the first paint matches.
 */
export function Countdown({
  expiresAt,
  now,
  locale,
  timeZone,
  labels,
  className,
}: {
  expiresAt: string;
  now: string;
  locale: string;
  timeZone: string;
  labels: { left: string; expired: string; expiresAt: string };
  className?: string;
}) {
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setCurrent(new Date().toISOString()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const parts = countdownParts(expiresAt, current);
  const text = formatCountdown(expiresAt, current, { expired: labels.expired, left: (d) => labels.left.replace("{duration}", d) });
  const when = formatDateTime(expiresAt, { locale, timeZone });
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 text-xs font-medium whitespace-nowrap",
        parts.expired || parts.totalMs < 4 * 3_600_000 ? "text-red-700" : parts.totalMs < DAY_MS ? "text-amber-700" : "text-slate-600",
        className,
      )}
      title={labels.expiresAt.replace("{date}", when)}
    >
      <Clock aria-hidden="true" className="size-3.5" />
      <time dateTime={expiresAt}>{text}</time>
      <span className="sr-only">({labels.expiresAt.replace("{date}", when)})</span>
    </span>
  );
}
