"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { FieldPath, RuleContext } from "@/lib/domain/opportunity";
import type { FieldErrors, FieldValue, FormValues } from "./form-values";
import type { WizardOptions } from "./types";

/** What every field of the wizard reads: the one state object, the errors, what is editable. */
export type WizardForm = {
  mode: "create" | "edit";
  values: FormValues;
  errors: FieldErrors;
  setValue: (path: FieldPath, value: FieldValue) => void;
  isEditable: (path: FieldPath) => boolean;
  options: WizardOptions;
  ctx: RuleContext;
  /** Read-only text for the owner (edit mode: ownership changes by transfer). */
  ownerName?: string;
};

const WizardFormContext = createContext<WizardForm | null>(null);

export function WizardFormProvider({ value, children }: { value: WizardForm; children: ReactNode }) {
  return <WizardFormContext.Provider value={value}>{children}</WizardFormContext.Provider>;
}

export function useWizardForm(): WizardForm {
  const form = useContext(WizardFormContext);
  if (!form) throw new Error("useWizardForm outside <WizardFormProvider>");
  return form;
}
