"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ArrowLeft, ArrowRight, Send } from "lucide-react";
import {
  FIELD_PATHS,
  WIZARD_STEPS,
  stepOfPath,
  validateOpportunity,
  validateStep,
  type FieldError,
  type FieldPath,
  type WizardStepNumber,
} from "@/lib/domain/opportunity";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader } from "@/components/ui/card";
import { toast } from "@/components/ui/toaster";
import { WizardFormProvider, type WizardForm } from "./form-context";
import {
  changedPatch,
  differingFields,
  isVisible,
  text,
  toBody,
  valuesFromInput,
  withoutErrors,
  type FieldErrors,
  type FieldValue,
  type FormValues,
} from "./form-values";
import { ReviewStep } from "./review-step";
import { STEP_CONTENT } from "./steps";
import type { EditableOpportunity, Saved, UpdateResult, WizardProps } from "./types";
import { WizardStepper } from "./wizard-stepper";

const REVIEW = 5;

type Notice =
  | { kind: "error"; message: string; items?: string[] }
  | { kind: "stale"; current: EditableOpportunity; changed: FieldPath[] }
  | { kind: "savedNotSubmitted"; message: string };

type Failure = Extract<UpdateResult, { ok: false }>;

/** The field an error path belongs to (`project.expectedMonthlyRevenue.amount` → the money field). */
const fieldOfError = (path: string): FieldPath | undefined => FIELD_PATHS.find((p) => path === p || path.startsWith(`${p}.`));

const toErrorMap = (errors: readonly FieldError[]): FieldErrors => {
  const map: FieldErrors = {};
  for (const e of errors) map[e.path] ??= e.message;
  return map;
};

const stepFields = (step: number): readonly string[] => WIZARD_STEPS.find((s) => s.step === step)?.fields ?? [];

/**
 * The ACE opportunity wizard (domain.md §2.4), for creating and for editing: 1 Customer →
 * 2 Project → 3 Additional details → 4 Customer contact → 5 Review. All values live in one
 * state object, so nothing typed is lost — not when moving between steps, not when the
 * server refuses. "Next" validates the step with the shared rules (`validateStep`); saving
 * validates everything with the same schema as the server; errors (the client's or the
 * server's) are shown at their fields, and the wizard opens the first step that has one and
 * focuses its first invalid field.
 */
