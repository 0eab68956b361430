import { getChannelPanel, getSharePanel } from "@/lib/data/opportunities";
import type { Actor } from "@/lib/domain/actor";
import { ChannelCard } from "@/components/opportunities/sharing/channel-card";
import { CollaboratorsCard } from "@/components/opportunities/sharing/collaborators-card";
import {
  archiveChannelAction,
  joinChannelAction,
  leaveChannelAction,
  recordChannelCreatedAction,
  requestChannelAction,
  shareOpportunityAction,
  withdrawShareAction,
} from "../../shared/actions";

/**
 * The opportunity's collaboration cards (domain.md §2.8, §2.9): collaborators and Share for
 * the partner's own organisation; the collaboration channel for the partner and for the
 * provider (whose account manager records the created channel). Rendered by the detail page.
 */
export async function OpportunityCollaboration({ actor, opportunityId, reference }: { actor: Actor; opportunityId: string; reference: string }) {
  const fmt = { locale: actor.locale, timeZone: actor.timeZone };
  const partner = actor.organizationKind === "PARTNER";
  const [share, channel] = await Promise.all([partner ? getSharePanel(actor, opportunityId) : null, getChannelPanel(actor, opportunityId)]);
  const showChannel = partner || channel.channel !== null || channel.can.recordCreated;
  if (!share && !showChannel) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {share ? <CollaboratorsCard opportunityId={opportunityId} panel={share} fmt={fmt} share={shareOpportunityAction} withdraw={withdrawShareAction} /> : null}
      {showChannel ? (
        <ChannelCard
          opportunityId={opportunityId}
          reference={reference}
          panel={channel}
          fmt={fmt}
          actions={{
            request: requestChannelAction,
            recordCreated: recordChannelCreatedAction,
            archive: archiveChannelAction,
            join: joinChannelAction,
            leave: leaveChannelAction,
          }}
        />
      ) : null}
    </div>
  );
}
