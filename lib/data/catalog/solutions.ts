/**
 * The solution catalogue (domain.md §4.1, api.md `GET /catalog/solutions`): the partner's
 * own solutions, the provider's, third-party ones and assessment types, each with its
 * publisher and whether it is IP co-sell eligible.
 */
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { SOLUTION_KINDS, type SolutionKind } from "@/lib/domain/referral";
import { parseInput } from "../validate";
import { assertCatalogAccess } from "./customers";

export type SolutionView = {
  id: string;
  name: string;
  kind: SolutionKind;
  publisherOrganizationId: string | null;
  publisherName: string | null;
  ipCoSellEligible: boolean;
};

const SolutionSearchSchema = z.strictObject({
  kind: z.union([z.enum(SOLUTION_KINDS), z.array(z.enum(SOLUTION_KINDS)).max(4)]).optional(),
  q: z.string().trim().max(120).optional(),
  /** Only solutions of this publisher (e.g. an invited partner's own solutions). */
  publisherOrganizationId: z.string().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(201).optional(),
  /** Keyset position (the REST API's cursor): only solutions after this kind, name and id. */
  after: z.strictObject({ kind: z.enum(SOLUTION_KINDS), name: z.string().max(1024), id: z.string().max(200) }).optional(),
});
export type SolutionSearch = z.input<typeof SolutionSearchSchema>;

const select = {
  id: true,
  name: true,
  kind: true,
  publisherOrganizationId: true,
  ipCoSellEligible: true,
  publisherOrganization: { select: { name: true } },
} satisfies Prisma.SolutionSelect;

const toView = (s: Prisma.SolutionGetPayload<{ select: typeof select }>): SolutionView => ({
  id: s.id,
  name: s.name,
  kind: s.kind,
  publisherOrganizationId: s.publisherOrganizationId,
  publisherName: s.publisherOrganization?.name ?? null,
  ipCoSellEligible: s.ipCoSellEligible,
});

/**
 * Solutions by kind and name. Decision: kind OWN means "the partner's own": a partner sees
 * its organisation's OWN solutions unless it names another publisher (P2P invitations pick
 * what the invited partner should bring); provider users see every publisher's.
 */
export async function searchSolutions(actor: Actor, input: SolutionSearch = {}): Promise<SolutionView[]> {
  assertCatalogAccess(actor);
  const { kind, q, publisherOrganizationId, limit, after } = parseInput(SolutionSearchSchema, input);
  const kinds = kind === undefined ? undefined : Array.isArray(kind) ? kind : [kind];
  const ownOnly: Prisma.SolutionWhereInput =
    actor.organizationKind === "PARTNER" && !publisherOrganizationId
      ? { OR: [{ kind: { not: "OWN" } }, { publisherOrganizationId: actor.organizationId }] }
      : {};
  const rows = await db().solution.findMany({
    where: {
      AND: [
        kinds ? { kind: { in: kinds } } : {},
        q ? { name: { contains: q, mode: "insensitive" } } : {},
        publisherOrganizationId ? { publisherOrganizationId } : {},
        ownOnly,
        after
          ? {
              OR: [
                // Enum order (the database sorts `kind` by it): the kinds declared after.
                { kind: { in: SOLUTION_KINDS.slice(SOLUTION_KINDS.indexOf(after.kind) + 1) } },
                { kind: after.kind, name: { gt: after.name } },
                { kind: after.kind, name: after.name, id: { gt: after.id } },
              ],
            }
          : {},
      ],
    },
    select,
    orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    take: limit ?? 100,
  });
  return rows.map(toView);
}

/** The catalogue kind of each id (null when not in the catalogue): the create/update schemas' context. */
export async function solutionKinds(ids: readonly string[]): Promise<(id: string) => SolutionKind | null> {
  const unique = [...new Set(ids.filter((id) => typeof id === "string" && id.length > 0 && id.length <= 64))];
  const rows = unique.length ? await db().solution.findMany({ where: { id: { in: unique } }, select: { id: true, kind: true } }) : [];
  const kinds = new Map(rows.map((r) => [r.id, r.kind]));
  return (id) => kinds.get(id) ?? null;
}
