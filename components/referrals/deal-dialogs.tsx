"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import {
  CLOSE_AS_ERROR_REASONS,
  CLOSE_AS_ERROR_REASON_LABELS,
  DECLINE_REASONS,
  DECLINE_REASON_LABELS,
  LOST_REASONS,
  LOST_REASON_LABELS,
  MARKETPLACE_INTENTS,
  MARKETPLACE_INTENT_LABELS,
  PARTNER_ROLES,
  PARTNER_ROLE_LABELS,
} from "@/lib/domain/referral";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MoneyField } from "./money-field";
import { amountString } from "./format";
import { errorAt, useDealAction } from "./use-deal-action";
import type { DealAction, DealView, TeamSuggestion } from "./types";

/** A dialog whose body is a form run through a deal action; closes on success. */
function ActionDialog({
  trigger,
  title,
  description,
  children,
}: {
  trigger: ReactNode;
  title: string;
  description: string;
  children: (close: () => void) => ReactNode;
}) {
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} description={description} closeLabel={tc("close")}>
        {open ? children(() => setOpen(false)) : null}
      </DialogContent>
    </Dialog>
  );
}

function Footer({ pending, submit }: { pending: boolean; submit: string }) {
  const tc = useTranslations("common");
  return (
    <DialogFooter>
      <DialogClose asChild>
        <Button variant="outline">{tc("cancel")}</Button>
      </DialogClose>
      <Button type="submit" loading={pending}>
        {submit}
      </Button>
    </DialogFooter>
  );
}

function FailureAlert({ failure }: { failure: { error: string; fieldErrors?: Record<string, string> } | null }) {
  if (!failure?.fieldErrors) return null;
  return (
    <Alert variant="danger" live>
      {failure.error}
    </Alert>
  );
}

// ---- Accept / decline a received deal --------------------------------------------------------

/** `me`: the accepting user as a team member (their last known phone, or none): they join the deal's team. */
export function AcceptDialog({ deal, action, me }: { deal: DealView; action: DealAction; me: TeamSuggestion | null }) {
  const t = useTranslations("referrals.answer");
  return (
    <ActionDialog
      trigger={<Button data-testid="accept-deal">{t("accept")}</Button>}
      title={t("acceptTitle")}
      description={t("acceptDescription")}
    >
      {(close) => <AcceptForm deal={deal} action={action} me={me} onDone={close} />}
    </ActionDialog>
  );
}

function AcceptForm({ deal, action, me, onDone }: { deal: DealView; action: DealAction; me: TeamSuggestion | null; onDone: () => void }) {
  const t = useTranslations("referrals");
  const { run, pending, failure, fieldErrors } = useDealAction({ success: t("answer.accepted"), onSuccess: onDone });
  const [value, setValue] = useState({ amount: amountString(deal.estimatedValue), currency: deal.estimatedValue.currency });
  return (
    <form
      noValidate
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        void run(() =>
          action(deal.id, {
            name: String(f.get("name") ?? ""),
            estimatedValue: value,
            estimatedCloseDate: String(f.get("estimatedCloseDate") ?? ""),
            notes: String(f.get("notes") ?? ""),
            crmId: String(f.get("crmId") ?? "") || null,
            campaignId: String(f.get("campaignId") ?? "") || null,
            // The accepting user joins the team with the phone given here (TeamSchema needs one).
            ...(me ? { team: [{ name: me.name, email: me.email, phone: String(f.get("phone") ?? "") }] } : {}),
          }),
        );
      }}
    >
      <FailureAlert failure={failure} />
      <FormField label={t("fields.name")} required error={errorAt(fieldErrors, "name")}>
        <Input name="name" defaultValue={deal.name} />
      </FormField>
      <MoneyField
        idPrefix="accept-value"
        label={t("fields.estimatedValue")}
        required
        amount={value.amount}
        currency={value.currency}
        onChange={setValue}
        amountError={errorAt(fieldErrors, "estimatedValue.amount") ?? errorAt(fieldErrors, "estimatedValue")}
        currencyError={errorAt(fieldErrors, "estimatedValue.currency")}
      />
      <FormField label={t("fields.estimatedCloseDate")} required error={errorAt(fieldErrors, "estimatedCloseDate")}>
        <Input name="estimatedCloseDate" type="date" defaultValue={deal.estimatedCloseDate} />
      </FormField>
      <FormField label={t("fields.notes")} required error={errorAt(fieldErrors, "notes")}>
        <Textarea name="notes" defaultValue={deal.notes} rows={3} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("fields.crmId")} error={errorAt(fieldErrors, "crmId")}>
          <Input name="crmId" defaultValue={deal.crmId ?? ""} />
        </FormField>
        <FormField label={t("fields.campaignId")} error={errorAt(fieldErrors, "campaignId")}>
          <Input name="campaignId" defaultValue={deal.campaignId ?? ""} />
        </FormField>
      </div>
      {me ? (
        <FormField label={t("answer.phone")} hint={t("answer.teamHint")} required error={errorAt(fieldErrors, "team.0.phone") ?? errorAt(fieldErrors, "team")}>
          <Input name="phone" type="tel" autoComplete="tel" defaultValue={me.phone} />
        </FormField>
      ) : (
        <p className="text-xs text-slate-500">{t("answer.teamHint")}</p>
      )}
      <Footer pending={pending} submit={t("answer.accept")} />
    </form>
  );
}

