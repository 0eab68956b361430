import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { requireActor } from "@/lib/auth";
import { hasPermission } from "@/lib/authz/policy";
import { getOrganization, type OrganizationView } from "@/lib/data/people/organizations";
import { listUsers } from "@/lib/data/people/users";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/domain/actor";
import { Badge } from "@/components/ui/badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AddUserDialog } from "@/components/people/add-user-dialog";
import { OrganizationForm } from "@/components/people/organization-form";
import { timeZoneOptions } from "@/components/people/time-zones";
import { toUserRow } from "@/components/people/user-rows";
import { UserTable } from "@/components/people/user-table";
import { createUserAction, setUserStatusAction, updateOrganizationAction, updateUserRolesAction } from "./actions";

type Params = Promise<{ id: string }>;

/** The organisation the admin may see, or the 404 page for anyone else / unknown ids. */
async function load(actor: Actor, id: string): Promise<OrganizationView> {
  if (!hasPermission(actor, "admin.organizations")) notFound();
  try {
    return await getOrganization(actor, id);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireActor();
  if (!hasPermission(actor, "admin.organizations")) return {};
  const org = await getOrganization(actor, (await params).id).catch(() => null);
  return org ? { title: org.name } : {};
}

export default async function OrganizationPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const org = await load(actor, (await params).id);
  const t = await getTranslations("people");
  const users = (await listUsers(actor, { organizationId: org.id })).map((u) => toUserRow(actor, u));
  const tableOrg = { id: org.id, name: org.name, kind: org.kind, locations: org.locations };

  return (
    <div className="grid gap-6">
      <PageHeader
        className="pb-0"
        title={org.name}
        breadcrumbs={[{ label: t("orgs.back"), href: "/admin/organizations" }, { label: org.name }]}
        meta={<Badge variant={org.kind === "PROVIDER" ? "accent" : "neutral"}>{t(`kind.${org.kind}`)}</Badge>}
      />
      <Card>
        <CardHeader>
          <CardTitle>{t("orgs.detailsTitle")}</CardTitle>
          <CardDescription>{t("orgs.detailsDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="max-w-xl">
          <OrganizationForm
            key={org.version}
            mode="edit"
            organization={{
              id: org.id,
              kind: org.kind,
              name: org.name,
              timeZone: org.timeZone,
              locations: org.locations,
              solutionAssessmentApproved: org.solutionAssessmentApproved,
              trainingPartner: org.trainingPartner,
              version: org.version,
            }}
            timeZones={timeZoneOptions()}
            action={updateOrganizationAction}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("users.title")}</CardTitle>
          {users.length ? <CardDescription>{t("users.description", { count: users.length })}</CardDescription> : null}
          <CardAction>
            <AddUserDialog organization={tableOrg} action={createUserAction} />
          </CardAction>
        </CardHeader>
        {users.length ? (
          <UserTable
            organization={tableOrg}
            users={users}
            actions={{ updateRoles: updateUserRolesAction, setStatus: setUserStatusAction }}
          />
        ) : (
          <EmptyState icon={Users} headingLevel="h3" title={t("users.emptyTitle")} description={t("users.emptyBody")} />
        )}
      </Card>
    </div>
  );
}
