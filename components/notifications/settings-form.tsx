"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/run";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { toast } from "@/components/ui/toaster";

export type SettingsGroup = { key: string; title: string; kinds: { kind: string; label: string }[] };

/** One "Email" checkbox per notification kind (checked = emailed), grouped; saved together. */
export function NotificationSettingsForm({
  groups,
  muted,
  save,
}: {
  groups: SettingsGroup[];
  muted: string[];
  save: (mutedKinds: string[]) => Promise<ActionResult<{ mutedKinds: string[] }>>;
}) {
  const t = useTranslations("notifications.settings");
  const [mutedKinds, setMuted] = useState<string[]>(muted);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await save(mutedKinds);
      if (result.ok) {
        setMuted(result.data.mutedKinds);
        toast.success(t("saved"));
      } else setError(result.error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={onSubmit} className="grid gap-4">
      {error ? (
        <Alert variant="danger" live>
          {error}
        </Alert>
      ) : null}
      {groups.map((group) => (
        <Card key={group.key}>
          <CardHeader>
            <CardTitle as="h2">{group.title}</CardTitle>
          </CardHeader>
          <CardContent>
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left text-xs tracking-wide text-slate-500 uppercase">
                  <th scope="col" className="pb-2 font-medium">
                    <span className="sr-only">{group.title}</span>
                  </th>
                  <th scope="col" className="w-20 pb-2 text-center font-medium">
                    {t("email")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {group.kinds.map((k) => {
                  const id = `email-${k.kind}`;
                  return (
                    <tr key={k.kind}>
                      <td className="py-2.5 pr-4">
                        <label htmlFor={id} className="block cursor-pointer text-slate-800">
                          {k.label}
                        </label>
                      </td>
                      <td className="py-2.5 text-center">
                        <Checkbox
                          id={id}
                          checked={!mutedKinds.includes(k.kind)}
                          onCheckedChange={(on) =>
                            setMuted((m) => (on === true ? m.filter((x) => x !== k.kind) : [...new Set([...m, k.kind])]))
                          }
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </CardContent>
        </Card>
      ))}
      <div className="flex justify-end gap-2">
        <Button variant="outline" onClick={() => setMuted([])} disabled={pending || mutedKinds.length === 0}>
          {t("allOn")}
        </Button>
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
