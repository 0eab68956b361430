"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { errorAt, useServerForm } from "./form-state";
import { FormAlert } from "./form-alert";
import { LOCALE_CHOICES } from "./locale-choices";

/** The user's format preference ("" = follow the browser). */
export function LocaleForm({
  current,
  browserLocale,
  preview,
  action,
}: {
  current: string;
  browserLocale: string;
  preview: string;
  action: (input: unknown) => Promise<ActionResult<{ locale: string }>>;
}) {
  const t = useTranslations("people");
  const router = useRouter();
  const { failure, fieldErrors, pending, onSubmit } = useServerForm(
    (form) => action({ locale: String(form.get("locale") ?? "") }),
    () => {
      toast.success(t("settings.saved"));
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-md gap-3">
      <FormAlert failure={failure} fields={["locale"]} />
      <FormField label={t("settings.locale")} hint={preview} error={errorAt(fieldErrors, "locale")}>
        <Select
          name="locale"
          defaultValue={current}
          options={[
            { value: "", label: t("settings.browserDefault", { locale: browserLocale }) },
            ...LOCALE_CHOICES.map((l) => ({ value: l, label: t(`settings.locales.${l}`) })),
          ]}
        />
      </FormField>
      <div>
        <Button type="submit" loading={pending}>
          {t("settings.save")}
        </Button>
      </div>
    </form>
  );
}
