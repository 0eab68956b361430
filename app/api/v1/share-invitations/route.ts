import { apiHandler, ok } from "@/lib/api/handler";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { CursorTimestampSchema } from "@/lib/api/v1/common";
import { listShareInvitations, toShareInvitationJson } from "@/lib/api/v1/sharing";
import { listShareInvitationsAfter } from "@/lib/data/opportunities";

export const dynamic = "force-dynamic";

/** The one order of this list: newest invitation first. */
const SORT = "-invitedAt";

/** GET /api/v1/share-invitations — invitations received by my organisation, a keyset page at a time. */
export const GET = apiHandler(listShareInvitations, async ({ actor, query }) => {
  const after = decodeCursor(query.cursor, SORT, CursorTimestampSchema);
  const rows = await listShareInvitationsAfter(actor, { status: query.status }, after ? { invitedAt: String(after.value), id: after.id } : undefined, query.limit + 1);
  return ok(toPage(rows, query.limit, SORT, (r) => ({ value: r.invitedAt, id: r.id }), toShareInvitationJson));
});
