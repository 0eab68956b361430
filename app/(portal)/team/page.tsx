import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { getOrganization } from "@/lib/data/people/organizations";
import { listUsers } from "@/lib/data/people/users";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { toUserRow } from "@/components/people/user-rows";
import { UserTable } from "@/components/people/user-table";
import { setTeamStatusAction, updateTeamRolesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("team.title") };
}

export default async function TeamPage() {
  const actor = await requireActor();
  if (actor.organizationKind !== "PARTNER" || !hasPermission(actor, "team.view")) notFound();
  const t = await getTranslations("people");
  const [org, users] = await Promise.all([
    getOrganization(actor, actor.organizationId),
    listUsers(actor, { organizationId: actor.organizationId }),
  ]);
  const rows = users.map((u) => toUserRow(actor, u));
  const manages = {
    ace: hasPermission(actor, "team.manageAceRoles"),
    referral: hasPermission(actor, "team.manageReferralRoles"),
    status: hasPermission(actor, "team.manageStatus"),
  };
  const abilities = [manages.ace && t("team.canAce"), manages.referral && t("team.canReferral"), manages.status && t("team.canStatus")].filter(Boolean);

  return (
    <div className="grid gap-4">
      <PageHeader
        className="pb-2"
        title={t("team.title")}
        description={[t("team.description", { organization: org.name }), ...abilities].join(" ")}
      />
      {abilities.length === 0 ? <Alert variant="info">{t("team.readOnly")}</Alert> : null}
      <Card>
        {rows.length ? (
          <UserTable
            organization={{ id: org.id, name: org.name, kind: org.kind, locations: org.locations }}
            users={rows}
            actions={{ updateRoles: updateTeamRolesAction, setStatus: setTeamStatusAction }}
          />
        ) : (
          <EmptyState icon={Users} title={t("users.emptyTitle")} />
        )}
      </Card>
    </div>
  );
}
