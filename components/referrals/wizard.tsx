"use client";

import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Building2, Plus, Trash2 } from "lucide-react";
import {
  CreateReferralSchema,
  CUSTOMER_MANAGEMENT,
  CUSTOMER_MANAGEMENT_LABELS,
  DEAL_TYPE_LABELS,
  MARKETPLACE_INTENTS,
  MARKETPLACE_INTENT_LABELS,
  PARTNER_ROLES,
  PARTNER_ROLE_LABELS,
  PROGRAM_LABELS,
  dealTypeFromAnswers,
  type CustomerManagement,
  type MarketplaceIntent,
  type PartnerRole,
  type Program,
} from "@/lib/domain/referral";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { DescriptionList } from "@/components/ui/description-list";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioOption } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Stepper } from "@/components/ui/stepper";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import type { CatalogActions } from "./deal-actions";
import { isoDateIn } from "./format";
import { MoneyField } from "./money-field";
import { PartnerInvitationFields, invitationPayload, type PartnerInvitationDraft } from "./provider-partners";
import { SolutionPicker, SolutionsList, TeamEditor, type TeamRow } from "./team-solutions";
import { errorAt } from "./use-deal-action";
import type { CustomerOption, PartnerOption, SolutionOption, TeamSuggestion } from "./types";

type StepId = "customer" | "contact" | "details" | "marketplace" | "team" | "solutions" | "saleType" | "review";

/** Which body fields each step owns: a step's "Next" checks only its own. */
const STEP_FIELDS: Record<StepId, string[]> = {
  customer: ["customer"],
  contact: ["customerContact"],
  details: ["program", "name", "location", "estimatedValue", "estimatedCloseDate", "crmId", "campaignId", "partnerRole", "solutionArea", "solutionPlay", "notes", "recipientOrganizationId"],
  marketplace: ["marketplaceIntent"],
  team: ["team"],
  solutions: ["solutions", "assessmentLocation"],
  saleType: ["dealType", "helpFromProvider", "visibleToProvider", "partnerInvitations"],
  review: [],
};

type State = {
  kind: "DEAL" | "ASSESSMENT";
  recipientOrganizationId: string;
  customerMode: "directory" | "manual";
  account: CustomerOption | null;
  manual: { name: string; countryCode: string; city: string; postalCode: string; duns: string };
  contactEnabled: boolean;
  contact: { name: string; phone: string; email: string; consent: boolean; notes: string };
  program: Program;
  name: string;
  location: string;
  value: { amount: string; currency: string };
  closeDate: string;
  crmId: string;
  campaignId: string;
  partnerRole: PartnerRole | "";
  solutionArea: string;
  solutionPlay: string;
  notes: string;
  marketplaceIntent: MarketplaceIntent | "";
  team: TeamRow[];
  solutions: SolutionOption[];
  assessmentLocation: string;
  saleMode: "QUESTIONS" | "P2P";
  help: "" | "NONE" | "HELP";
  helpText: string;
  visible: "" | "yes" | "no";
  /** Provider seller: partner-led or co-sell. */
  sellerType: "PARTNER_LED" | "CO_SELL";
  invitations: PartnerInvitationDraft[];
};

export type WizardProps = {
  actorKind: "PARTNER" | "PROVIDER";
  canAssess: boolean;
  locations: readonly string[];
  suggestions: readonly TeamSuggestion[];
  actions: CatalogActions;
};

const lines = (text: string) =>
  text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

