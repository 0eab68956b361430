import { getLocale } from "next-intl/server";
import type { Actor } from "@/lib/domain/actor";
import { CURRENCY_CODES } from "@/lib/domain/money";
import { COUNTRY_CODES, todayInTimeZone, type RuleContext } from "@/lib/domain/opportunity";
import { eligibleAssignees, listOpportunities } from "@/lib/data/opportunities";
import { logger } from "@/lib/log";
import type { Option, WizardOptions } from "@/components/opportunities/wizard/types";

/** Shown first in the currency list; the rest follow alphabetically. */
const COMMON_CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "INR", "SGD", "BRL"];
/** Parent candidates offered: the organisation's most recently updated opportunities. */
const PARENT_CHOICES = 200;

/** The rules' context for the wizard: today in the organisation's time zone (as the server validates). */
export const wizardRuleContext = (actor: Actor): RuleContext => ({
  today: todayInTimeZone(actor.timeZone),
  trainingPartner: actor.trainingPartner,
});

/** Choices of the wizard's selects: countries (in the user's language), owners, parents, currencies. */
export async function wizardOptions(actor: Actor, opts: { self?: string; you: string }): Promise<WizardOptions> {
  const locale = await getLocale();
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: "region" });
  } catch {
    names = undefined;
  }
  const countries: Option[] = COUNTRY_CODES.map((code) => ({ value: code, label: names?.of(code) ?? code })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );

  const [assignees, recent] = await Promise.all([
    eligibleAssignees(actor).catch((e: unknown) => {
      logger.warn("wizard: could not load assignees", { error: String(e) });
      return [];
    }),
    listOpportunities(actor, { pageSize: PARENT_CHOICES, sort: "-updatedAt" }).catch((e: unknown) => {
      logger.warn("wizard: could not load parent opportunities", { error: String(e) });
      return { rows: [] };
    }),
  ]);
  const owners: Option[] = [
    { value: actor.userId, label: `${actor.name} (${opts.you})` },
    ...assignees.filter((a) => a.id !== actor.userId).map((a) => ({ value: a.id, label: a.name })).sort((a, b) => a.label.localeCompare(b.label, locale)),
  ];
  const parents: Option[] = recent.rows
    .filter((o) => o.id !== opts.self)
    .map((o) => ({ value: o.id, label: [o.reference, o.customerName, o.title].filter(Boolean).join(" · ") }));

  const currencies = [...COMMON_CURRENCIES, ...CURRENCY_CODES.filter((c) => !COMMON_CURRENCIES.includes(c))];
  return { countries, owners, parents, currencies };
}
