"use client";

import { startTransition, useActionState, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, Copy, KeyRound, Plus, Trash2 } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";

export type ApiTokenItem = {
  id: string;
  name: string;
  /** The first characters of the token, e.g. "cs_AbCdEfG". */
  prefix: string;
  /** Pre-formatted. */
  created: string;
  lastUsed: string | null;
  lastUsedExact: string | null;
};

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export type ApiTokenActions = {
  create: (input: unknown) => Promise<ActionResult<{ id: string; name: string; token: string }>>;
  revoke: (id: string) => Promise<ActionResult<{ id: string; name: string }>>;
};

/** Settings → API tokens: create (the secret is shown once), list with last use, revoke. */
export function ApiTokensView({ tokens, apiBase, actions }: { tokens: readonly ApiTokenItem[]; apiBase: string; actions: ApiTokenActions }) {
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);
  return (
    <div className="grid gap-6">
      {fresh ? <NewTokenSecret name={fresh.name} token={fresh.token} onDone={() => setFresh(null)} /> : null}
      <CreateTokenForm action={actions.create} onCreated={setFresh} />
      <TokenList tokens={tokens} revoke={actions.revoke} />
      <Usage apiBase={apiBase} />
    </div>
  );
}

function CreateTokenForm({ action, onCreated }: { action: ApiTokenActions["create"]; onCreated: (t: { name: string; token: string }) => void }) {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [failure, dispatch, pending] = useActionState<Failure | null, FormData>(async (_prev, form) => {
    const result = await action({ name: String(form.get("name") ?? "") });
    if (result.ok) {
      onCreated({ name: result.data.name, token: result.data.token });
      formRef.current?.reset();
      toast.success(t("create.created", { name: result.data.name }));
      router.refresh();
      return null;
    }
    if (!result.fieldErrors) toast.error(result.error);
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  const nameError = failure?.fieldErrors?.name;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("create.title")}</CardTitle>
        <CardDescription>{t("create.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-2">
          <FormField label={t("create.name")} hideLabel error={nameError} required className="min-w-64 flex-1 sm:max-w-sm">
            <Input name="name" maxLength={80} autoComplete="off" placeholder={t("create.placeholder")} />
          </FormField>
          <Button type="submit" loading={pending}>
            <Plus aria-hidden="true" />
            {t("create.submit")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

function NewTokenSecret({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const t = useTranslations("apiTokens");
  const [copied, setCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(true);
      toast.success(t("secret.copiedToast"));
    } catch {
      inputRef.current?.select();
      toast.error(t("secret.copyFailed"));
    }
  };
  return (
    <Alert variant="success" live title={t("secret.title")}>
      <p>{t("secret.description")}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor="new-api-token">
          {t("secret.label", { name })}
        </label>
        <input
          id="new-api-token"
          ref={inputRef}
          readOnly
          value={token}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 font-mono text-sm text-slate-900"
        />
        <Button type="button" variant="outline" onClick={() => void copy()}>
          {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied ? t("secret.copied") : t("secret.copy")}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("secret.done")}
        </Button>
      </div>
    </Alert>
  );
}

function TokenList({ tokens, revoke }: { tokens: readonly ApiTokenItem[]; revoke: ApiTokenActions["revoke"] }) {
  const t = useTranslations("apiTokens");
  return (
    <section aria-labelledby="api-tokens-list">
      <Card>
        <CardHeader>
          <CardTitle id="api-tokens-list">{t("list.title")}</CardTitle>
          <CardDescription>{t("list.count", { count: tokens.length })}</CardDescription>
        </CardHeader>
        {tokens.length ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[640px] text-left text-sm" aria-label={t("list.tableLabel")}>
              <thead className="border-y border-slate-200 bg-slate-50 text-xs font-medium tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2.5">{t("list.columns.name")}</th>
                  <th scope="col" className="px-4 py-2.5">{t("list.columns.token")}</th>
                  <th scope="col" className="px-4 py-2.5">{t("list.columns.created")}</th>
                  <th scope="col" className="px-4 py-2.5">{t("list.columns.lastUsed")}</th>
                  <th scope="col" className="px-4 py-2.5 text-right">{t("list.columns.actions")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {tokens.map((tok) => (
                  <tr key={tok.id}>
                    <th scope="row" className="px-4 py-3 font-medium text-slate-900">{tok.name}</th>
                    <td className="px-4 py-3 font-mono text-slate-700">{tok.prefix}…</td>
                    <td className="px-4 py-3 text-slate-700">{tok.created}</td>
                    <td className="px-4 py-3 text-slate-700">
                      {tok.lastUsed ? <span title={tok.lastUsedExact ?? undefined}>{tok.lastUsed}</span> : <span className="text-slate-500">{t("list.never")}</span>}
                    </td>
                    <td className="px-4 py-3 text-right">
                      <RevokeButton item={tok} revoke={revoke} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <CardContent>
            <EmptyState icon={KeyRound} title={t("list.empty")} description={t("list.emptyDescription")} headingLevel="h3" />
          </CardContent>
        )}
      </Card>
    </section>
  );
}

function RevokeButton({ item, revoke }: { item: ApiTokenItem; revoke: ApiTokenActions["revoke"] }) {
  const t = useTranslations("apiTokens");
  const tc = useTranslations("common");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50 hover:text-red-800" aria-label={t("list.revokeOf", { name: item.name })}>
          <Trash2 aria-hidden="true" />
          {t("list.revoke")}
        </Button>
      }
      title={t("list.revokeTitle", { name: item.name })}
      description={t("list.revokeBody")}
      confirmLabel={t("list.revoke")}
      cancelLabel={tc("cancel")}
      destructive
      onConfirm={async () => {
        const result = await revoke(item.id);
        router.refresh();
        if (!result.ok) {
          toast.error(result.error);
          return false;
        }
        toast.success(t("list.revoked", { name: item.name }));
      }}
    />
  );
}

function Usage({ apiBase }: { apiBase: string }) {
  const t = useTranslations("apiTokens");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("usage.title")}</CardTitle>
        <CardDescription>{t("usage.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100">{`curl -H "Authorization: Bearer cs_…" ${apiBase}/me`}</pre>
        <p>
          <a href="/api/docs" className="font-medium text-blue-700 underline hover:text-blue-900">
            {t("usage.docs")}
          </a>
        </p>
        <p className="text-slate-600">{t("usage.cli")}</p>
        <pre className="overflow-x-auto rounded-md bg-slate-100 p-3 font-mono text-xs text-slate-800">npm run -s token -- create you@example.com</pre>
      </CardContent>
    </Card>
  );
}
