"use client";

import { useOptimistic, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Heart } from "lucide-react";
import type { ActionResult } from "@/lib/actions/run";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { toast } from "@/components/ui/toaster";

/** The heart: marks a deal as a favourite of the signed-in user (the Favourites tab). */
export function FavoriteButton({
  dealId,
  dealName,
  favorite,
  action,
  size = "icon-sm",
}: {
  dealId: string;
  dealName: string;
  favorite: boolean;
  action: (id: string, favorite: boolean) => Promise<ActionResult<{ favorite: boolean }>>;
  size?: "icon-sm" | "icon";
}) {
  const t = useTranslations("referrals.favorite");
  const [optimistic, setOptimistic] = useOptimistic(favorite);
  const [, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      setOptimistic(!optimistic);
      const result = await action(dealId, !optimistic);
      if (!result.ok) toast.error(result.error);
    });
  return (
    <Button
      variant="ghost"
      size={size}
      aria-pressed={optimistic}
      aria-label={optimistic ? t("remove", { name: dealName }) : t("add", { name: dealName })}
      title={optimistic ? t("removeShort") : t("addShort")}
      onClick={toggle}
      data-testid="favorite"
    >
      <Heart aria-hidden="true" className={cn(optimistic ? "fill-rose-500 text-rose-500" : "text-slate-400")} />
    </Button>
  );
}
