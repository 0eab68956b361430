/**
 * The home page's "waiting for you" tiles: for each piece of work the actor's roles allow,
 * how many items wait and where to act on them. Every count goes through the same scope
 * (`lib/authz/scope.ts`) and permission (`lib/authz/policy.ts`) as the list it links to, and
 * overdue items count as expired, never as waiting (domain.md §6). One query a tile, run
 * together.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import { dealScope, opportunityScope } from "@/lib/authz/scope";
import { CO_SELL_DECISION_DAYS } from "@/lib/domain/referral";
import { countPendingReferrals } from "../provider-referrals/read";

export const DASHBOARD_TILES = [
  "actionRequired",
  "drafts",
  "openPipeline",
  "pendingReferrals",
  "inboundDeals",
  "openDeals",
  "reviewQueue",
  "coSellRequests",
  "sentReferralsPending",
  "registrations",
] as const;
export type DashboardTileKey = (typeof DASHBOARD_TILES)[number];

export type DashboardTile = {
  key: DashboardTileKey;
  count: number;
  /** The list that shows exactly these items. */
  href: string;
  /** Needs the actor's answer (highlighted when count > 0). */
  attention: boolean;
  /** The most urgent item's deadline or age, ISO: oldest waiting review, soonest expiry. */
  since?: string | null;
  until?: string | null;
};

const MS_PER_DAY = 86_400_000;
const OPEN_STAGES_EXCLUDED = ["LAUNCHED", "CLOSED_LOST"] as const;
const TERMINAL_DEALS = ["WON", "LOST", "DECLINED", "EXPIRED", "ERROR"] as const;

export async function dashboardTiles(actor: Actor, now: Date = new Date()): Promise<DashboardTile[]> {
  const tiles: Promise<DashboardTile>[] = [];
  const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(actor, p);

  if (actor.organizationKind === "PARTNER" && can("opportunity.view")) {
    const mine = opportunityScope(actor);
    const count = (where: object) => db().opportunity.count({ where: { AND: [mine, where] } });
    tiles.push(
      count({ status: "ACTION_REQUIRED" }).then((n) => ({ key: "actionRequired", count: n, href: "/opportunities?status=ACTION_REQUIRED", attention: true })),
      count({ status: "DRAFT" }).then((n) => ({ key: "drafts", count: n, href: "/opportunities?status=DRAFT&sort=-updatedAt", attention: false })),
      count({ status: "APPROVED", stage: { notIn: [...OPEN_STAGES_EXCLUDED] } }).then((n) => ({
        key: "openPipeline",
        count: n,
        href: "/opportunities?status=APPROVED",
        attention: false,
      })),
    );
  }
  // Everyone who has the Provider referrals page: leads see all, named recipients theirs.
  if (actor.organizationKind === "PARTNER" && can("opportunity.view")) {
    tiles.push(countPendingReferrals(actor, now).then((n) => ({ key: "pendingReferrals", count: n, href: "/provider-referrals", attention: true })));
  }
  if (actor.organizationKind === "PARTNER" && can("referral.view")) {
    const deals = dealScope(actor);
    tiles.push(
      db()
        .deal.aggregate({
          where: { AND: [deals, { direction: "INBOUND", status: "RECEIVED", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }] },
          _count: { _all: true },
          _min: { expiresAt: true },
        })
        .then((r) => ({
          key: "inboundDeals",
          count: r._count._all,
          href: "/referrals?tab=inbound&status=RECEIVED",
          attention: true,
          until: r._min.expiresAt?.toISOString() ?? null,
        })),
      db()
        .deal.count({ where: { AND: [deals, { direction: "OUTBOUND", status: { notIn: ["RECEIVED", ...TERMINAL_DEALS] } }] } })
        .then((n) => ({ key: "openDeals", count: n, href: "/referrals?tab=outbound", attention: false })),
    );
  }
  if (can("opportunity.review")) {
    tiles.push(
      db()
        .opportunity.aggregate({
          where: { AND: [opportunityScope(actor), { status: { in: ["SUBMITTED", "IN_REVIEW"] } }] },
          _count: { _all: true },
          _min: { submittedAt: true },
        })
        .then((r) => ({
          key: "reviewQueue",
          count: r._count._all,
          href: "/review",
          attention: true,
          since: r._min.submittedAt?.toISOString() ?? null,
        })),
    );
  }
  if (can("referral.providerDecision")) {
    const since = new Date(now.getTime() - CO_SELL_DECISION_DAYS * MS_PER_DAY);
    tiles.push(
      db()
        .deal.count({
          where: {
            AND: [dealScope(actor), { status: { notIn: ["RECEIVED", ...TERMINAL_DEALS] }, coSellRequestState: "REQUESTED", coSellRequestedAt: { gt: since } }],
          },
        })
        .then((n) => ({ key: "coSellRequests", count: n, href: "/cosell-requests", attention: true })),
    );
  }
  if (can("providerReferral.send")) {
    tiles.push(
      db()
        .opportunityInvitation.count({ where: { senderId: actor.userId, status: "PENDING", expiresAt: { gt: now } } })
        .then((n) => ({ key: "sentReferralsPending", count: n, href: "/provider-referrals?status=PENDING", attention: false })),
    );
  }
  if (can("admin.registrations")) {
    tiles.push(
      db()
        .dealRegistration.count({ where: { status: { in: ["SUBMITTED", "IN_VALIDATION"] } } })
        .then((n) => ({ key: "registrations", count: n, href: "/admin/registrations?view=open", attention: true })),
    );
  }
  return Promise.all(tiles);
}
