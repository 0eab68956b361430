"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import type { ProviderTeamRole } from "@/lib/domain/opportunity";
import { ProviderFieldsDialog, type ProviderFieldsValue } from "./provider-fields-dialog";
import { ProviderTeamDialog } from "./provider-team-dialog";

export type ProviderSideBarProps = {
  /** Which editor: the provider-side fields (Additional details tab) or the team (Contacts tab). */
  editor: "fields" | "team";
  opportunity: {
    id: string;
    providerFields: ProviderFieldsValue;
    providerTeam: readonly { role: ProviderTeamRole; name: string; email: string }[];
  };
  maxTeam: number;
  actions: {
    updateProviderFields: (id: string, input: unknown) => Promise<ActionResult<unknown>>;
    setProviderTeam: (id: string, input: unknown) => Promise<ActionResult<unknown>>;
  };
};

/**
 * The provider side's edit bar above a detail tab, for those who may edit it (the page
 * renders it only when `can.editProviderFields`; the services check again). Partners never
 * get it: they read the same values in the tab below.
 */
export function ProviderSideBar({ editor, opportunity: o, maxTeam, actions }: ProviderSideBarProps) {
  const t = useTranslations("opportunities.providerSide");
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-md border border-indigo-100 bg-indigo-50/60 px-3 py-2">
      <p className="text-sm text-slate-700">{t("editorsHint")}</p>
      {editor === "fields" ? (
        <ProviderFieldsDialog opportunityId={o.id} fields={o.providerFields} save={actions.updateProviderFields} />
      ) : (
        <ProviderTeamDialog
          opportunityId={o.id}
          members={o.providerTeam.map(({ role, name, email }) => ({ role, name, email }))}
          version={o.providerFields.version}
          max={maxTeam}
          save={actions.setProviderTeam}
        />
      )}
    </div>
  );
}