/** The wizard's state as the `POST /referrals` body (api.md). */
function toBody(s: State, seller: boolean): Record<string, unknown> {
  const assessment = s.kind === "ASSESSMENT";
  const dealType = assessment
    ? "SOLUTION_ASSESSMENT"
    : seller
      ? s.sellerType
      : s.saleMode === "P2P"
        ? "P2P"
        : s.help && s.visible
          ? (dealTypeFromAnswers({ helpFromProvider: s.help === "HELP" ? lines(s.helpText) : "NONE", visibleToProvider: s.visible === "yes" }) ?? "CO_SELL")
          : undefined;
  const help = seller ? (s.sellerType === "CO_SELL" ? lines(s.helpText) : "NONE") : s.help === "HELP" ? lines(s.helpText) : s.help === "NONE" ? "NONE" : undefined;
  const customer =
    s.customerMode === "directory"
      ? { accountId: s.account?.id ?? "" }
      : {
          name: s.manual.name,
          countryCode: s.manual.countryCode,
          city: s.manual.city,
          postalCode: s.manual.postalCode || null,
          ...(s.manual.duns ? { duns: s.manual.duns } : {}),
        };
  return {
    dealType,
    program: s.program,
    customer,
    customerContact: s.contactEnabled || assessment
      ? { name: s.contact.name, phone: s.contact.phone, email: s.contact.email, consent: s.contact.consent, notes: s.contact.notes || null }
      : null,
    name: s.name,
    location: s.location,
    estimatedValue: s.value,
    estimatedCloseDate: s.closeDate,
    crmId: s.crmId || null,
    campaignId: s.campaignId || null,
    partnerRole: s.program === "SERVICES_CO_SELL" ? s.partnerRole || null : null,
    solutionArea: s.solutionArea || null,
    solutionPlay: s.solutionPlay || null,
    notes: s.notes,
    marketplaceIntent: s.program === "IP_CO_SELL" ? s.marketplaceIntent || null : null,
    team: s.team,
    solutions: s.solutions.map((x) => ({ solutionId: x.id })),
    ...(assessment
      ? { assessmentLocation: s.assessmentLocation }
      : seller
        ? { helpFromProvider: help, visibleToProvider: true }
        : s.saleMode === "P2P"
          ? {
              partnerInvitations: s.invitations.map(invitationPayload),
              ...(help !== undefined ? { helpFromProvider: help } : {}),
              ...(s.visible ? { visibleToProvider: s.visible === "yes" } : {}),
            }
          : { ...(help !== undefined ? { helpFromProvider: help } : {}), ...(s.visible ? { visibleToProvider: s.visible === "yes" } : {}) }),
    ...(seller ? { recipientOrganizationId: s.recipientOrganizationId } : {}),
  };
}

/** The shared zod schema's issues as `path → message` (the same rules the server applies, minus database context). */
function clientIssues(body: Record<string, unknown>): Record<string, string> {
  const result = CreateReferralSchema.safeParse(body);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".") || "(body)";
    if (!out[path]) out[path] = issue.message;
  }
  return out;
}

const belongsTo = (path: string, step: StepId) => STEP_FIELDS[step].some((f) => path === f || path.startsWith(`${f}.`));

const newInvitation = (s: State): PartnerInvitationDraft => ({
  partnerOrganizationId: "",
  estimatedCloseDate: s.closeDate,
  estimatedValue: { ...s.value },
  notes: "",
  teamMemberEmails: s.team.slice(0, 1).map((m) => m.email),
  solutions: [],
  helpWanted: [],
});

/**
 * The co-sell deal wizard (domain.md §4.2): customer → contact → details → marketplace intent
 * (IP co-sell) → team → solutions → sale type (or P2P invitations) → review and create. Each
 * "Next" validates its own fields with the shared schema; the server validates everything
 * again on create and its errors are shown at their steps.
 */