export function OpportunityWizard(props: WizardProps) {
  const t = useTranslations("opportunityForm");
  const router = useRouter();
  const { ctx, options } = props;
  const isEdit = props.mode === "edit";

  const [opportunity, setOpportunity] = useState<EditableOpportunity | null>(isEdit ? props.opportunity : null);
  const [initial, setInitial] = useState<FormValues>(() =>
    props.mode === "edit" ? valuesFromInput(props.opportunity.values) : valuesFromInput({ ownerId: props.defaultOwnerId, ...props.initial }),
  );
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [step, setStep] = useState<number>(1);
  const [reachable, setReachable] = useState<number>(isEdit ? REVIEW : 1);
  const [pending, setPending] = useState<null | "save" | "submit">(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const editable = useMemo(() => new Set<string>(opportunity ? opportunity.editableFields : FIELD_PATHS), [opportunity]);
  const isEditable = useCallback((path: FieldPath) => editable.has(path), [editable]);
  const dirty = useMemo(() => differingFields(initial, values).length > 0, [initial, values]);

  const setValue = useCallback((path: FieldPath, value: FieldValue) => {
    setValues((prev) => ({ ...prev, [path]: value }));
    setErrors((prev) => (Object.keys(prev).some((k) => k === path || k.startsWith(`${path}.`)) ? withoutErrors(prev, [path]) : prev));
  }, []);

  /** Errors of fields the user can act on: shown, editable (and, when only saving, not a target date that merely went by). */
  const relevant = useCallback(
    (list: readonly FieldError[], purpose: "next" | "save" | "submit") =>
      list.filter((e) => {
        const field = fieldOfError(e.path);
        if (!field) return true;
        if (!isVisible(field, values) || !editable.has(field)) return false;
        const unchangedPastDate =
          isEdit && purpose !== "submit" && field === "project.targetCloseDate" && text(values, field) === text(initial, field);
        return !unchangedPastDate;
      }),
    [values, editable, isEdit, initial],
  );

  // Errors of hidden fields are not the user's concern (their values are not sent).
  const shownErrors = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(errors).filter(([path]) => {
          const field = fieldOfError(path);
          return !field || isVisible(field, values);
        }),
      ),
    [errors, values],
  );
  const stepsWithErrors = useMemo(
    () => new Set(Object.keys(shownErrors).map((p) => stepOfPath(p)).filter((s): s is WizardStepNumber => s !== undefined)),
    [shownErrors],
  );

  // Moving to another step: start at its top and give its heading focus (screen readers announce it).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus({ preventScroll: true });
    formRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [step]);

  // After errors appear: focus the first invalid field of the step on screen.
  useEffect(() => {
    if (focusToken === 0) return;
    const frame = requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (!invalid) return;
      const target = invalid.matches("input, select, textarea, button, [tabindex]")
        ? invalid
        : (invalid.querySelector<HTMLElement>('input, select, textarea, button, [tabindex="0"]') ?? invalid);
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "center", behavior: "smooth" });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusToken]);

  // Leaving with unsaved input asks first (reloads, closing the tab, external links).
  useEffect(() => {
    if (!dirty || leaving) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, leaving]);

  const goTo = (next: number) => {
    setStep(next);
    setReachable((r) => Math.max(r, next));
  };

  /** Shows errors at their fields; opens the first step that has one and focuses it. */
  const showErrors = (map: FieldErrors) => {
    setErrors(map);
    const steps = Object.keys(map)
      .map((path) => stepOfPath(path))
      .filter((s): s is WizardStepNumber => s !== undefined);
    if (steps.length > 0) {
      const first = Math.min(...steps);
      setStep(first);
      setReachable((r) => Math.max(r, first));
    }
    setFocusToken((n) => n + 1);
  };

  const next = () => {
    const found = relevant(validateStep(step as WizardStepNumber, toBody(values), ctx), "next");
    setErrors((prev) => ({ ...withoutErrors(prev, stepFields(step)), ...toErrorMap(found) }));
    if (found.length > 0) {
      setNotice(null);
      setFocusToken((n) => n + 1);
      return;
    }
    setNotice(null);
    goTo(step + 1);
  };

  const handleFailure = (result: Failure) => {
    if (result.saved) {
      const saved = result.saved;
      setOpportunity(saved);
      setInitial(valuesFromInput(saved.values));
    }
    if (result.code === "stale" && result.currentOpportunity) {
      const current = result.currentOpportunity;
      setNotice({ kind: "stale", current, changed: differingFields(initial, valuesFromInput(current.values)) });
      return;
    }
    if (result.fieldErrors && Object.keys(result.fieldErrors).length > 0) {
      const unplaced = Object.entries(result.fieldErrors)
        .filter(([path]) => stepOfPath(path) === undefined)
        .map(([path, message]) => (path === "version" || path === "(body)" ? message : `${path}: ${message}`));
      showErrors(result.fieldErrors);
      setNotice(
        result.saved
          ? { kind: "savedNotSubmitted", message: t("notice.savedNotSubmitted") }
          : { kind: "error", message: t("notice.serverRefused"), items: unplaced },
      );
      return;
    }
    setNotice(result.saved ? { kind: "savedNotSubmitted", message: `${t("notice.savedNotSubmitted")} ${result.error}` } : { kind: "error", message: result.error });
    toast.error(result.error);
  };

  const finish = (saved: Saved, submitted: boolean) => {
    setLeaving(true);
    const key = submitted ? (opportunity?.status === "ACTION_REQUIRED" ? "resubmitted" : "submitted") : isEdit && opportunity?.status !== "DRAFT" ? "saved" : "draftSaved";
    toast.success(t(`toast.${key}`, { reference: saved.reference }));
    router.push(`/opportunities/${saved.id}`);
  };

  const save = async (submit: boolean) => {
    if (pending) return;
    const body = toBody(values);
    const mode = submit || (opportunity && opportunity.status !== "DRAFT") ? "submission" : "draft";
    const problems = relevant(validateOpportunity(mode, body, ctx).errors, submit ? "submit" : "save");
    if (problems.length > 0) {
      showErrors(toErrorMap(problems));
      setNotice({ kind: "error", message: submit ? t("notice.fixBeforeSubmit") : t("notice.fixBeforeSave") });
      return;
    }
    setNotice(null);
    setPending(submit ? "submit" : "save");
    try {
      if (props.mode === "create") {
        const result = await props.action(body, submit);
        if (result.ok) finish(result.data, submit);
        else handleFailure(result);
        return;
      }
      if (!opportunity) return;
      const patch = changedPatch(initial, values, opportunity.editableFields);
      if (!submit && Object.keys(patch).length === 0) {
        toast.info(t("toast.noChanges"));
        return;
      }
      const result = await props.action(opportunity.id, { ...patch, version: opportunity.version }, { submit });
      if (result.ok) finish(result.data, submit);
      else handleFailure(result);
    } catch {
      setNotice({ kind: "error", message: t("notice.network") });
    } finally {
      setPending(null);
    }
  };

  const loadLatest = (current: EditableOpportunity) => {
    const fresh = valuesFromInput(current.values);
    setOpportunity(current);
    setInitial(fresh);
    setValues(fresh);
    setErrors({});
    setNotice(null);
    toast.info(t("toast.reloaded"));
  };

  const form: WizardForm = {
    mode: props.mode,
    values,
    errors: shownErrors,
    setValue,
    isEditable,
    options,
    ctx,
    ownerName: opportunity?.ownerName,
  };

  const stepLabels: Record<number, string> = Object.fromEntries([
    ...WIZARD_STEPS.map((s) => [s.step, t(`steps.${s.key}.title`)]),
    [REVIEW, t("steps.review.title")],
  ]);
  const current = WIZARD_STEPS.find((s) => s.step === step);
  const StepContent = current ? STEP_CONTENT[current.key] : null;
  const stepKey = current?.key ?? "review";
  const reviewProblems = step === REVIEW ? toErrorMap(relevant(validateOpportunity("submission", toBody(values), ctx).errors, "submit")) : {};

  const status = opportunity?.status;
  const canSubmit = !isEdit || (opportunity?.canSubmit ?? false);
  const saveLabel = !isEdit || status === "DRAFT" ? t("actions.saveDraft") : t("actions.saveChanges");
  const submitLabel = status === "ACTION_REQUIRED" ? t("actions.saveAndResubmit") : t("actions.saveAndSubmit");
  const readOnlyCount = isEdit ? FIELD_PATHS.filter((p) => !editable.has(p) && p !== "ownerId").length : 0;

  return (
    <WizardFormProvider value={form}>
      <div className="grid gap-6">
        <WizardStepper
          items={[1, 2, 3, 4, REVIEW].map((n) => ({ step: n, label: stepLabels[n] }))}
          current={step}
          reachable={reachable}
          stepsWithErrors={stepsWithErrors}
          onSelect={(n) => {
            setNotice(null);
            setStep(n);
          }}
        />

        {isEdit && status === "ACTION_REQUIRED" && readOnlyCount > 0 ? (
          <Alert variant="info" title={t("edit.actionRequiredTitle")}>
            {t("edit.actionRequiredBody")}
          </Alert>
        ) : null}
        {isEdit && status === "APPROVED" ? (
          <Alert variant="info" title={t("edit.approvedTitle")}>
            {t("edit.approvedBody")}
          </Alert>
        ) : null}

        {notice?.kind === "stale" ? (
          <Alert
            variant="warning"
            live
            title={t("notice.staleTitle")}
            action={
              <Button size="sm" variant="outline" onClick={() => loadLatest(notice.current)}>
                {t("notice.loadLatest")}
              </Button>
            }
          >
            <p>{t("notice.staleBody")}</p>
            {notice.changed.length > 0 ? (
              <p className="mt-1">
                {t("notice.staleChanged", { fields: notice.changed.map((p) => t(`fields.${p}.label`)).join(", ") })}
              </p>
            ) : null}
          </Alert>
        ) : notice ? (
          <Alert variant={notice.kind === "savedNotSubmitted" ? "warning" : "danger"} live>
            <p>{notice.message}</p>
            {notice.kind === "error" && notice.items?.length ? (
              <ul className="mt-1 list-disc pl-4">
                {notice.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}

        <form
          ref={formRef}
          noValidate
          aria-labelledby="wizard-step-title"
          className="scroll-mt-24"
          onSubmit={(event) => {
            event.preventDefault();
            if (step < REVIEW) next();
            else if (canSubmit) void save(true);
            else void save(false);
          }}
        >
          <Card>
            <CardHeader className="border-b border-slate-200 pb-5">
              <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">
                {stepLabels[step]}
              </h2>
              <CardDescription>{t(`steps.${stepKey}.description`)}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-8 pt-6">
              {StepContent ? <StepContent /> : <ReviewStep stepLabels={stepLabels} problems={reviewProblems} onEdit={(n) => setStep(n)} />}
            </CardContent>
            <CardFooter className="flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="flex items-center gap-2">
                {step > 1 ? (
                  <Button variant="ghost" onClick={() => setStep(step - 1)} disabled={pending !== null}>
                    <ArrowLeft aria-hidden="true" />
                    {t("actions.back")}
                  </Button>
                ) : null}
                <Button variant="link" asChild className="px-2">
                  <Link href={props.cancelHref}>{t("actions.cancel")}</Link>
                </Button>
              </div>
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center">
                {dirty && !pending ? <span className="text-xs text-slate-500 sm:mr-2">{t("unsaved")}</span> : null}
                {step < REVIEW || canSubmit ? (
                  <Button variant="outline" onClick={() => void save(false)} loading={pending === "save"} disabled={pending !== null}>
                    {saveLabel}
                  </Button>
                ) : null}
                {step < REVIEW ? (
                  <Button type="submit" disabled={pending !== null}>
                    {t("actions.next")}
                    <ArrowRight aria-hidden="true" />
                  </Button>
                ) : canSubmit ? (
                  <Button type="submit" loading={pending === "submit"} disabled={pending !== null}>
                    <Send aria-hidden="true" />
                    {submitLabel}
                  </Button>
                ) : (
                  <Button type="submit" loading={pending === "save"} disabled={pending !== null}>
                    {saveLabel}
                  </Button>
                )}
              </div>
            </CardFooter>
          </Card>
        </form>
      </div>
    </WizardFormProvider>
  );
}
