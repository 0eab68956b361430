import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";

const actorSelect = {
  id: true,
  name: true,
  email: true,
  status: true,
  aceRole: true,
  referralRole: true,
  locationScope: true,
  providerRole: true,
  locale: true,
  organization: {
    select: { id: true, name: true, kind: true, timeZone: true, solutionAssessmentApproved: true, trainingPartner: true },
  },
} as const;

type ActorRow = NonNullable<Awaited<ReturnType<typeof findActorRow>>>;

function findActorRow(where: { id: string } | { email: string }) {
  return db().user.findUnique({ where, select: actorSelect });
}

function toActor(u: ActorRow): Actor {
  return {
    userId: u.id,
    name: u.name,
    email: u.email,
    organizationId: u.organization.id,
    organizationName: u.organization.name,
    organizationKind: u.organization.kind,
    aceRole: u.aceRole,
    referralRole: u.referralRole,
    locationScope: u.locationScope,
    providerRole: u.providerRole,
    solutionAssessmentApproved: u.organization.solutionAssessmentApproved,
    trainingPartner: u.organization.trainingPartner,
    timeZone: u.organization.timeZone,
    locale: u.locale,
  };
}

/**
 * The actor for a user id, freshly read (roles and status changes apply at once).
 * Inactive users have no actor: their sessions and tokens stop working immediately.
 * Cached per request.
 */
export const loadActor = cache(async (userId: string): Promise<Actor | null> => {
  const row = await findActorRow({ id: userId });
  return row && row.status === "ACTIVE" ? toActor(row) : null;
});

/** Credentials check support: the user row by email, with the password hash. */
export function findUserForSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, status: true, passwordHash: true },
  });
}