export function DealWizard({ actorKind, canAssess, locations, suggestions, actions }: WizardProps) {
  const t = useTranslations("referrals.wizard");
  const router = useRouter();
  const seller = actorKind === "PROVIDER";
  const [state, setState] = useState<State>(() => ({
    kind: "DEAL",
    recipientOrganizationId: "",
    customerMode: "directory",
    account: null,
    manual: { name: "", countryCode: "", city: "", postalCode: "", duns: "" },
    contactEnabled: false,
    contact: { name: "", phone: "", email: "", consent: false, notes: "" },
    program: "IP_CO_SELL",
    name: "",
    location: locations.length === 1 ? locations[0] : "",
    value: { amount: "", currency: "USD" },
    closeDate: isoDateIn(60),
    crmId: "",
    campaignId: "",
    partnerRole: "",
    solutionArea: "",
    solutionPlay: "",
    notes: "",
    marketplaceIntent: "UNDECIDED",
    team: suggestions.length && !seller ? [{ ...suggestions[0] }] : [],
    solutions: [],
    assessmentLocation: "",
    saleMode: "QUESTIONS",
    help: "",
    helpText: "",
    visible: "",
    sellerType: "PARTNER_LED",
    invitations: [],
  }));
  const set = (patch: Partial<State>) => setState((s) => ({ ...s, ...patch }));
  const [partners, setPartners] = useState<PartnerOption[]>([]);
  useEffect(() => {
    void actions.directory().then((r) => (r.ok ? setPartners(r.data) : undefined));
  }, [actions]);
  const recipient = partners.find((p) => p.id === state.recipientOrganizationId) ?? null;
  const dealLocations = seller ? (recipient?.locations ?? []) : locations;

  const steps = useMemo<StepId[]>(() => {
    const list: StepId[] = ["customer", "contact", "details"];
    if (state.program === "IP_CO_SELL") list.push("marketplace");
    list.push("team", "solutions");
    if (state.kind !== "ASSESSMENT") list.push("saleType");
    list.push("review");
    return list;
  }, [state.program, state.kind]);
  const [current, setCurrent] = useState<StepId>("customer");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const index = steps.indexOf(current);
  const body = toBody(state, seller);

  const next = () => {
    const issues = clientIssues(body);
    const mine = Object.fromEntries(Object.entries(issues).filter(([p]) => belongsTo(p, current)));
    if (current === "customer" && state.customerMode === "directory" && !state.account) mine["customer.accountId"] = t("customer.pick");
    if (current === "details" && seller && !state.recipientOrganizationId) mine.recipientOrganizationId = t("details.pickRecipient");
    setErrors(mine);
    if (Object.keys(mine).length === 0) setCurrent(steps[index + 1]);
  };
  const back = () => {
    setErrors({});
    setCurrent(steps[Math.max(0, index - 1)]);
  };
  const create = async () => {
    setPending(true);
    setServerError(null);
    const result = await actions.create(body);
    setPending(false);
    if (result.ok) {
      toast.success(t("created"));
      router.push(`/referrals/${result.data.id}`);
      return;
    }
    if (result.fieldErrors) {
      setErrors(result.fieldErrors);
      const first = steps.find((s) => Object.keys(result.fieldErrors!).some((p) => belongsTo(p, s)));
      if (first) setCurrent(first);
      setServerError(result.error);
    } else {
      setServerError(result.error);
      toast.error(result.error);
    }
  };

  const stepTitle = (s: StepId) => t(`steps.${s}`);
  return (
    <div className="grid gap-5">
      <Stepper
        label={t("progress")}
        currentId={current}
        steps={steps.map((s) => ({ id: s, label: stepTitle(s) }))}
        stateLabels={{ done: t("done"), upcoming: t("upcoming") }}
      />
      <Card>
        <CardHeader>
          <CardTitle>{stepTitle(current)}</CardTitle>
          <CardDescription>{t(`hints.${current}`)}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5">
          {serverError ? (
            <Alert variant="danger" live>
              {serverError}
            </Alert>
          ) : null}
          {current === "customer" ? <CustomerStep state={state} set={set} errors={errors} actions={actions} locations={dealLocations} /> : null}
          {current === "contact" ? <ContactStep state={state} set={set} errors={errors} /> : null}
          {current === "details" ? (
            <DetailsStep state={state} set={set} errors={errors} locations={dealLocations} canAssess={canAssess && !seller} seller={seller} partners={partners} recipientCanAssess={recipient?.solutionAssessmentApproved ?? false} />
          ) : null}
          {current === "marketplace" ? <MarketplaceStep state={state} set={set} errors={errors} /> : null}
          {current === "team" ? (
            <Section hint={seller ? t("team.sellerHint") : undefined}>
              <TeamEditor rows={state.team} onChange={(team) => set({ team })} suggestions={suggestions} fieldErrors={errors} />
            </Section>
          ) : null}
          {current === "solutions" ? <SolutionsStep state={state} set={set} errors={errors} actions={actions} locations={dealLocations} /> : null}
          {current === "saleType" ? <SaleTypeStep state={state} set={set} errors={errors} actions={actions} partners={partners} seller={seller} /> : null}
          {current === "review" ? <ReviewStep state={state} body={body} seller={seller} recipient={recipient} /> : null}
        </CardContent>
        <CardFooter className="justify-between">
          <Button variant="outline" onClick={back} disabled={index === 0}>
            {t("back")}
          </Button>
          {current === "review" ? (
            <Button onClick={() => void create()} loading={pending} data-testid="wizard-create">
              {seller ? t("send") : t("create")}
            </Button>
          ) : (
            <Button onClick={next} data-testid="wizard-next">
              {t("next")}
            </Button>
          )}
        </CardFooter>
      </Card>
    </div>
  );
}

