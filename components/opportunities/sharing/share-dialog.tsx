"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Share2 } from "lucide-react";
import { MAX_PARTNERS_PER_SHARE, SHARE_MESSAGE_MAX, SHAREABLE_FIELD_GROUPS, type ShareableFieldGroup } from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import type { Act, SharePanelView } from "./types";

type Props = {
  opportunityId: string;
  panel: Pick<SharePanelView, "partners" | "remaining" | "maxPerShare">;
  share: (opportunityId: string, input: unknown) => Act<number>;
};

/** §2.9: choose connected partners (≤ 9), write a message, pick the shared fields. */
export function ShareDialog({ opportunityId, panel, share }: Props) {
  const t = useTranslations("sharing");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        <Share2 aria-hidden="true" />
        {t("collaborators.share")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent title={t("dialog.title")} description={t("dialog.description")} closeLabel={tc("close")}>
          {open ? <ShareForm opportunityId={opportunityId} panel={panel} share={share} onDone={() => setOpen(false)} /> : null}
        </DialogContent>
      </Dialog>
    </>
  );
}

function ShareForm({ opportunityId, panel, share, onDone }: Props & { onDone: () => void }) {
  const t = useTranslations("sharing");
  const tc = useTranslations("common");
  const router = useRouter();
  const formId = useId();
  const max = Math.min(MAX_PARTNERS_PER_SHARE, panel.maxPerShare);
  const [partners, setPartners] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const [fields, setFields] = useState<ShareableFieldGroup[]>(["CUSTOMER", "PROJECT", "STAGE"]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (partners.length === 0) local.partnerOrganizationIds = t("dialog.choosePartner");
    else if (partners.length > max) local.partnerOrganizationIds = t("dialog.tooMany", { max });
    if (!message.trim()) local.message = t("dialog.enterMessage");
    if (fields.length === 0) local.fields = t("dialog.chooseFields");
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setPending(true);
    setFailure(null);
    try {
      const result = await share(opportunityId, { partnerOrganizationIds: partners, message, fields });
      if (result.ok) {
        toast.success(t("dialog.done", { count: partners.length }));
        onDone();
        router.refresh();
        return;
      }
      if (result.fieldErrors) {
        // `partnerOrganizationIds.<i>` → the partner's own error; others at their field.
        const mapped: Record<string, string> = {};
        for (const [path, msg] of Object.entries(result.fieldErrors)) {
          const m = /^partnerOrganizationIds\.(\d+)$/.exec(path);
          if (m) mapped[`partner:${partners[Number(m[1])]}`] = msg;
          else mapped[path.split(".")[0]!] = msg;
        }
        setErrors(mapped);
      } else setFailure(result.error);
    } finally {
      setPending(false);
    }
  };

  if (panel.partners.length === 0) {
    return (
      <div className="grid gap-4">
        <Alert variant="info">{t("dialog.noPartners")}</Alert>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{tc("close")}</Button>
          </DialogClose>
        </DialogFooter>
      </div>
    );
  }

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="grid gap-4">
      {failure ? (
        <Alert variant="danger" live>
          {failure}
        </Alert>
      ) : null}
      <fieldset className="grid gap-2" aria-describedby={`${formId}-partners-hint`}>
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("dialog.partners")}</legend>
        <p id={`${formId}-partners-hint`} className="text-xs text-slate-500">
          {t("dialog.partnersHint", { max, remaining: panel.remaining })}
        </p>
        <div className="grid max-h-56 gap-2 overflow-y-auto rounded-md border border-slate-200 p-3 sm:grid-cols-2">
          {panel.partners.map((p) => {
            const checked = partners.includes(p.id);
            const error = errors[`partner:${p.id}`];
            return (
              <div key={p.id} className="grid gap-0.5">
                <CheckboxField
                  label={p.name}
                  description={p.alreadyInvited ? t("dialog.alreadyInvited") : undefined}
                  checked={checked}
                  disabled={p.alreadyInvited || (!checked && partners.length >= max)}
                  onCheckedChange={(v) => setPartners((list) => toggle(list, p.id, v === true))}
                  aria-invalid={error ? true : undefined}
                />
                {error ? (
                  <p role="alert" className="pl-6 text-xs font-medium text-red-700">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
        {errors.partnerOrganizationIds ? (
          <p role="alert" className="text-xs font-medium text-red-700">
            {errors.partnerOrganizationIds}
          </p>
        ) : null}
      </fieldset>
      <FormField
        label={t("dialog.message")}
        hint={
          <span className="flex justify-between gap-2">
            <span>{t("dialog.messageHint")}</span>
            <span aria-live="polite">{t("dialog.counter", { count: message.length, max: SHARE_MESSAGE_MAX })}</span>
          </span>
        }
        error={errors.message}
        required
      >
        <Textarea name="message" value={message} maxLength={SHARE_MESSAGE_MAX} rows={3} onChange={(e) => setMessage(e.target.value)} />
      </FormField>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("dialog.fields")}</legend>
        <p className="text-xs text-slate-500">{t("dialog.fieldsHint")}</p>
        {SHAREABLE_FIELD_GROUPS.map((g) => (
          <CheckboxField key={g} label={t(`groups.${g}`)} checked={fields.includes(g)} onCheckedChange={(v) => setFields((list) => toggle(list, g, v === true))} />
        ))}
        {errors.fields ? (
          <p role="alert" className="text-xs font-medium text-red-700">
            {errors.fields}
          </p>
        ) : null}
      </fieldset>
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline" disabled={pending}>
            {tc("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {t("dialog.submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
