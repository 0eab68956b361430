"use client";

import { useTranslations } from "next-intl";

/** Any page that fails to render (e.g. the database is down): a friendly message, no stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main role="alert" className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{t("errorTitle")}</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">{t("errorBody")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-2"
      >
        {t("retry")}
      </button>
    </main>
  );
}
