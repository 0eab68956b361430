import { z } from "zod";
import { apiHandler, created, ok } from "@/lib/api/handler";
import { decodeCursor, toPage } from "@/lib/api/pagination";
import { listInvitations, sendInvitation } from "@/lib/api/v1/provider-referrals";
import * as referrals from "@/lib/data/provider-referrals";

export const dynamic = "force-dynamic";

const SORT = "-number";

/** GET /api/v1/opportunity-invitations — pending ones addressed to me (partner) or the ones I sent (seller). */
export const GET = apiHandler(listInvitations, async ({ actor, query }) => {
  const after = decodeCursor(query.cursor, SORT, z.number().int());
  const rows = await referrals.pageInvitations(actor, {
    status: query.status,
    q: query.q,
    beforeNumber: after ? Number(after.value) : undefined,
    take: query.limit + 1,
  });
  const number = (r: { reference: string }) => Number(r.reference.replace(/^PR-/, ""));
  return ok(
    toPage(
      rows,
      query.limit,
      SORT,
      (r) => ({ value: number(r), id: r.id }),
      (r) => r,
    ),
  );
});

/** POST /api/v1/opportunity-invitations — a provider seller refers a deal to a partner. */
export const POST = apiHandler(sendInvitation, async ({ actor, body }) => created(await referrals.sendProviderReferral(actor, body)));
