"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/checkbox";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { toast } from "@/components/ui/toaster";
import type { Act } from "./types";

/** Settings: opt out of all future collaboration channel invitations (§2.8). */
export function ChannelOptOutSwitch({ initial, save }: { initial: boolean; save: (optOut: boolean) => Act<{ optOut: boolean }> }) {
  const t = useTranslations("sharing");
  const [value, setValue] = useState(initial);
  const [pending, setPending] = useState(false);
  const onChange = async (next: boolean) => {
    setPending(true);
    setValue(next);
    try {
      const result = await save(next);
      if (result.ok) toast.success(t("optOut.saved"));
      else {
        setValue(!next);
        toast.error(result.error);
      }
    } finally {
      setPending(false);
    }
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("optOut.title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <CheckboxField label={t("optOut.label")} description={t("optOut.hint")} checked={value} disabled={pending} onCheckedChange={(v) => onChange(v === true)} />
      </CardContent>
    </Card>
  );
}
