import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth";
import { can, hasPermission } from "@/lib/authz/policy";
import { connectablePartners, listConnections } from "@/lib/data/people/connections";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ConnectionsView, type ConnectionItem } from "@/components/people/connections-view";
import { acceptConnectionAction, endConnectionAction, requestConnectionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("connections.title") };
}

export default async function ConnectionsPage() {
  const actor = await requireActor();
  if (actor.organizationKind !== "PARTNER" || !hasPermission(actor, "connections.view")) notFound();
  const t = await getTranslations("people");
  const locale = await getLocale();
  const canManage = can(actor, "organization.manageConnections", { kind: "organization", id: actor.organizationId, organizationKind: actor.organizationKind });
  const [connections, connectable] = await Promise.all([listConnections(actor), canManage ? connectablePartners(actor) : Promise.resolve([])]);

  const items: ConnectionItem[] = connections
    .map((c) => {
      const outgoing = c.requesterOrg.id === actor.organizationId;
      return {
        id: c.id,
        version: c.version,
        status: c.status,
        partnerName: (outgoing ? c.addresseeOrg : c.requesterOrg).name,
        direction: outgoing ? ("outgoing" as const) : ("incoming" as const),
        since: formatDate(c.updatedAt, { locale, timeZone: actor.timeZone }),
      };
    })
    .sort((a, b) => a.partnerName.localeCompare(b.partnerName, locale));

  return (
    <div>
      <PageHeader title={t("connections.title")} description={t("connections.description")} />
      <ConnectionsView
        connections={items}
        canManage={canManage}
        connectable={connectable}
        actions={{ request: requestConnectionAction, accept: acceptConnectionAction, end: endConnectionAction }}
      />
    </div>
  );
}
