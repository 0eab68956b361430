import type { Actor } from "@/lib/domain/actor";
import { permissionsOf, type Permission } from "@/lib/authz/policy";

/**
 * The portal's navigation. Each entry names the permission that shows it; features add
 * their own entries here. Hiding is UX only: every page and service checks again.
 */
export type NavItem = {
  href: string;
  /** Key in the `nav` message namespace. */
  label:
    | "home"
    | "opportunities"
    | "shared"
    | "reviewQueue"
    | "providerReferrals"
    | "sentReferrals"
    | "referrals"
    | "cosellRequests"
    | "organizations"
    | "exchangeRates"
    | "registrations"
    | "team"
    | "connections"
    | "settings";
  icon: "home" | "briefcase" | "clipboard" | "inbox" | "handshake" | "building" | "users" | "link" | "settings" | "coins" | "badgeCheck" | "send" | "share";
  permission: Permission | null;
  /** Organisation kind that sees it, when only one does. */
  kind?: "PARTNER" | "PROVIDER";
};

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "home", icon: "home", permission: null },
  { href: "/opportunities", label: "opportunities", icon: "briefcase", permission: "opportunity.view" },
  { href: "/shared", label: "shared", icon: "share", permission: "opportunity.view", kind: "PARTNER" },
  { href: "/review", label: "reviewQueue", icon: "clipboard", permission: "opportunity.review" },
  { href: "/provider-referrals", label: "providerReferrals", icon: "inbox", permission: "opportunity.view", kind: "PARTNER" },
  { href: "/provider-referrals", label: "sentReferrals", icon: "send", permission: "providerReferral.send", kind: "PROVIDER" },
  { href: "/referrals", label: "referrals", icon: "handshake", permission: "referral.view" },
  { href: "/cosell-requests", label: "cosellRequests", icon: "inbox", permission: "referral.providerDecision", kind: "PROVIDER" },
  { href: "/admin/organizations", label: "organizations", icon: "building", permission: "admin.organizations" },
  { href: "/admin/exchange-rates", label: "exchangeRates", icon: "coins", permission: "admin.exchangeRates" },
  { href: "/admin/registrations", label: "registrations", icon: "badgeCheck", permission: "admin.registrations" },
  { href: "/team", label: "team", icon: "users", permission: "team.view", kind: "PARTNER" },
  { href: "/connections", label: "connections", icon: "link", permission: "connections.view", kind: "PARTNER" },
  { href: "/settings", label: "settings", icon: "settings", permission: null },
];

export function navFor(actor: Actor): NavItem[] {
  const perms = permissionsOf(actor);
  return NAV_ITEMS.filter((i) => (!i.permission || perms.has(i.permission)) && (!i.kind || i.kind === actor.organizationKind));
}
