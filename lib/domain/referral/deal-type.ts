/**
 * Sale type of a deal (domain.md §4.1): how the wizard's two questions map to a type,
 * the one-way upgrades, and who outside the partner organisation sees the deal.
 */
import { DEAL_TYPES, isOneOf, type CoSellRequestState, type DealType } from "./picklists";

/** Answer to "what help do you need from the provider?": none, or what is wanted. */
export type HelpFromProvider = "NONE" | readonly string[];

export const helpRequested = (help: HelpFromProvider | null | undefined): boolean => Array.isArray(help) && help.length > 0;

/** The sale types the two questions decide (P2P and assessments are chosen otherwise). */
export const ANSWERABLE_DEAL_TYPES = ["PRIVATE", "PARTNER_LED", "CO_SELL"] as const;
export type AnswerableDealType = (typeof ANSWERABLE_DEAL_TYPES)[number];

/**
 * The deal type the two sale-type answers mean:
 * no help + not visible → PRIVATE; no help + visible → PARTNER_LED; help + visible → CO_SELL.
 * Help requested from provider sellers who may not see the deal is contradictory: null.
 */
export function dealTypeFromAnswers(answers: {
  helpFromProvider: HelpFromProvider;
  visibleToProvider: boolean;
}): AnswerableDealType | null {
  const help = helpRequested(answers.helpFromProvider);
  if (help) return answers.visibleToProvider ? "CO_SELL" : null;
  return answers.visibleToProvider ? "PARTNER_LED" : "PRIVATE";
}

/** The answers a sale type stands for (the inverse of `dealTypeFromAnswers`). */
export function answersOfDealType(dealType: AnswerableDealType): { helpRequested: boolean; visibleToProvider: boolean } {
  return {
    helpRequested: dealType === "CO_SELL",
    visibleToProvider: dealType !== "PRIVATE",
  };
}

/** One-way upgrades: the answers "visible" and "help" can only go from no to yes. */
export const DEAL_TYPE_UPGRADES: Readonly<Record<DealType, readonly DealType[]>> = {
  PRIVATE: ["PARTNER_LED", "CO_SELL"],
  PARTNER_LED: ["CO_SELL"],
  CO_SELL: [],
  P2P: [],
  SOLUTION_ASSESSMENT: [],
};

/** True when `from` may be upgraded to `to` (never back, never sideways, never to itself). */
export function canUpgrade(from: DealType, to: DealType): boolean {
  return DEAL_TYPE_UPGRADES[from].includes(to);
}

/**
 * The deal's type after inviting, later, the provider (co-sell help) and/or partners:
 * - partners on a PRIVATE deal make it P2P (a private deal is never seen outside the
 *   organisation, so inviting partners ends its privacy);
 * - the provider on a PRIVATE or PARTNER_LED deal makes it CO_SELL (help requested);
 * - P2P stays P2P when the provider is invited too (§4.1 "may be combined with a
 *   provider invitation"); CO_SELL and PARTNER_LED stay as they are when partners join.
 */
export function dealTypeAfterInvitation(dealType: DealType, invite: { provider?: boolean; partners?: boolean }): DealType {
  if (invite.partners && dealType === "PRIVATE") return "P2P";
  if (invite.provider && (dealType === "PRIVATE" || dealType === "PARTNER_LED")) return "CO_SELL";
  return dealType;
}

/**
 * Whether provider sellers see a deal of this type (§1 Visibility: partner-led, co-sell,
 * solution assessment). A P2P deal is visible only when the provider was invited too or
 * the partner answered "visible to provider sellers" (`opts.visibleToProvider`).
 */
export function isVisibleToProvider(dealType: DealType, opts: { visibleToProvider?: boolean } = {}): boolean {
  switch (dealType) {
    case "PARTNER_LED":
    case "CO_SELL":
    case "SOLUTION_ASSESSMENT":
      return true;
    case "P2P":
      return opts.visibleToProvider === true;
    case "PRIVATE":
      return false;
  }
}

/**
 * How a deal counts for registration and reporting (§4.4): a CO_SELL deal whose request
 * the provider seller declined, or let lapse, "stays partner-led". The stored type stays
 * CO_SELL (the partner's answers are one-way).
 */
export function effectiveDealType(dealType: DealType, coSellRequestState: CoSellRequestState | null | undefined): DealType {
  if (dealType === "CO_SELL" && (coSellRequestState === "DECLINED" || coSellRequestState === "LAPSED")) {
    return "PARTNER_LED";
  }
  return dealType;
}

export function isDealType(value: unknown): value is DealType {
  return isOneOf(DEAL_TYPES, value);
}
