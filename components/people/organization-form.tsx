"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import type { OrganizationKind } from "@/lib/domain/roles";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { errorAt, splitLocations, useServerForm } from "./form-state";
import { FormAlert } from "./form-alert";

export type OrganizationFormValues = {
  id: string;
  kind: OrganizationKind;
  name: string;
  timeZone: string;
  locations: string[];
  solutionAssessmentApproved: boolean;
  trainingPartner: boolean;
  version: number;
};

type Saved = { id: string; name: string };

export type OrganizationFormProps = {
  /** IANA zones offered in the select (computed on the server). */
  timeZones: readonly string[];
  footer?: React.ReactNode;
} & (
  | { mode: "create"; action: (input: unknown) => Promise<ActionResult<Saved>>; onCreated: (org: Saved) => void }
  | { mode: "edit"; organization: OrganizationFormValues; action: (id: string, input: unknown) => Promise<ActionResult<Saved>> }
);

const FIELDS = ["name", "kind", "timeZone", "locations", "solutionAssessmentApproved", "trainingPartner", "version"] as const;

/** Create or edit an organisation. Partner-only fields are hidden for the provider. */
export function OrganizationForm(props: OrganizationFormProps) {
  const t = useTranslations("people");
  const router = useRouter();
  const org = props.mode === "edit" ? props.organization : undefined;
  const [kind, setKind] = useState<OrganizationKind>(org?.kind ?? "PARTNER");
  const isPartner = kind === "PARTNER";
  const [submittedLocations, setSubmittedLocations] = useState<string[]>([]);

  const { failure, fieldErrors, pending, onSubmit } = useServerForm<Saved>(
    async (form) => {
      const input: Record<string, unknown> = {
        name: String(form.get("name") ?? ""),
        timeZone: String(form.get("timeZone") ?? ""),
      };
      if (isPartner) {
        const locations = splitLocations(String(form.get("locations") ?? ""));
        setSubmittedLocations(locations);
        input.locations = locations;
        input.solutionAssessmentApproved = form.get("solutionAssessmentApproved") === "on";
        input.trainingPartner = form.get("trainingPartner") === "on";
      }
      if (props.mode === "create") {
        input.kind = kind;
        return props.action(input);
      }
      input.version = Number(form.get("version"));
      return props.action(props.organization.id, input);
    },
    (saved) => {
      if (props.mode === "create") {
        toast.success(t("orgs.created", { name: saved.name }));
        props.onCreated(saved);
      } else {
        toast.success(t("orgs.saved"));
        router.refresh();
      }
    },
  );

  // "locations.1" → "USA: Use a two-letter country code", so the user sees which code is wrong.
  const locationKey = fieldErrors ? Object.keys(fieldErrors).find((k) => k === "locations" || k.startsWith("locations.")) : undefined;
  const locationCode = locationKey?.startsWith("locations.") ? submittedLocations[Number(locationKey.split(".")[1])] : undefined;
  const locationError = locationKey && fieldErrors ? (locationCode ? `${locationCode}: ${fieldErrors[locationKey]}` : fieldErrors[locationKey]) : undefined;

  const zones = org && !props.timeZones.includes(org.timeZone) ? [org.timeZone, ...props.timeZones] : props.timeZones;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-label={props.mode === "create" ? t("orgs.new") : t("orgs.detailsTitle")}>
      {org ? <input type="hidden" name="version" defaultValue={org.version} /> : null}
      <FormAlert failure={failure} fields={FIELDS} />
      <FormField label={t("orgForm.name")} required error={errorAt(fieldErrors, "name")}>
        <Input name="name" defaultValue={org?.name} autoComplete="organization" maxLength={120} />
      </FormField>
      {props.mode === "create" ? (
        <FormField label={t("orgForm.kind")} required error={errorAt(fieldErrors, "kind")}>
          <Select
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as OrganizationKind)}
            options={[
              { value: "PARTNER", label: t("kind.PARTNER") },
              { value: "PROVIDER", label: t("kind.PROVIDER") },
            ]}
          />
        </FormField>
      ) : null}
      <FormField label={t("orgForm.timeZone")} hint={t("orgForm.timeZoneHint")} required error={errorAt(fieldErrors, "timeZone")}>
        <Select name="timeZone" defaultValue={org?.timeZone ?? "UTC"} options={zones.map((z) => ({ value: z, label: z }))} />
      </FormField>
      {isPartner ? (
        <>
          <FormField label={t("orgForm.locations")} hint={t("orgForm.locationsHint")} required error={locationError}>
            <Input name="locations" defaultValue={org?.locations.join(", ")} autoCapitalize="characters" spellCheck={false} />
          </FormField>
          <fieldset className="grid gap-3">
            <legend className="mb-2 text-sm font-medium text-slate-800">{t("orgForm.flags")}</legend>
            <CheckboxField
              name="solutionAssessmentApproved"
              defaultChecked={org?.solutionAssessmentApproved}
              label={t("orgs.flags.solutionAssessmentApproved")}
              description={t("orgs.flags.solutionAssessmentApprovedHint")}
            />
            <CheckboxField
              name="trainingPartner"
              defaultChecked={org?.trainingPartner}
              label={t("orgs.flags.trainingPartner")}
              description={t("orgs.flags.trainingPartnerHint")}
            />
          </fieldset>
        </>
      ) : null}
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        {props.footer}
        <Button type="submit" loading={pending}>
          {props.mode === "create" ? t("orgForm.create") : t("orgForm.save")}
        </Button>
      </div>
    </form>
  );
}