/** A reason picklist + notes: decline, mark lost, close as error. */
function ReasonForm<R extends string>({
  reasons,
  labels,
  notesRequiredFor,
  submit,
  onSubmit,
  pending,
  fieldErrors,
  failure,
  destructive,
}: {
  reasons: readonly R[];
  labels: Record<R, string>;
  notesRequiredFor?: R;
  submit: string;
  onSubmit: (input: { reason: string; notes: string | null }) => void;
  pending: boolean;
  fieldErrors?: Record<string, string>;
  failure: { error: string; fieldErrors?: Record<string, string> } | null;
  destructive?: boolean;
}) {
  const t = useTranslations("referrals");
  const tc = useTranslations("common");
  const [reason, setReason] = useState<string>("");
  return (
    <form
      noValidate
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const notes = String(new FormData(e.currentTarget).get("notes") ?? "").trim();
        onSubmit({ reason, notes: notes || null });
      }}
    >
      <FailureAlert failure={failure} />
      <FormField label={t("fields.reason")} required error={errorAt(fieldErrors, "reason")}>
        <Select
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("fields.chooseReason")}
          options={reasons.map((r) => ({ value: r, label: labels[r] }))}
        />
      </FormField>
      <FormField label={t("fields.notes")} required={reason !== "" && reason === notesRequiredFor} error={errorAt(fieldErrors, "notes")}>
        <Textarea name="notes" rows={3} />
      </FormField>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">{tc("cancel")}</Button>
        </DialogClose>
        <Button type="submit" variant={destructive ? "destructive" : "primary"} loading={pending}>
          {submit}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** A dialog asking for a reason (and notes) before a closing action: decline, lost, error. */
function ReasonActionDialog<R extends string>({
  deal,
  action,
  trigger,
  title,
  description,
  success,
  submit,
  reasons,
  labels,
  notesRequiredFor,
}: {
  deal: DealView;
  action: DealAction;
  trigger: ReactNode;
  title: string;
  description: string;
  success: string;
  submit: string;
  reasons: readonly R[];
  labels: Record<R, string>;
  notesRequiredFor?: R;
}) {
  return (
    <ActionDialog trigger={trigger} title={title} description={description}>
      {(close) => (
        <ReasonActionForm
          run={(input) => action(deal.id, input)}
          success={success}
          submit={submit}
          reasons={reasons}
          labels={labels}
          notesRequiredFor={notesRequiredFor}
          onDone={close}
        />
      )}
    </ActionDialog>
  );
}

function ReasonActionForm<R extends string>({
  run: send,
  success,
  submit,
  reasons,
  labels,
  notesRequiredFor,
  onDone,
}: {
  run: (input: { reason: string; notes: string | null }) => ReturnType<DealAction>;
  success: string;
  submit: string;
  reasons: readonly R[];
  labels: Record<R, string>;
  notesRequiredFor?: R;
  onDone: () => void;
}) {
  const { run, pending, failure, fieldErrors } = useDealAction({ success, onSuccess: onDone });
  return (
    <ReasonForm
      reasons={reasons}
      labels={labels}
      notesRequiredFor={notesRequiredFor}
      submit={submit}
      pending={pending}
      fieldErrors={fieldErrors}
      failure={failure}
      destructive
      onSubmit={(input) => void run(() => send(input))}
    />
  );
}

