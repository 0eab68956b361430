"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unplacedErrors } from "./form-state";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * The message above a form after a failed submit: a stale-version conflict (with a button
 * that loads the latest values), or a summary of the field errors plus any that belong to
 * no visible field.
 */
export function FormAlert({ failure, fields }: { failure: Failure | null; fields: readonly string[] }) {
  const t = useTranslations("people");
  const router = useRouter();
  if (!failure) return null;
  if (failure.code === "stale")
    return (
      <Alert
        variant="warning"
        live
        action={
          <Button size="sm" variant="outline" onClick={() => router.refresh()}>
            {t("staleReload")}
          </Button>
        }
      >
        {failure.error}
      </Alert>
    );
  if (!failure.fieldErrors) return <Alert variant="danger" live>{failure.error}</Alert>;
  const other = unplacedErrors(failure.fieldErrors, fields);
  return (
    <Alert variant="danger" live>
      <p>{t("formError")}</p>
      {other.length ? (
        <ul className="mt-1 list-disc pl-4">
          {other.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
