"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ACE_ROLES, GLOBAL_SCOPE, PROVIDER_ROLES, REFERRAL_ROLES, type OrganizationKind } from "@/lib/domain/roles";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { errorAt, type FieldErrors } from "./form-state";

export type RoleValues = { aceRole: string | null; referralRole: string | null; locationScope: string | null; providerRole: string | null };

/**
 * The role selects appropriate to the organisation's kind: ACE role, referral role and
 * location scope (GLOBAL or one of the organisation's locations) for partners; the provider
 * role for the provider. Fields the viewer may not change are shown disabled (and not submitted).
 */
export function RoleFields({
  organization,
  initial,
  allowed,
  fieldErrors,
}: {
  organization: { kind: OrganizationKind; locations: string[] };
  initial?: RoleValues;
  allowed: { aceRole: boolean; referralRole: boolean; providerRole: boolean };
  fieldErrors?: FieldErrors;
}) {
  const t = useTranslations("people");
  const tr = useTranslations("roles");
  const [referralRole, setReferralRole] = useState(initial?.referralRole ?? "");

  if (organization.kind === "PROVIDER") {
    return (
      <FormField
        label={t("users.providerRole")}
        required
        error={errorAt(fieldErrors, "providerRole")}
      >
        <Select
          name="providerRole"
          defaultValue={initial?.providerRole ?? ""}
          disabled={!allowed.providerRole}
          placeholder={initial?.providerRole ? undefined : t("noRole")}
          options={PROVIDER_ROLES.map((r) => ({ value: r, label: tr(r) }))}
        />
      </FormField>
    );
  }

  const scopes = [GLOBAL_SCOPE, ...organization.locations];
  if (initial?.locationScope && !scopes.includes(initial.locationScope)) scopes.push(initial.locationScope);

  return (
    <>
      <FormField
        label={t("users.aceRole")}
        hint={allowed.aceRole ? t("users.aceRoleHint") : t("users.managedByLead")}
        error={errorAt(fieldErrors, "aceRole")}
      >
        <Select
          name="aceRole"
          defaultValue={initial?.aceRole ?? ""}
          disabled={!allowed.aceRole}
          options={[{ value: "", label: t("noRole") }, ...ACE_ROLES.map((r) => ({ value: r, label: tr(r) }))]}
        />
      </FormField>
      <FormField
        label={t("users.referralRole")}
        hint={allowed.referralRole ? undefined : t("users.managedByReferralAdmin")}
        error={errorAt(fieldErrors, "referralRole")}
      >
        <Select
          name="referralRole"
          value={referralRole}
          onChange={(e) => setReferralRole(e.target.value)}
          disabled={!allowed.referralRole}
          options={[{ value: "", label: t("noRole") }, ...REFERRAL_ROLES.map((r) => ({ value: r, label: tr(r) }))]}
        />
      </FormField>
      {referralRole === "REFERRAL_USER" ? (
        <FormField
          label={t("users.locationScope")}
          hint={t("users.locationScopeHint")}
          required
          error={errorAt(fieldErrors, "locationScope")}
        >
          <Select
            name="locationScope"
            defaultValue={initial?.locationScope ?? GLOBAL_SCOPE}
            disabled={!allowed.referralRole}
            options={scopes.map((s) => ({ value: s, label: s === GLOBAL_SCOPE ? t("scopeGlobal") : s }))}
          />
        </FormField>
      ) : null}
    </>
  );
}

/** The role part of a create/update payload: only the fields the viewer may change. */
export function rolePayload(
  form: FormData,
  organizationKind: OrganizationKind,
  allowed: { aceRole: boolean; referralRole: boolean; providerRole: boolean },
): Record<string, string | null> {
  const value = (name: string) => {
    const v = form.get(name);
    return v === null || v === "" ? null : String(v);
  };
  const out: Record<string, string | null> = {};
  if (organizationKind === "PROVIDER") {
    if (allowed.providerRole) out.providerRole = value("providerRole");
    return out;
  }
  if (allowed.aceRole) out.aceRole = value("aceRole");
  if (allowed.referralRole) {
    out.referralRole = value("referralRole");
    out.locationScope = out.referralRole === "REFERRAL_USER" ? value("locationScope") : null;
  }
  return out;
}
