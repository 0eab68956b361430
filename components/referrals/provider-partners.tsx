"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { CheckCircle2, Send, UserPlus, XCircle } from "lucide-react";
import { PARTNER_ROLES, PARTNER_ROLE_LABELS, type PartnerRole } from "@/lib/domain/referral";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox";
import { DescriptionList } from "@/components/ui/description-list";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { CoSellBadge, DealStatusBadge } from "./badges";
import type { DealActions } from "./deal-actions";
import { amountString, countdown, day, instant, money } from "./format";
import { MoneyField } from "./money-field";
import { SolutionPicker } from "./team-solutions";
import { errorAt, useDealAction } from "./use-deal-action";
import type { DealView, Formatting, PartnerOption, SolutionOption } from "./types";

/** The provider card (§4.4): the co-sell request, the seller who joined, the provider-side "won". */
export function ProviderCard({ deal, actions, fmt }: { deal: DealView; actions: DealActions; fmt: Formatting }) {
  const t = useTranslations("referrals.provider");
  const p = deal.provider;
  const a = deal.abilities;
  const { run, pending } = useDealAction({ success: t("saved") });
  const canUpgradeVisible = a.upgradeTo.includes("PARTNER_LED");
  const canAskHelp = a.upgradeTo.includes("CO_SELL") || a.inviteProvider;
  return (
    <Card data-testid="provider-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {deal.dealType === "PRIVATE" ? t("private") : deal.visibleToProvider ? t("visible") : t("notVisible")}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {p.coSellRequestState ? (
          <div className="grid gap-2">
            <div className="flex items-center gap-2">
              <CoSellBadge state={p.coSellRequestState} />
              {p.coSellRequestState === "REQUESTED" && p.decisionDeadline ? (
                <span className="text-xs text-amber-700" suppressHydrationWarning>{t("decideWithin", { left: countdown(p.decisionDeadline) })}</span>
              ) : null}
            </div>
            <DescriptionList
              columns={1}
              items={[
                { term: t("helpWanted"), value: p.helpFromProvider.join(", "), key: "help" },
                { term: t("requestedAt"), value: instant(p.requestedAt, fmt), key: "req" },
                { term: t("seller"), value: p.seller?.name ?? "", key: "seller" },
                { term: t("markedWon"), value: p.markedWonAt ? t("markedWonBy", { name: p.markedWonBy?.name ?? "", at: instant(p.markedWonAt, fmt) }) : "", key: "won", hidden: !p.markedWonAt },
              ]}
            />
          </div>
        ) : p.markedWonAt ? (
          <p className="text-sm">{t("markedWonBy", { name: p.markedWonBy?.name ?? "", at: instant(p.markedWonAt, fmt) })}</p>
        ) : (
          <p className="text-sm text-slate-600">{t("noRequest")}</p>
        )}
        {a.providerDecision ? (
          <div className="flex flex-wrap gap-2">
            <Button loading={pending} onClick={() => void run(() => actions.providerDecision(deal.id, { decision: "JOIN" }))} data-testid="provider-join">
              <CheckCircle2 aria-hidden="true" />
              {t("join")}
            </Button>
            <Button variant="outline" loading={pending} onClick={() => void run(() => actions.providerDecision(deal.id, { decision: "DECLINE" }))} data-testid="provider-decline">
              <XCircle aria-hidden="true" />
              {t("decline")}
            </Button>
          </div>
        ) : null}
        {a.providerMarkWon ? (
          <ConfirmDialog
            trigger={
              <Button variant="outline" data-testid="provider-mark-won">
                {t("markWon")}
              </Button>
            }
            title={t("markWonTitle")}
            description={t("markWonDescription")}
            confirmLabel={t("markWon")}
            onConfirm={() => run(() => actions.providerMarkWon(deal.id))}
          />
        ) : null}
        {canUpgradeVisible || canAskHelp ? (
          <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
            {canUpgradeVisible ? (
              <ConfirmDialog
                trigger={
                  <Button variant="outline" size="sm" data-testid="upgrade-partner-led">
                    {t("makeVisible")}
                  </Button>
                }
                title={t("makeVisibleTitle")}
                description={t("oneWay")}
                confirmLabel={t("makeVisible")}
                onConfirm={() => run(() => actions.upgrade(deal.id, { to: "PARTNER_LED" }))}
              />
            ) : null}
            {canAskHelp ? <AskHelpDialog deal={deal} actions={actions} /> : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** Ask provider sellers for help: upgrades a private / partner-led deal to co-sell, or asks again after a decline or lapse. */
function AskHelpDialog({ deal, actions }: { deal: DealView; actions: DealActions }) {
  const t = useTranslations("referrals.provider");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const upgrade = deal.abilities.upgradeTo.includes("CO_SELL");
  const { run, pending, fieldErrors } = useDealAction({ success: t("requested"), onSuccess: () => setOpen(false) });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" data-testid="ask-provider-help">
          <Send aria-hidden="true" />
          {upgrade ? t("askHelp") : t("askAgain")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("askHelpTitle")} description={upgrade ? t("askHelpDescription") : t("askAgainDescription")} closeLabel={tc("close")}>
        <form
          noValidate
          className="grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const help = String(new FormData(e.currentTarget).get("help") ?? "")
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean);
            void run(() => (upgrade ? actions.upgrade(deal.id, { to: "CO_SELL", helpFromProvider: help }) : actions.invite(deal.id, { provider: true })));
          }}
        >
          {upgrade ? (
            <FormField label={t("helpWanted")} hint={t("helpHint")} required error={errorAt(fieldErrors, "helpFromProvider")}>
              <Textarea name="help" rows={3} />
            </FormField>
          ) : null}
          <p className="text-xs text-slate-600">{t("oneWay")}</p>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{tc("cancel")}</Button>
            </DialogClose>
            <Button type="submit" loading={pending}>
              {t("sendRequest")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** The partners invited to the deal (§4.5) and their answers; invite more while the deal is open. */
export function PartnersCard({ deal, actions, fmt }: { deal: DealView; actions: DealActions; fmt: Formatting }) {
  const t = useTranslations("referrals.partners");
  if (deal.invitations.length === 0 && !deal.abilities.invitePartners) return null;
  return (
    <Card data-testid="partners-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        {deal.abilities.invitePartners ? (
          <CardAction>
            <InvitePartnerDialog deal={deal} actions={actions} />
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        {deal.invitations.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {deal.invitations.map((i) => (
              <li key={i.id} className="grid gap-1 py-2 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-medium">{i.organization.name}</span>
                  <DealStatusBadge status={i.status} />
                </div>
                <span className="text-xs text-slate-600">
                  {money(i.estimatedValue, fmt)} · {day(i.estimatedCloseDate, fmt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function InvitePartnerDialog({ deal, actions }: { deal: DealView; actions: DealActions }) {
  const t = useTranslations("referrals.partners");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline" data-testid="invite-partners">
          <UserPlus aria-hidden="true" />
          {t("invite")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("inviteTitle")} description={t("inviteDescription")} size="lg" closeLabel={tc("close")}>
        {open ? <InvitePartnerForm deal={deal} actions={actions} onDone={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

export type PartnerInvitationDraft = {
  partnerOrganizationId: string;
  estimatedCloseDate: string;
  estimatedValue: { amount: string; currency: string };
  notes: string;
  teamMemberEmails: string[];
  solutions: SolutionOption[];
  helpWanted: PartnerRole[];
};

/** One partner invitation's fields (§4.5); shared by the wizard and "invite partners later". */
export function PartnerInvitationFields({
  draft,
  onChange,
  partners,
  teamEmails,
  search,
  fieldErrors,
  base,
}: {
  draft: PartnerInvitationDraft;
  onChange: (draft: PartnerInvitationDraft) => void;
  partners: readonly PartnerOption[];
  teamEmails: readonly string[];
  search: DealActions["searchSolutions"];
  fieldErrors?: Record<string, string>;
  base: string;
}) {
  const t = useTranslations("referrals.partners");
  const set = (patch: Partial<PartnerInvitationDraft>) => onChange({ ...draft, ...patch });
  const err = (p: string) => errorAt(fieldErrors, `${base}.${p}`);
  return (
    <div className="grid gap-4">
      <FormField label={t("partner")} required error={err("partnerOrganizationId")}>
        <Select
          value={draft.partnerOrganizationId}
          onChange={(e) => set({ partnerOrganizationId: e.target.value, solutions: [] })}
          placeholder={t("choosePartner")}
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("closeDate")} required error={err("estimatedCloseDate")}>
          <Input type="date" value={draft.estimatedCloseDate} onChange={(e) => set({ estimatedCloseDate: e.target.value })} />
        </FormField>
        <MoneyField
          idPrefix={`${base}-value`}
          label={t("value")}
          required
          amount={draft.estimatedValue.amount}
          currency={draft.estimatedValue.currency}
          onChange={(estimatedValue) => set({ estimatedValue })}
          amountError={err("estimatedValue.amount") ?? err("estimatedValue")}
          currencyError={err("estimatedValue.currency")}
        />
      </div>
      <FormField label={t("notes")} hint={t("notesHint")} required error={err("notes")}>
        <Textarea rows={2} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      </FormField>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("teamMembers")}</legend>
        {teamEmails.map((email) => (
          <CheckboxField
            key={email}
            label={email}
            checked={draft.teamMemberEmails.includes(email)}
            onCheckedChange={(v) => set({ teamMemberEmails: v === true ? [...draft.teamMemberEmails, email] : draft.teamMemberEmails.filter((e) => e !== email) })}
          />
        ))}
        {err("teamMemberEmails") ? <p role="alert" className="text-xs font-medium text-red-700">{err("teamMemberEmails")}</p> : null}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("helpWanted")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {PARTNER_ROLES.map((r) => (
            <CheckboxField
              key={r}
              label={PARTNER_ROLE_LABELS[r]}
              checked={draft.helpWanted.includes(r)}
              onCheckedChange={(v) => set({ helpWanted: v === true ? [...draft.helpWanted, r] : draft.helpWanted.filter((x) => x !== r) })}
            />
          ))}
        </div>
        {err("helpWanted") ? <p role="alert" className="text-xs font-medium text-red-700">{err("helpWanted")}</p> : null}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("solutions")}</legend>
        {draft.partnerOrganizationId ? (
          <SolutionPicker
            kinds={["OWN", "PROVIDER", "THIRD_PARTY"]}
            selected={draft.solutions}
            onChange={(solutions) => set({ solutions })}
            search={(input) => search({ ...input, publisherOrganizationId: input.kind === "OWN" ? draft.partnerOrganizationId : undefined })}
          />
        ) : (
          <p className="text-xs text-slate-500">{t("pickPartnerFirst")}</p>
        )}
        {err("solutions") ? <p role="alert" className="text-xs font-medium text-red-700">{err("solutions")}</p> : null}
      </fieldset>
    </div>
  );
}

export const invitationPayload = (d: PartnerInvitationDraft) => ({
  partnerOrganizationId: d.partnerOrganizationId,
  estimatedCloseDate: d.estimatedCloseDate,
  estimatedValue: d.estimatedValue,
  notes: d.notes,
  teamMemberEmails: d.teamMemberEmails,
  solutions: d.solutions.map((s) => ({ solutionId: s.id })),
  helpWanted: d.helpWanted,
});

function InvitePartnerForm({ deal, actions, onDone }: { deal: DealView; actions: DealActions; onDone: () => void }) {
  const t = useTranslations("referrals.partners");
  const tc = useTranslations("common");
  const [partners, setPartners] = useState<PartnerOption[]>([]);
  const [draft, setDraft] = useState<PartnerInvitationDraft>({
    partnerOrganizationId: "",
    estimatedCloseDate: deal.estimatedCloseDate,
    estimatedValue: { amount: amountString(deal.estimatedValue), currency: deal.estimatedValue.currency },
    notes: "",
    teamMemberEmails: deal.team.map((m) => m.email).slice(0, 1),
    solutions: [],
    helpWanted: [],
  });
  const { run, pending, failure, fieldErrors } = useDealAction({ success: t("invited"), onSuccess: onDone });
  useEffect(() => {
    void actions.directory().then((r) => (r.ok ? setPartners(r.data) : undefined));
  }, [actions]);
  const invited = new Set(deal.invitations.filter((i) => !["DECLINED", "EXPIRED", "ERROR"].includes(i.status)).map((i) => i.organization.id));
  return (
    <form
      noValidate
      className="grid max-h-[70vh] gap-4 overflow-y-auto pr-1"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => actions.invite(deal.id, { partners: [invitationPayload(draft)] }));
      }}
    >
      {failure && !failure.fieldErrors ? <Alert variant="danger">{failure.error}</Alert> : null}
      {failure?.fieldErrors?.partners ? <Alert variant="danger">{failure.fieldErrors.partners}</Alert> : null}
      <PartnerInvitationFields
        draft={draft}
        onChange={setDraft}
        partners={partners.filter((p) => !invited.has(p.id))}
        teamEmails={deal.team.map((m) => m.email)}
        search={actions.searchSolutions}
        fieldErrors={fieldErrors}
        base="partners.0"
      />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{tc("cancel")}</Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {t("send")}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Who sent an inbound deal, their people, and the help they want. */
export function SenderCard({ deal }: { deal: DealView }) {
  const t = useTranslations("referrals.sender");
  if (!deal.sender) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <DescriptionList
          columns={1}
          items={[
            { term: t("organization"), value: deal.sender.organization?.name ?? "", key: "org" },
            { term: t("user"), value: deal.sender.user?.name ?? "", key: "user" },
            { term: t("helpWanted"), value: deal.helpWanted.map((h) => PARTNER_ROLE_LABELS[h as PartnerRole] ?? h).join(", "), key: "help", hidden: deal.helpWanted.length === 0 },
          ]}
        />
        {deal.sender.contacts.length ? (
          <ul className="grid gap-1">
            {deal.sender.contacts.map((c) => (
              <li key={c.email} className="text-slate-700">
                {c.name} · {c.email}
                {c.phone ? ` · ${c.phone}` : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}

