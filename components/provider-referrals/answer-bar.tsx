"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, X } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { RejectDialog } from "./reject-dialog";
import type { AcceptAction, RejectAction } from "./types";

/** Accept / Reject on a referral's page: accepting opens the new opportunity. */
export function ReferralAnswerBar({
  referral,
  accept,
  reject,
}: {
  referral: { id: string; reference: string };
  accept: AcceptAction;
  reject: RejectAction;
}) {
  const t = useTranslations("providerReferrals.pending");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);

  const onAccept = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await accept([referral.id]);
      if (!result.ok) return setError(result.error);
      const [done] = result.data.accepted;
      if (done) {
        toast.success(t("accepted", { count: 1 }));
        router.push(`/opportunities/${done.opportunityId}`);
      } else {
        setError(result.data.refused[0]?.message ?? null);
        router.refresh();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="grid justify-items-end gap-2">
      <div className="flex gap-2">
        <Button variant="outline" onClick={() => setRejecting(true)} disabled={busy}>
          <X aria-hidden="true" />
          {t("reject")}
        </Button>
        <Button onClick={() => void onAccept()} loading={busy}>
          <Check aria-hidden="true" />
          {t("accept")}
        </Button>
      </div>
      {error ? (
        <Alert variant="danger" live>
          {error}
        </Alert>
      ) : null}
      <RejectDialog
        referral={rejecting ? referral : null}
        onOpenChange={setRejecting}
        reject={reject}
        onDone={() => {
          setRejecting(false);
          toast.success(t("rejected"));
          router.push("/provider-referrals");
        }}
      />
    </div>
  );
}
