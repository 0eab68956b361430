"use client";

import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * A portal page that fails to render (e.g. the database is down): a friendly message inside
 * the shell, so the navigation stays usable. No stack trace; the digest is the id of the
 * server log line, shown for support requests.
 */
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  return (
    <div role="alert" className="flex min-h-[50vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <div aria-hidden="true" className="grid size-12 place-items-center rounded-full bg-red-50 text-red-600">
        <TriangleAlert className="size-6" />
      </div>
      <h1 className="text-xl font-semibold text-slate-900">{t("errorTitle")}</h1>
      <p className="max-w-md text-sm text-slate-600">{t("errorBody")}</p>
      {error.digest ? (
        <p className="text-xs text-slate-500">
          {t("reference")} <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-700">{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap justify-center gap-2">
        <Button type="button" onClick={reset}>
          {t("retry")}
        </Button>
        <Button asChild variant="outline">
          <Link href="/">{tc("backHome")}</Link>
        </Button>
      </div>
    </div>
  );
}