/** The three closing actions that ask for a reason, as data. */
function reasonDialog<R extends string>(config: {
  namespace: "referrals.answer" | "referrals.lifecycle";
  testId: string;
  variant: "outline" | "ghost";
  /** Message keys in `namespace`. */
  keys: { trigger: string; title: string; description: string; success: string };
  reasons: readonly R[];
  labels: Record<R, string>;
  notesRequiredFor?: R;
}) {
  return function Dialog({ deal, action }: { deal: DealView; action: DealAction }) {
    const t = useTranslations(config.namespace) as (key: string) => string;
    return (
      <ReasonActionDialog
        deal={deal}
        action={action}
        trigger={
          <Button variant={config.variant} data-testid={config.testId}>
            {t(config.keys.trigger)}
          </Button>
        }
        title={t(config.keys.title)}
        description={t(config.keys.description)}
        success={t(config.keys.success)}
        submit={t(config.keys.trigger)}
        reasons={config.reasons}
        labels={config.labels}
        notesRequiredFor={config.notesRequiredFor}
      />
    );
  };
}

export const DeclineDialog = reasonDialog({
  namespace: "referrals.answer",
  testId: "decline-deal",
  variant: "outline",
  keys: { trigger: "decline", title: "declineTitle", description: "declineDescription", success: "declined" },
  reasons: DECLINE_REASONS,
  labels: DECLINE_REASON_LABELS,
  notesRequiredFor: "OTHER",
});

export const LostDialog = reasonDialog({
  namespace: "referrals.lifecycle",
  testId: "mark-lost",
  variant: "outline",
  keys: { trigger: "markLost", title: "lostTitle", description: "lostDescription", success: "lost" },
  reasons: LOST_REASONS,
  labels: LOST_REASON_LABELS,
});

export const CloseAsErrorDialog = reasonDialog({
  namespace: "referrals.lifecycle",
  testId: "close-as-error",
  variant: "ghost",
  keys: { trigger: "closeAsError", title: "errorTitle", description: "errorDescription", success: "closedAsError" },
  reasons: CLOSE_AS_ERROR_REASONS,
  labels: CLOSE_AS_ERROR_REASON_LABELS,
});

// ---- Edit the deal's details -----------------------------------------------------------------

