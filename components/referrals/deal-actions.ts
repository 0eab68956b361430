import type { ActionResult } from "@/lib/actions/run";
import type { CustomerOption, DealAction, DealIdAction, PartnerOption, SolutionOption } from "./types";

/** The server actions the deal page hands to its widgets (app/(portal)/referrals/actions.ts). */
export type DealActions = {
  update: DealAction;
  accept: DealAction;
  decline: DealAction;
  markStage: DealAction;
  markWon: DealIdAction;
  markLost: DealAction;
  closeAsError: DealAction;
  upgrade: DealAction;
  invite: DealAction;
  providerDecision: DealAction;
  providerMarkWon: DealIdAction;
  register: DealIdAction;
  favorite: (id: string, favorite: boolean) => Promise<ActionResult<{ favorite: boolean }>>;
  searchSolutions: (input: { kind?: "OWN" | "PROVIDER" | "THIRD_PARTY" | "ASSESSMENT"; q?: string; publisherOrganizationId?: string }) => Promise<ActionResult<SolutionOption[]>>;
  directory: (q?: string) => Promise<ActionResult<PartnerOption[]>>;
};

export type CatalogActions = {
  searchCustomers: (input: { q?: string; countryCode?: string; management?: "MANAGED" | "UNMANAGED" | "OTHER" }) => Promise<
    ActionResult<{ rows: CustomerOption[]; counts: Record<"MANAGED" | "UNMANAGED" | "OTHER", number> }>
  >;
  searchSolutions: DealActions["searchSolutions"];
  directory: DealActions["directory"];
  create: (input: unknown) => Promise<ActionResult<{ id: string }>>;
};
