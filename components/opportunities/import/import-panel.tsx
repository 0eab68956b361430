"use client";

import { useEffect, useRef, useState, type DragEvent, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Download, FileSpreadsheet, RotateCcw, Upload } from "lucide-react";
import { formatDateTime, formatNumber } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { Progress } from "@/components/ui/progress";
import { RadioGroup, RadioOption } from "@/components/ui/radio-group";
import { toast } from "@/components/ui/toaster";
import { ImportReport } from "./import-report";
import type { ImportJobView, ImportMode, ImportStatusAction, StartImportAction } from "./types";

export type ImportPanelProps = {
  initialJob: ImportJobView | null;
  start: StartImportAction;
  status: ImportStatusAction;
  limits: { maxRows: number; maxBytes: number };
  locale: string;
  timeZone: string;
};

const POLL_MS = 1000;
const MODES: ImportMode[] = ["VALID_ROWS", "ALL_OR_NOTHING"];

export const statusVariant = { RUNNING: "info", DONE: "success", FAILED: "danger" } as const;

/**
 * The bulk import (domain.md §2.10): template, upload with the mode, then the progress of
 * the job (polled every second) and its per-row report.
 */
export function ImportPanel({ initialJob, start, status, limits, locale, timeZone }: ImportPanelProps) {
  const t = useTranslations("imports");
  const router = useRouter();
  const [job, setJob] = useState<ImportJobView | null>(initialJob);
  const [reused, setReused] = useState(false);
  const [chosenFile, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>("VALID_ROWS");
  const [fileError, setFileError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [polls, setPolls] = useState(0);
  const [pollFailed, setPollFailed] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const megabytes = Math.round(limits.maxBytes / 1024 / 1024);

  // While the job runs, ask for its progress every second.
  const jobId = job?.id;
  const running = job?.status === "RUNNING";
  useEffect(() => {
    if (!jobId || !running) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const result = await status(jobId);
        if (cancelled) return;
        if (result.ok) {
          setJob(result.data);
          setPollFailed(false);
          if (result.data.status !== "RUNNING") router.refresh();
        } else setPollFailed(true);
      } catch {
        if (!cancelled) setPollFailed(true);
      } finally {
        if (!cancelled) setPolls((n) => n + 1);
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [jobId, running, polls, status, router]);

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setRefusal(null);
    setFileError(null);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files?.[0];
    if (!dropped) return;
    if (inputRef.current) {
      const transfer = new DataTransfer();
      transfer.items.add(dropped);
      inputRef.current.files = transfer.files;
    }
    chooseFile(dropped);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    // A file picked before hydration never reached state: the input still holds it.
    const file = chosenFile ?? inputRef.current?.files?.[0] ?? null;
    const problem = !file
      ? t("upload.chooseFile")
      : file.size > limits.maxBytes
        ? t("upload.tooLarge", { megabytes })
        : !/\.csv$/i.test(file.name) && file.type !== "text/csv"
          ? t("upload.notCsv")
          : null;
    if (problem || !file) {
      setFileError(problem);
      inputRef.current?.focus();
      return;
    }
    const form = new FormData();
    form.set("file", file);
    form.set("mode", mode);
    setPending(true);
    try {
      const result = await start(form);
      if (!result.ok) {
        const message = result.fieldErrors?.file ?? result.fieldErrors?.mode;
        if (message) setRefusal(message);
        else toast.error(result.error);
        return;
      }
      setReused(result.data.reused);
      setJob(result.data.job);
      router.replace(`/opportunities/import?job=${encodeURIComponent(result.data.job.id)}`, { scroll: false });
    } catch {
      toast.error(t("errors.network"));
    } finally {
      setPending(false);
    }
  };

  const reset = () => {
    setJob(null);
    setReused(false);
    chooseFile(null);
    router.replace("/opportunities/import", { scroll: false });
  };

  if (job) return <JobCard job={job} reused={reused} pollFailed={pollFailed} onReset={reset} locale={locale} timeZone={timeZone} />;

  return (
    <Card>
      <CardContent className="grid gap-8 pt-5 lg:grid-cols-5">
        <section aria-labelledby="import-template" className="grid content-start gap-3 lg:col-span-2">
          <h2 id="import-template" className="text-base font-semibold text-slate-900">
            {t("template.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("template.body")}</p>
          <ul className="grid list-disc gap-1.5 pl-5 text-sm text-slate-600 marker:text-slate-400">
            <li>{t("template.rules.lists")}</li>
            <li>{t("template.rules.money")}</li>
            <li>{t("template.rules.action")}</li>
            <li>{t("template.rules.format", { rows: formatNumber(limits.maxRows, locale), megabytes })}</li>
          </ul>
          <div>
            <Button asChild variant="outline">
              <a href="/opportunities/import/template" download>
                <Download aria-hidden="true" />
                {t("template.download")}
              </a>
            </Button>
          </div>
        </section>

        <form
          onSubmit={onSubmit}
          noValidate
          aria-labelledby="import-upload"
          className="grid content-start gap-5 lg:col-span-3 lg:border-l lg:border-slate-200 lg:pl-8"
        >
          <h2 id="import-upload" className="text-base font-semibold text-slate-900">
            {t("upload.title")}
          </h2>
          {refusal ? (
            <Alert variant="danger" live title={t("upload.refused")}>
              {refusal}
            </Alert>
          ) : null}
          <div
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={cn(
              "rounded-lg border-2 border-dashed p-4 transition-colors",
              dragging ? "border-indigo-400 bg-indigo-50" : fileError ? "border-red-300 bg-red-50/40" : "border-slate-300 bg-slate-50/60",
            )}
          >
            <FormField label={t("upload.file")} hint={t("upload.fileHint", { megabytes })} error={fileError} required>
              {(control) => (
                <input
                  {...control}
                  ref={inputRef}
                  type="file"
                  name="file"
                  accept=".csv,text/csv"
                  onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
                  className={cn(
                    "block w-full cursor-pointer text-sm text-slate-700",
                    "file:mr-3 file:cursor-pointer file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-900 file:shadow-xs hover:file:bg-slate-50",
                    "rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
                  )}
                />
              )}
            </FormField>
            {chosenFile ? (
              <p className="mt-3 flex items-center gap-2 text-sm text-slate-700">
                <FileSpreadsheet aria-hidden="true" className="size-4 text-emerald-600" />
                <span className="font-medium">{chosenFile.name}</span>
                <span className="text-slate-500">{formatBytes(chosenFile.size, locale)}</span>
              </p>
            ) : null}
          </div>
          <FormField label={t("upload.mode")}>
            <RadioGroup name="mode" value={mode} onValueChange={(v) => setMode(v as ImportMode)} className="grid gap-3 sm:grid-cols-2">
              {MODES.map((m) => (
                <RadioOption
                  key={m}
                  value={m}
                  label={t(`upload.modes.${m}`)}
                  description={t(`upload.modes.${m}Description`)}
                  className={cn("rounded-md border p-3", mode === m ? "border-indigo-300 bg-indigo-50/50" : "border-slate-200")}
                />
              ))}
            </RadioGroup>
          </FormField>
          <div>
            <Button type="submit" loading={pending}>
              <Upload aria-hidden="true" />
              {t("upload.submit")}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, locale)} KB`;
  return `${formatNumber(Math.round(bytes / 104857.6) / 10, locale)} MB`;
}

function Stat({ label, value, tone }: { label: string; value: string; tone?: "success" | "danger" }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd
        className={cn(
          "mt-1 text-2xl font-semibold tabular-nums",
          tone === "success" ? "text-emerald-700" : tone === "danger" ? "text-red-700" : "text-slate-900",
        )}
      >
        {value}
      </dd>
    </div>
  );
}

function JobCard({
  job,
  reused,
  pollFailed,
  onReset,
  locale,
  timeZone,
}: {
  job: ImportJobView;
  reused: boolean;
  pollFailed: boolean;
  onReset: () => void;
  locale: string;
  timeZone: string;
}) {
  const t = useTranslations("imports");
  const n = (value: number) => formatNumber(value, locale);
  const started = formatDateTime(job.createdAt, { locale, timeZone });
  const running = job.status === "RUNNING";

  let summary: { variant: "success" | "warning" | "danger"; text: string } | null = null;
  if (job.status === "DONE") {
    if (job.rowsWithErrors === 0) summary = { variant: "success", text: t("job.allCreated", { count: job.created }) };
    else if (job.created > 0)
      summary = { variant: "warning", text: t("job.someCreated", { created: job.created, rows: job.rowsWithErrors }) };
    else if (job.mode === "ALL_OR_NOTHING")
      summary = { variant: "danger", text: t("job.noneCreatedAllOrNothing", { rows: job.rowsWithErrors }) };
    else summary = { variant: "danger", text: t("job.noneCreated") };
  }

  return (
    <Card aria-busy={running || undefined}>
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <span className="break-all">{t("job.title", { fileName: job.fileName })}</span>
          <Badge variant={statusVariant[job.status]} dot>
            {t(`status.${job.status}`)}
          </Badge>
        </CardTitle>
        <CardDescription>
          {t("job.meta", { mode: t(`upload.modes.${job.mode}`), date: started, name: job.createdBy?.name ?? "—" })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {reused ? (
          <Alert variant="info" live>
            {t("job.reused", { date: started })}
          </Alert>
        ) : null}

        {running ? (
          <div className="grid gap-2" role="status">
            <Progress
              value={job.processed}
              max={Math.max(job.total, 1)}
              label={t("job.running")}
              valueText={t("job.progress", { processed: n(job.processed), total: n(job.total) })}
              showValue
            />
            {pollFailed ? <p className="text-xs text-amber-700">{t("errors.polling")}</p> : null}
          </div>
        ) : (
          <>
            {job.status === "FAILED" ? (
              <Alert variant="danger" live title={t("job.failed")}>
                {job.message}
              </Alert>
            ) : summary ? (
              <Alert variant={summary.variant} live title={t("job.done")}>
                {summary.text}
              </Alert>
            ) : null}
            <dl className="grid gap-3 sm:grid-cols-3">
              <Stat label={t("job.stats.total")} value={n(job.total)} />
              <Stat label={t("job.stats.created")} value={n(job.created)} tone={job.created > 0 ? "success" : undefined} />
              <Stat
                label={t("job.stats.rowsWithErrors")}
                value={n(job.rowsWithErrors)}
                tone={job.rowsWithErrors > 0 ? "danger" : undefined}
              />
            </dl>
            <section aria-labelledby="import-report" className="grid gap-3">
              <div className="flex flex-wrap items-end justify-between gap-3">
                <div className="grid gap-1">
                  <h2 id="import-report" className="text-base font-semibold text-slate-900">
                    {t("report.title")}
                  </h2>
                  <p className="text-sm text-slate-600">{t("report.description")}</p>
                </div>
                {job.errorCount > 0 ? (
                  <Button asChild variant="outline" size="sm">
                    <a href={`/opportunities/import/${encodeURIComponent(job.id)}/report`} download>
                      <Download aria-hidden="true" />
                      {t("job.downloadReport")}
                    </a>
                  </Button>
                ) : null}
              </div>
              <ImportReport problems={job.errors} total={job.errorCount} />
            </section>
          </>
        )}
      </CardContent>
      {!running ? (
        <CardFooter className="flex-wrap justify-between">
          <Button variant="outline" onClick={onReset}>
            <RotateCcw aria-hidden="true" />
            {t("job.importAnother")}
          </Button>
          {job.created > 0 ? (
            <Button asChild variant="link">
              <Link href="/opportunities?origin=BULK_IMPORT">{t("job.viewImported")}</Link>
            </Button>
          ) : null}
        </CardFooter>
      ) : null}
    </Card>
  );
}