export function EditDealDialog({ deal, action }: { deal: DealView; action: DealAction }) {
  const t = useTranslations("referrals.edit");
  return (
    <ActionDialog
      trigger={
        <Button size="sm" variant="outline" data-testid="edit-deal">
          {t("button")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
    >
      {(close) => <EditForm deal={deal} action={action} onDone={close} />}
    </ActionDialog>
  );
}

function EditForm({ deal, action, onDone }: { deal: DealView; action: DealAction; onDone: () => void }) {
  const t = useTranslations("referrals");
  const { run, pending, failure, fieldErrors } = useDealAction({ success: t("edit.saved"), onSuccess: onDone });
  const editable = new Set(deal.abilities.editableFields);
  const [value, setValue] = useState({ amount: amountString(deal.estimatedValue), currency: deal.estimatedValue.currency });
  const contact = deal.customerContact;
  const [withContact, setWithContact] = useState(contact !== null);
  const [consent, setConsent] = useState(contact?.consent ?? false);
  const services = deal.program === "SERVICES_CO_SELL";
  return (
    <form
      noValidate
      className="grid max-h-[70vh] gap-4 overflow-y-auto pr-1"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const text = (k: string) => String(f.get(k) ?? "").trim();
        void run(() =>
          action(deal.id, {
            version: deal.version,
            name: text("name"),
            estimatedValue: value,
            estimatedCloseDate: text("estimatedCloseDate"),
            notes: text("notes"),
            crmId: text("crmId") || null,
            campaignId: text("campaignId") || null,
            solutionArea: text("solutionArea") || null,
            solutionPlay: text("solutionPlay") || null,
            ...(editable.has("marketplaceIntent") ? { marketplaceIntent: text("marketplaceIntent") || null } : {}),
            ...(services ? { partnerRole: text("partnerRole") || null } : {}),
            customerContact: withContact
              ? { name: text("contactName"), email: text("contactEmail"), phone: text("contactPhone"), consent, notes: text("contactNotes") || null }
              : null,
          }),
        );
      }}
    >
      {failure?.code === "stale" ? <Alert variant="warning" live>{failure.error}</Alert> : <FailureAlert failure={failure} />}
      <FormField label={t("fields.name")} required error={errorAt(fieldErrors, "name")}>
        <Input name="name" defaultValue={deal.name} />
      </FormField>
      <MoneyField
        idPrefix="edit-value"
        label={t("fields.estimatedValue")}
        required
        amount={value.amount}
        currency={value.currency}
        onChange={setValue}
        amountError={errorAt(fieldErrors, "estimatedValue.amount") ?? errorAt(fieldErrors, "estimatedValue")}
        currencyError={errorAt(fieldErrors, "estimatedValue.currency")}
      />
      <FormField label={t("fields.estimatedCloseDate")} required error={errorAt(fieldErrors, "estimatedCloseDate")}>
        <Input name="estimatedCloseDate" type="date" defaultValue={deal.estimatedCloseDate} />
      </FormField>
      <FormField label={t("fields.location")} hint={t("edit.locationFixed")}>
        <Input value={deal.location} readOnly disabled />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("fields.crmId")} error={errorAt(fieldErrors, "crmId")}>
          <Input name="crmId" defaultValue={deal.crmId ?? ""} />
        </FormField>
        <FormField label={t("fields.campaignId")} error={errorAt(fieldErrors, "campaignId")}>
          <Input name="campaignId" defaultValue={deal.campaignId ?? ""} />
        </FormField>
        <FormField label={t("fields.solutionArea")} error={errorAt(fieldErrors, "solutionArea")}>
          <Input name="solutionArea" defaultValue={deal.solutionArea ?? ""} />
        </FormField>
        <FormField label={t("fields.solutionPlay")} required={services} error={errorAt(fieldErrors, "solutionPlay")}>
          <Input name="solutionPlay" defaultValue={deal.solutionPlay ?? ""} />
        </FormField>
      </div>
      {services ? (
        <FormField label={t("fields.partnerRole")} required error={errorAt(fieldErrors, "partnerRole")}>
          <Select name="partnerRole" defaultValue={deal.partnerRole ?? ""} placeholder={t("fields.choose")} options={PARTNER_ROLES.map((r) => ({ value: r, label: PARTNER_ROLE_LABELS[r] }))} />
        </FormField>
      ) : null}
      {editable.has("marketplaceIntent") ? (
        <FormField label={t("fields.marketplaceIntent")} required error={errorAt(fieldErrors, "marketplaceIntent")}>
          <Select name="marketplaceIntent" defaultValue={deal.marketplaceIntent ?? "UNDECIDED"} options={MARKETPLACE_INTENTS.map((m) => ({ value: m, label: MARKETPLACE_INTENT_LABELS[m] }))} />
        </FormField>
      ) : null}
      <FormField label={t("fields.notes")} required error={errorAt(fieldErrors, "notes")}>
        <Textarea name="notes" defaultValue={deal.notes} rows={3} />
      </FormField>
      <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{t("fields.customerContact")}</legend>
        {deal.dealType !== "SOLUTION_ASSESSMENT" ? (
          <CheckboxField label={t("edit.withContact")} checked={withContact} onCheckedChange={(v) => setWithContact(v === true)} />
        ) : null}
        {withContact ? (
          <>
            <div className="grid gap-3 sm:grid-cols-3">
              <FormField label={t("fields.contactName")} required error={errorAt(fieldErrors, "customerContact.name")}>
                <Input name="contactName" defaultValue={contact?.name ?? ""} />
              </FormField>
              <FormField label={t("fields.contactPhone")} required error={errorAt(fieldErrors, "customerContact.phone")}>
                <Input name="contactPhone" defaultValue={contact?.phone ?? ""} />
              </FormField>
              <FormField label={t("fields.contactEmail")} required error={errorAt(fieldErrors, "customerContact.email")}>
                <Input name="contactEmail" type="email" defaultValue={contact?.email ?? ""} />
              </FormField>
            </div>
            <FormField label={t("fields.contactNotes")} required={deal.dealType === "SOLUTION_ASSESSMENT"} error={errorAt(fieldErrors, "customerContact.notes")}>
              <Textarea name="contactNotes" defaultValue={contact?.notes ?? ""} rows={2} />
            </FormField>
            <div>
              <CheckboxField label={t("fields.consent")} checked={consent} onCheckedChange={(v) => setConsent(v === true)} />
              {errorAt(fieldErrors, "customerContact.consent") ? (
                <p role="alert" className="mt-1 text-xs font-medium text-red-700">
                  {errorAt(fieldErrors, "customerContact.consent")}
                </p>
              ) : null}
            </div>
          </>
        ) : null}
      </fieldset>
      <Footer pending={pending} submit={t("edit.save")} />
    </form>
  );
}
