/**
 * `runSweep(now)`: one pass of every timer sweeper (domain.md §6 Timers), as if the time were
 * `now`. Run every minute by the `sweep` queue, and once by `npm run -s sweep -- --now <ISO>`.
 * Each sweeper moves overdue items exactly once (set-based, state re-checked in the `where`)
 * and notifies in its own transactions; one failing sweeper does not stop the others.
 *
 * Sweepers are registered in `SWEEPERS` below: a name (the key in the summary) and a
 * function returning counts.
 */
import { sweepProviderReferrals } from "@/lib/data/provider-referrals";
import { sweepDeals } from "@/lib/data/referrals";
import { notifyDealTimers, remindExpiringDeals } from "@/lib/data/notifications";
import { purgeIdempotencyKeys } from "@/lib/data/tokens";

export type SweepCounts = Record<string, number>;
export type Sweeper = { name: string; run: (now: Date) => Promise<SweepCounts> };

export const SWEEPERS: readonly Sweeper[] = [
  // Provider referrals (§3): expire after 5 business days, remind 1 business day before.
  { name: "providerReferrals", run: (now) => sweepProviderReferrals(now) },
  // Co-sell deals (§4.3, §4.4): inbound deals expire after 14 days, co-sell requests lapse;
  // the deals module moves them, the notifications follow in their own transaction.
  {
    name: "deals",
    run: async (now) => {
      const moved = await sweepDeals(now);
      const notified = await notifyDealTimers(moved);
      const reminded = await remindExpiringDeals(now);
      return { expired: moved.expired.length, lapsed: moved.lapsed.length, reminded, notified };
    },
  },
  // REST API: forget Idempotency-Key records older than their 24 hours.
  { name: "idempotencyKeys", run: async (now) => ({ purged: await purgeIdempotencyKeys(now) }) },
];

export type SweepSummary = {
  now: string;
  ok: boolean;
  durationMs: number;
} & Record<string, SweepCounts | { error: string } | string | boolean | number>;

export async function runSweep(now: Date = new Date(), sweepers: readonly Sweeper[] = SWEEPERS): Promise<SweepSummary> {
  if (Number.isNaN(now.getTime())) throw new RangeError("runSweep: invalid date");
  const started = Date.now();
  const summary: SweepSummary = { now: now.toISOString(), ok: true, durationMs: 0 };
  for (const sweeper of sweepers) {
    try {
      summary[sweeper.name] = await sweeper.run(now);
    } catch (error) {
      summary.ok = false;
      summary[sweeper.name] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  summary.durationMs = Date.now() - started;
  return summary;
}
