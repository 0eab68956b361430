"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ArrowRightLeft, ClipboardCheck, Copy, ListPlus, Milestone, Pencil, Send, Trash2 } from "lucide-react";
import { FIELD_LABELS, RECOMMENDED_SUBMIT_STAGE, SALES_STAGE_LABELS, reviewEventLabel, type FieldPath } from "@/lib/domain/opportunity";
import type { ActionResult } from "@/lib/actions/run";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { ChangeStageDialog } from "./change-stage-dialog";
import { TransferDialog } from "./transfer-dialog";
import type { Assignee, OpportunityActions as Actions, OpportunityView } from "./types";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export type OpportunityActionsProps = {
  opportunity: Pick<OpportunityView, "id" | "version" | "reference" | "status" | "stage" | "can"> & {
    ownerId: string;
    providerAccountId?: string;
  };
  assignees: readonly Assignee[];
  timeZone: string;
  actions: Actions;
  /** Validators: a link to the review screen. */
  reviewHref?: string;
};

/** The header's buttons: only what `can` allows now. Every action toasts, then refreshes. */
export function OpportunityActions({ opportunity: o, assignees, timeZone, actions, reviewHref }: OpportunityActionsProps) {
  const t = useTranslations("opportunities");
  const tc = useTranslations("common");
  const router = useRouter();
  const [stageOpen, setStageOpen] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);
  const [submitFailure, setSubmitFailure] = useState<Failure | null>(null);

  /** Common handling; returns false to keep a confirm dialog open. */
  const handle = (result: ActionResult<unknown>, success: string, after?: () => void): boolean | void => {
    if (result.ok) {
      toast.success(success);
      if (after) after();
      else router.refresh();
      return;
    }
    if (result.code === "stale") {
      toast.error(t("stale"));
      router.refresh();
      return;
    }
    toast.error(result.error);
    return false;
  };

  const submitLabel = reviewEventLabel("SUBMIT", o.status);
  const atProspect = o.stage === "PROSPECT";

  return (
    <div className="flex flex-wrap items-center gap-2">
      {reviewHref ? (
        <Button asChild>
          <Link href={reviewHref}>
            <ClipboardCheck aria-hidden="true" />
            {t("actions.openReview")}
          </Link>
        </Button>
      ) : null}
      {o.can.edit ? (
        <Button variant="outline" asChild>
          <Link href={`/opportunities/${o.id}/edit`}>
            <Pencil aria-hidden="true" />
            {tc("edit")}
          </Link>
        </Button>
      ) : null}
      {o.can.addNextStep ? (
        <Button variant="outline" asChild>
          <Link href={`/opportunities/${o.id}?tab=next-steps&add=1#next-step-form`}>
            <ListPlus aria-hidden="true" />
            {t("actions.addNextStep")}
          </Link>
        </Button>
      ) : null}
      {o.can.changeStage && o.can.availableStages.length > 0 ? (
        <>
          <Button variant="outline" onClick={() => setStageOpen(true)}>
            <Milestone aria-hidden="true" />
            {t("actions.changeStage")}
          </Button>
          <ChangeStageDialog
            open={stageOpen}
            onOpenChange={setStageOpen}
            opportunity={o}
            availableStages={o.can.availableStages}
            timeZone={timeZone}
            changeStage={actions.changeStage}
          />
        </>
      ) : null}
      {o.can.transfer ? (
        <>
          <Button variant="outline" onClick={() => setTransferOpen(true)}>
            <ArrowRightLeft aria-hidden="true" />
            {t("actions.transfer")}
          </Button>
          <TransferDialog
            open={transferOpen}
            onOpenChange={setTransferOpen}
            title={t("transfer.title", { reference: o.reference })}
            description={t("transfer.description")}
            assignees={assignees}
            excludeId={o.ownerId}
            submit={(assigneeId) => actions.transfer(o.id, { assigneeId, version: o.version })}
            onDone={(assignee, data) => {
              toast.success(t("transfer.done", { name: assignee.name }));
              setTransferOpen(false);
              // An ACE user who gave away an opportunity they did not create no longer sees it.
              if ((data as { visible?: boolean } | undefined)?.visible === false) router.push("/opportunities");
              else router.refresh();
            }}
          />
        </>
      ) : null}
      {o.can.clone ? (
        <ConfirmDialog
          trigger={
            <Button variant="outline">
              <Copy aria-hidden="true" />
              {t("actions.clone")}
            </Button>
          }
          title={t("clone.title", { reference: o.reference })}
          description={t("clone.description")}
          confirmLabel={t("clone.confirm")}
          cancelLabel={tc("cancel")}
          onConfirm={async () => {
            const result = await actions.clone(o.id);
            return handle(result, result.ok ? t("clone.done", { reference: result.data.reference }) : "", () => {
              if (result.ok) router.push(`/opportunities/${result.data.id}`);
            });
          }}
        />
      ) : null}
      {o.can.delete ? (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" className="text-red-700 hover:bg-red-50 hover:text-red-800">
              <Trash2 aria-hidden="true" />
              {t("actions.delete")}
            </Button>
          }
          title={t("delete.title", { reference: o.reference })}
          description={t("delete.description")}
          confirmLabel={t("delete.confirm")}
          cancelLabel={tc("cancel")}
          destructive
          onConfirm={async () => {
            const result = await actions.remove(o.id, o.version);
            return handle(result, t("delete.done", { reference: o.reference }), () => router.push("/opportunities"));
          }}
        />
      ) : null}
      {o.can.submit ? (
        <ConfirmDialog
          trigger={
            <Button onClick={() => setSubmitFailure(null)}>
              <Send aria-hidden="true" />
              {submitLabel}
            </Button>
          }
          title={t("submit.title", { action: submitLabel, reference: o.reference })}
          description={o.status === "ACTION_REQUIRED" ? t("submit.descriptionResubmit") : t("submit.description")}
          confirmLabel={submitLabel}
          cancelLabel={tc("cancel")}
          onConfirm={async () => {
            setSubmitFailure(null);
            const result = await actions.submit(o.id, o.version);
            if (!result.ok && result.fieldErrors && Object.keys(result.fieldErrors).length) {
              setSubmitFailure(result);
              return false;
            }
            return handle(result, o.status === "ACTION_REQUIRED" ? t("submit.resubmitted") : t("submit.submitted"));
          }}
        >
          {atProspect ? (
            <Alert variant="info" title={t("submit.prospectTitle")}>
              {t("submit.prospectAdvice", {
                stage: SALES_STAGE_LABELS.PROSPECT,
                recommended: SALES_STAGE_LABELS[RECOMMENDED_SUBMIT_STAGE],
              })}
            </Alert>
          ) : null}
          {submitFailure?.fieldErrors ? (
            <Alert variant="danger" live title={t("submit.incompleteTitle")}>
              <ul className="list-disc pl-4">
                {Object.entries(submitFailure.fieldErrors)
                  .slice(0, 8)
                  .map(([path, message]) => (
                    <li key={path}>
                      <span className="font-medium">{(FIELD_LABELS as Record<string, string>)[path as FieldPath] ?? path}</span>: {message}
                    </li>
                  ))}
              </ul>
              {o.can.edit ? (
                <p className="mt-2">
                  <Link href={`/opportunities/${o.id}/edit`}>{t("submit.fixInEditor")}</Link>
                </p>
              ) : null}
            </Alert>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