type StepProps = { state: State; set: (patch: Partial<State>) => void; errors: Record<string, string> };

function Section({ hint, children }: { hint?: string; children: ReactNode }) {
  return (
    <div className="grid gap-4">
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {children}
    </div>
  );
}

function CustomerStep({ state, set, errors, actions, locations }: StepProps & { actions: CatalogActions; locations: readonly string[] }) {
  const t = useTranslations("referrals.wizard.customer");
  const [q, setQ] = useState("");
  const [country, setCountry] = useState("");
  const [tab, setTab] = useState<CustomerManagement>("MANAGED");
  const [rows, setRows] = useState<CustomerOption[]>([]);
  const [counts, setCounts] = useState<Record<CustomerManagement, number>>({ MANAGED: 0, UNMANAGED: 0, OTHER: 0 });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const r = await actions.searchCustomers({ q, countryCode: country, management: tab });
      if (live && r.ok) {
        setRows(r.data.rows);
        setCounts(r.data.counts);
      }
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, country, tab, actions]);
  const countries = [...new Set([...locations, "US", "DE", "JP"])];
  const manual = state.manual;
  const setManual = (patch: Partial<State["manual"]>) => set({ manual: { ...manual, ...patch } });
  return (
    <div className="grid gap-4">
      <RadioGroup value={state.customerMode} onValueChange={(v) => set({ customerMode: v as State["customerMode"] })} aria-label={t("mode")} className="flex flex-wrap gap-4">
        <RadioOption value="directory" label={t("directory")} />
        <RadioOption value="manual" label={t("manual")} />
      </RadioGroup>
      {state.customerMode === "directory" ? (
        <>
          <div className="flex flex-wrap items-end gap-3">
            <div className="grid gap-1">
              <Label htmlFor="customer-q">{t("search")}</Label>
              <Input id="customer-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("searchPlaceholder")} className="min-w-64" />
            </div>
            <div className="grid gap-1">
              <Label htmlFor="customer-country">{t("country")}</Label>
              <Select id="customer-country" value={country} onChange={(e) => setCountry(e.target.value)} placeholder={t("anyCountry")} options={countries.map((c) => ({ value: c, label: c }))} />
            </div>
          </div>
          <div role="tablist" aria-label={t("tabs")} className="flex flex-wrap gap-1 border-b border-slate-200">
            {CUSTOMER_MANAGEMENT.map((m) => (
              <button
                key={m}
                type="button"
                role="tab"
                aria-selected={tab === m}
                onClick={() => setTab(m)}
                className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${tab === m ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {m === "OTHER" ? t("otherTab") : CUSTOMER_MANAGEMENT_LABELS[m]} <span className="text-xs text-slate-500">({counts[m]})</span>
              </button>
            ))}
          </div>
          <p className="text-xs text-slate-500">{t(`tabHint.${tab}`)}</p>
          <ul role="radiogroup" aria-label={t("results")} className="grid max-h-80 gap-1 overflow-y-auto" data-testid="customer-results">
            {rows.length === 0 ? <li className="text-sm text-slate-500">{t("noResults")}</li> : null}
            {rows.map((c) => (
              <li key={c.id}>
                <label className={`flex cursor-pointer items-center gap-3 rounded-md border px-3 py-2 ${state.account?.id === c.id ? "border-indigo-500 bg-indigo-50" : "border-slate-200 hover:bg-slate-50"}`}>
                  <input type="radio" name="customer" checked={state.account?.id === c.id} onChange={() => set({ account: c })} className="size-4 accent-indigo-600" />
                  <Building2 aria-hidden="true" className="size-4 text-slate-400" />
                  <span className="flex-1 text-sm font-medium">{c.name}</span>
                  <span className="text-xs text-slate-500">
                    {c.city}, {c.countryCode}
                    {c.duns ? ` · DUNS ${c.duns}` : ""}
                  </span>
                  {c.federal ? <Badge variant="warning">{t("federal")}</Badge> : null}
                </label>
              </li>
            ))}
          </ul>
          {errorAt(errors, "customer") ? (
            <p role="alert" className="text-xs font-medium text-red-700">
              {errorAt(errors, "customer")}
            </p>
          ) : null}
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label={t("name")} required error={errors["customer.name"]}>
            <Input value={manual.name} onChange={(e) => setManual({ name: e.target.value })} />
          </FormField>
          <FormField label={t("countryCode")} hint={t("countryHint")} required error={errors["customer.countryCode"]}>
            <Input value={manual.countryCode} maxLength={2} onChange={(e) => setManual({ countryCode: e.target.value.toUpperCase() })} />
          </FormField>
          <FormField label={t("city")} required error={errors["customer.city"]}>
            <Input value={manual.city} onChange={(e) => setManual({ city: e.target.value })} />
          </FormField>
          <FormField label={t("postalCode")} required error={errors["customer.postalCode"]}>
            <Input value={manual.postalCode} onChange={(e) => setManual({ postalCode: e.target.value })} />
          </FormField>
          <FormField label={t("duns")} hint={t("dunsHint")} error={errors["customer.duns"]}>
            <Input value={manual.duns} inputMode="numeric" maxLength={9} onChange={(e) => setManual({ duns: e.target.value })} />
          </FormField>
          <p className="text-xs text-slate-500 sm:col-span-2">{t("federalHint")}</p>
        </div>
      )}
    </div>
  );
}

