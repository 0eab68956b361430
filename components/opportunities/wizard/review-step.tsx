"use client";

import { useTranslations } from "next-intl";
import { Pencil } from "lucide-react";
import { WIZARD_STEPS, stepOfPath, type FieldPath } from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DescriptionList } from "@/components/ui/description-list";
import { useDisplayValue } from "./display-value";
import { useWizardForm } from "./form-context";
import { errorAt, isVisible, type FieldErrors } from "./form-values";

/** Fields shown full width in the review (long text, lists). */
const WIDE: readonly FieldPath[] = [
  "project.customerBusinessProblem",
  "project.deliveryModels",
  "project.salesActivities",
  "primaryNeedsFromProvider",
  "marketing.channels",
  "marketing.useCases",
  "project.additionalComments",
  "customer.streetAddress",
  "parentOpportunityId",
];

/**
 * Step 5: everything entered, step by step, each with an "Edit" button back to its step.
 * `problems` are the submission rules' complaints (shown on top, with links to their steps).
 */
export function ReviewStep({
  stepLabels,
  problems,
  onEdit,
}: {
  stepLabels: Record<number, string>;
  problems: FieldErrors;
  onEdit: (step: number) => void;
}) {
  const t = useTranslations("opportunityForm");
  const form = useWizardForm();
  const display = useDisplayValue(form.options, form.ownerName);
  const problemSteps = new Map<number, number>();
  for (const path of Object.keys(problems)) {
    const step = stepOfPath(path);
    if (step) problemSteps.set(step, (problemSteps.get(step) ?? 0) + 1);
  }

  return (
    <div className="grid gap-6">
      {problemSteps.size > 0 ? (
        <Alert variant="warning" title={t("review.incompleteTitle")}>
          <p>{t("review.incompleteBody")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {[...problemSteps].sort(([a], [b]) => a - b).map(([step, count]) => (
              <li key={step}>
                <Button size="sm" variant="outline" onClick={() => onEdit(step)}>
                  {t("review.fixStep", { step: stepLabels[step], count })}
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert variant="success" title={t("review.readyTitle")}>
          {form.mode === "create" ? t("review.readyBody") : t("review.readyBodyEdit")}
        </Alert>
      )}
      {WIZARD_STEPS.map((step) => {
        const fields = step.fields.filter((path) => isVisible(path, form.values));
        const headingId = `review-${step.key}`;
        return (
          <section key={step.key} aria-labelledby={headingId} className="grid gap-4 rounded-lg border border-slate-200 p-5">
            <div className="flex items-center justify-between gap-4">
              <h3 id={headingId} className="text-base font-semibold text-slate-900">
                <span className="mr-2 text-sm font-normal text-slate-500 tabular-nums">{step.step}.</span>
                {stepLabels[step.step]}
              </h3>
              <Button size="sm" variant="outline" onClick={() => onEdit(step.step)} aria-label={t("review.editStep", { step: stepLabels[step.step] })}>
                <Pencil aria-hidden="true" />
                {t("review.edit")}
              </Button>
            </div>
            <DescriptionList
              columns={2}
              emptyValueLabel={t("empty")}
              items={fields.map((path) => {
                const problem = errorAt(problems, path);
                return {
                  key: path,
                  term: t(`fields.${path}.label`),
                  value: problem ? <span className="font-medium text-red-700">{problem}</span> : display(path, form.values),
                  fullWidth: WIDE.includes(path),
                };
              })}
            />
          </section>
        );
      })}
    </div>
  );
}