function ContactStep({ state, set, errors }: StepProps) {
  const t = useTranslations("referrals.wizard.contact");
  const tf = useTranslations("referrals.fields");
  const required = state.kind === "ASSESSMENT";
  const c = state.contact;
  const setContact = (patch: Partial<State["contact"]>) => set({ contact: { ...c, ...patch } });
  return (
    <div className="grid gap-4">
      {required ? (
        <Alert variant="info">{t("requiredForAssessment")}</Alert>
      ) : (
        <CheckboxField label={t("enable")} checked={state.contactEnabled} onCheckedChange={(v) => set({ contactEnabled: v === true })} />
      )}
      {state.contactEnabled || required ? (
        <>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField label={tf("contactName")} required error={errors["customerContact.name"]}>
              <Input value={c.name} onChange={(e) => setContact({ name: e.target.value })} />
            </FormField>
            <FormField label={tf("contactPhone")} required error={errors["customerContact.phone"]}>
              <Input type="tel" value={c.phone} onChange={(e) => setContact({ phone: e.target.value })} placeholder="+1 555 0100" />
            </FormField>
            <FormField label={tf("contactEmail")} required error={errors["customerContact.email"]}>
              <Input type="email" value={c.email} onChange={(e) => setContact({ email: e.target.value })} />
            </FormField>
          </div>
          <FormField label={required ? t("notesAssessment") : tf("contactNotes")} required={required} error={errors["customerContact.notes"]}>
            <Textarea rows={2} value={c.notes} onChange={(e) => setContact({ notes: e.target.value })} />
          </FormField>
          <div>
            <CheckboxField label={tf("consent")} checked={c.consent} onCheckedChange={(v) => setContact({ consent: v === true })} data-testid="contact-consent" />
            {errors["customerContact.consent"] ? (
              <p role="alert" className="mt-1 text-xs font-medium text-red-700">
                {errors["customerContact.consent"]}
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      {errors.customerContact ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {errors.customerContact}
        </p>
      ) : null}
    </div>
  );
}

function DetailsStep({
  state,
  set,
  errors,
  locations,
  canAssess,
  seller,
  partners,
  recipientCanAssess,
}: StepProps & { locations: readonly string[]; canAssess: boolean; seller: boolean; partners: PartnerOption[]; recipientCanAssess: boolean }) {
  const t = useTranslations("referrals.wizard.details");
  const tf = useTranslations("referrals.fields");
  const services = state.program === "SERVICES_CO_SELL";
  return (
    <div className="grid gap-4">
      {seller ? (
        <FormField label={t("recipient")} hint={t("recipientHint")} required error={errors.recipientOrganizationId}>
          <Select
            value={state.recipientOrganizationId}
            onChange={(e) => set({ recipientOrganizationId: e.target.value, location: "" })}
            placeholder={t("pickRecipient")}
            options={partners.map((p) => ({ value: p.id, label: `${p.name} (${p.locations.join(", ")})` }))}
          />
        </FormField>
      ) : null}
      {canAssess || (seller && recipientCanAssess) ? (
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">{t("kind")}</legend>
          <RadioGroup value={state.kind} onValueChange={(v) => set({ kind: v as State["kind"], solutions: [] })} className="flex flex-wrap gap-4">
            <RadioOption value="DEAL" label={t("kindDeal")} />
            <RadioOption value="ASSESSMENT" label={DEAL_TYPE_LABELS.SOLUTION_ASSESSMENT} description={t("kindAssessmentHint")} />
          </RadioGroup>
        </fieldset>
      ) : null}
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{tf("program")}</legend>
        <RadioGroup value={state.program} onValueChange={(v) => set({ program: v as Program })} className="flex flex-wrap gap-4">
          <RadioOption value="IP_CO_SELL" label={PROGRAM_LABELS.IP_CO_SELL} description={t("ipHint")} />
          <RadioOption value="SERVICES_CO_SELL" label={PROGRAM_LABELS.SERVICES_CO_SELL} description={t("servicesHint")} />
        </RadioGroup>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={tf("name")} required error={errors.name}>
          <Input value={state.name} onChange={(e) => set({ name: e.target.value })} />
        </FormField>
        <FormField label={tf("location")} hint={t("locationHint")} required error={errors.location}>
          <Select value={state.location} onChange={(e) => set({ location: e.target.value })} placeholder={t("chooseLocation")} options={locations.map((l) => ({ value: l, label: l }))} />
        </FormField>
        <MoneyField
          idPrefix="wizard-value"
          label={tf("estimatedValue")}
          required
          amount={state.value.amount}
          currency={state.value.currency}
          onChange={(value) => set({ value })}
          amountError={errors["estimatedValue.amount"] ?? errors.estimatedValue}
          currencyError={errors["estimatedValue.currency"]}
        />
        <FormField label={tf("estimatedCloseDate")} required error={errors.estimatedCloseDate}>
          <Input type="date" value={state.closeDate} onChange={(e) => set({ closeDate: e.target.value })} />
        </FormField>
        <FormField label={tf("crmId")} error={errors.crmId}>
          <Input value={state.crmId} onChange={(e) => set({ crmId: e.target.value })} />
        </FormField>
        <FormField label={tf("campaignId")} error={errors.campaignId}>
          <Input value={state.campaignId} onChange={(e) => set({ campaignId: e.target.value })} />
        </FormField>
        {services ? (
          <FormField label={tf("partnerRole")} required error={errors.partnerRole}>
            <Select value={state.partnerRole} onChange={(e) => set({ partnerRole: e.target.value as PartnerRole })} placeholder={tf("choose")} options={PARTNER_ROLES.map((r) => ({ value: r, label: PARTNER_ROLE_LABELS[r] }))} />
          </FormField>
        ) : null}
        <FormField label={tf("solutionArea")} error={errors.solutionArea}>
          <Input value={state.solutionArea} onChange={(e) => set({ solutionArea: e.target.value })} />
        </FormField>
        <FormField label={tf("solutionPlay")} required={services} error={errors.solutionPlay}>
          <Input value={state.solutionPlay} onChange={(e) => set({ solutionPlay: e.target.value })} />
        </FormField>
      </div>
      <FormField label={tf("notes")} hint={t("notesHint")} required error={errors.notes}>
        <Textarea rows={3} value={state.notes} onChange={(e) => set({ notes: e.target.value })} />
      </FormField>
    </div>
  );
}

function MarketplaceStep({ state, set, errors }: StepProps) {
  const t = useTranslations("referrals.wizard.marketplace");
  return (
    <FormField label={t("label")} hint={t("hint")} required error={errors.marketplaceIntent}>
      {(control) => (
        <RadioGroup {...control} value={state.marketplaceIntent} onValueChange={(v) => set({ marketplaceIntent: v as MarketplaceIntent })} className="grid gap-2">
          {MARKETPLACE_INTENTS.map((m) => (
            <RadioOption key={m} value={m} label={MARKETPLACE_INTENT_LABELS[m]} />
          ))}
        </RadioGroup>
      )}
    </FormField>
  );
}

function SolutionsStep({ state, set, errors, actions, locations }: StepProps & { actions: CatalogActions; locations: readonly string[] }) {
  const t = useTranslations("referrals.wizard.solutions");
  const tf = useTranslations("referrals.fields");
  const assessment = state.kind === "ASSESSMENT";
  return (
    <div className="grid gap-4">
      <p className="text-sm text-slate-600">{assessment ? t("assessmentHint") : state.program === "IP_CO_SELL" ? t("ipHint") : t("servicesHint")}</p>
      <SolutionPicker
        kinds={assessment ? ["ASSESSMENT"] : ["OWN", "PROVIDER", "THIRD_PARTY"]}
        single={assessment}
        selected={state.solutions}
        onChange={(solutions) => set({ solutions })}
        search={actions.searchSolutions}
      />
      {errorAt(errors, "solutions") ? (
        <p role="alert" className="text-xs font-medium text-red-700">
          {errorAt(errors, "solutions")}
        </p>
      ) : null}
      {assessment ? (
        <FormField label={tf("assessmentLocation")} hint={t("locationHint")} required error={errors.assessmentLocation}>
          <Select value={state.assessmentLocation} onChange={(e) => set({ assessmentLocation: e.target.value })} placeholder={tf("choose")} options={locations.map((l) => ({ value: l, label: l }))} />
        </FormField>
      ) : null}
    </div>
  );
}

function SaleTypeStep({ state, set, errors, actions, partners, seller }: StepProps & { actions: CatalogActions; partners: PartnerOption[]; seller: boolean }) {
  const t = useTranslations("referrals.wizard.saleType");
  if (seller) {
    return (
      <div className="grid gap-4">
        <RadioGroup value={state.sellerType} onValueChange={(v) => set({ sellerType: v as State["sellerType"] })} className="grid gap-2">
          <RadioOption value="PARTNER_LED" label={DEAL_TYPE_LABELS.PARTNER_LED} description={t("sellerPartnerLed")} />
          <RadioOption value="CO_SELL" label={DEAL_TYPE_LABELS.CO_SELL} description={t("sellerCoSell")} />
        </RadioGroup>
        {state.sellerType === "CO_SELL" ? (
          <FormField label={t("sellerHelp")} hint={t("helpLines")} required error={errorAt(errors, "helpFromProvider")}>
            <Textarea rows={3} value={state.helpText} onChange={(e) => set({ helpText: e.target.value })} />
          </FormField>
        ) : null}
      </div>
    );
  }
  const answered = state.help && state.visible ? dealTypeFromAnswers({ helpFromProvider: state.help === "HELP" ? lines(state.helpText).length ? lines(state.helpText) : ["x"] : "NONE", visibleToProvider: state.visible === "yes" }) : null;
  return (
    <div className="grid gap-5">
      <RadioGroup value={state.saleMode} onValueChange={(v) => set({ saleMode: v as State["saleMode"], invitations: v === "P2P" && state.invitations.length === 0 ? [newInvitation(state)] : state.invitations })} className="flex flex-wrap gap-4" aria-label={t("mode")}>
        <RadioOption value="QUESTIONS" label={t("questions")} />
        <RadioOption value="P2P" label={t("invitePartners")} />
      </RadioGroup>
      <FormField label={t("helpQuestion")} required error={errors.helpFromProvider}>
        {(control) => (
          <RadioGroup {...control} value={state.help} onValueChange={(v) => set({ help: v as State["help"] })} className="grid gap-2" data-testid="help-question">
            <RadioOption value="NONE" label={t("helpNone")} />
            <RadioOption value="HELP" label={t("helpSome")} />
          </RadioGroup>
        )}
      </FormField>
      {state.help === "HELP" ? (
        <FormField label={t("helpWhat")} hint={t("helpLines")} required>
          <Textarea rows={3} value={state.helpText} onChange={(e) => set({ helpText: e.target.value })} />
        </FormField>
      ) : null}
      <FormField label={t("visibleQuestion")} required error={errors.visibleToProvider}>
        {(control) => (
          <RadioGroup {...control} value={state.visible} onValueChange={(v) => set({ visible: v as State["visible"] })} className="grid gap-2" data-testid="visible-question">
            <RadioOption value="yes" label={t("visibleYes")} />
            <RadioOption value="no" label={t("visibleNo")} />
          </RadioGroup>
        )}
      </FormField>
      {state.saleMode === "QUESTIONS" && answered ? (
        <Alert variant="info" title={t("resultTitle", { type: DEAL_TYPE_LABELS[answered] })}>
          {t(`result.${answered}`)}
        </Alert>
      ) : null}
      {errors.dealType ? <Alert variant="danger">{errors.dealType}</Alert> : null}
      {state.saleMode === "P2P" ? (
        <div className="grid gap-4">
          {errors.partnerInvitations ? <Alert variant="danger">{errors.partnerInvitations}</Alert> : null}
          {state.invitations.map((inv, i) => (
            <fieldset key={i} className="grid gap-3 rounded-md border border-slate-200 p-4">
              <legend className="px-1 text-sm font-medium">{t("invitation", { n: i + 1 })}</legend>
              <PartnerInvitationFields
                draft={inv}
                onChange={(d) => set({ invitations: state.invitations.map((x, j) => (j === i ? d : x)) })}
                partners={partners.filter((p) => p.id === inv.partnerOrganizationId || !state.invitations.some((x) => x.partnerOrganizationId === p.id))}
                teamEmails={state.team.map((m) => m.email)}
                search={actions.searchSolutions}
                fieldErrors={errors}
                base={`partnerInvitations.${i}`}
              />
              <div>
                <Button size="sm" variant="ghost" onClick={() => set({ invitations: state.invitations.filter((_, j) => j !== i) })}>
                  <Trash2 aria-hidden="true" />
                  {t("removeInvitation")}
                </Button>
              </div>
            </fieldset>
          ))}
          {state.invitations.length < 9 ? (
            <div>
              <Button size="sm" variant="outline" onClick={() => set({ invitations: [...state.invitations, newInvitation(state)] })}>
                <Plus aria-hidden="true" />
                {t("addInvitation")}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ReviewStep({ state, body, seller, recipient }: { state: State; body: Record<string, unknown>; seller: boolean; recipient: PartnerOption | null }) {
  const t = useTranslations("referrals.wizard.review");
  const tf = useTranslations("referrals.fields");
  const dealType = body.dealType as keyof typeof DEAL_TYPE_LABELS | undefined;
  const customer = state.customerMode === "directory" ? state.account : null;
  return (
    <div className="grid gap-5">
      <DescriptionList
        items={[
          { term: t("saleType"), value: dealType ? DEAL_TYPE_LABELS[dealType] : "", key: "type" },
          { term: t("recipient"), value: recipient?.name ?? "", key: "recipient", hidden: !seller },
          { term: tf("customer"), value: customer ? `${customer.name} (${CUSTOMER_MANAGEMENT_LABELS[customer.management]})` : `${state.manual.name} (${CUSTOMER_MANAGEMENT_LABELS.OTHER})`, key: "customer" },
          { term: tf("name"), value: state.name, key: "name" },
          { term: tf("program"), value: PROGRAM_LABELS[state.program], key: "program" },
          { term: tf("location"), value: state.location, key: "location" },
          { term: tf("estimatedValue"), value: `${state.value.amount} ${state.value.currency}`, key: "value" },
          { term: tf("estimatedCloseDate"), value: state.closeDate, key: "close" },
          { term: tf("marketplaceIntent"), value: state.marketplaceIntent ? MARKETPLACE_INTENT_LABELS[state.marketplaceIntent] : "", key: "mp", hidden: state.program !== "IP_CO_SELL" },
          { term: t("team"), value: state.team.map((m) => m.name).join(", "), key: "team" },
          { term: tf("customerContact"), value: state.contactEnabled || state.kind === "ASSESSMENT" ? state.contact.name : "", key: "contact" },
          { term: t("invitations"), value: state.invitations.length ? String(state.invitations.length) : "", key: "inv", hidden: state.saleMode !== "P2P" || seller },
          { term: tf("notes"), value: state.notes, key: "notes", fullWidth: true },
        ]}
      />
      <div>
        <h3 className="mb-2 text-sm font-medium">{state.kind === "ASSESSMENT" ? t("assessment") : t("solutions")}</h3>
        <SolutionsList solutions={state.solutions.map((s) => ({ id: s.id, name: s.name, kind: s.kind, ipCoSellEligible: s.ipCoSellEligible, publisher: s.publisherName }))} />
      </div>
    </div>
  );
}
