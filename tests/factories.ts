/**
 * Test factories: rows with sensible defaults, shared by integration tests (and usable by
 * the seed). Each returns what it created; `actorOf` gives the Actor services expect.
 */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/data/actors";
import type { Actor } from "@/lib/domain/actor";
import type { AceRole, ProviderRole, ReferralRole } from "@/lib/domain/roles";

/** A cheap, valid argon2id hash of "demo-password" (tests avoid hashing each time). */
export const TEST_PASSWORD = "demo-password";
let passwordHash: string | undefined;
async function testHash() {
  if (!passwordHash) passwordHash = await (await import("@/lib/auth/password")).hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export async function createOrganization(over: Partial<{ name: string; kind: "PARTNER" | "PROVIDER"; timeZone: string; locations: string[]; solutionAssessmentApproved: boolean; trainingPartner: boolean }> = {}) {
  return db().organization.create({
    data: {
      name: over.name ?? `Org ${randomUUID().slice(0, 6)}`,
      kind: over.kind ?? "PARTNER",
      timeZone: over.timeZone ?? "Europe/Berlin",
      locations: over.locations ?? (over.kind === "PROVIDER" ? [] : ["US", "DE"]),
      solutionAssessmentApproved: over.solutionAssessmentApproved ?? false,
      trainingPartner: over.trainingPartner ?? false,
    },
  });
}

export async function createUser(
  organizationId: string,
  over: Partial<{ email: string; name: string; status: "ACTIVE" | "INACTIVE"; aceRole: AceRole | null; referralRole: ReferralRole | null; locationScope: string | null; providerRole: ProviderRole | null }> = {},
) {
  return db().user.create({
    data: {
      organizationId,
      email: over.email ?? `u-${randomUUID().slice(0, 8)}@test.example`,
      name: over.name ?? "Test User",
      passwordHash: await testHash(),
      status: over.status ?? "ACTIVE",
      aceRole: over.aceRole ?? null,
      referralRole: over.referralRole ?? null,
      locationScope: over.locationScope ?? null,
      providerRole: over.providerRole ?? null,
    },
  });
}

export async function actorOf(userId: string): Promise<Actor> {
  const actor = await loadActor(userId);
  if (!actor) throw new Error(`no active user ${userId}`);
  return actor;
}

/** A partner org with one user per given role, plus the provider with its three roles. */
export async function createWorld() {
  const provider = await createOrganization({ kind: "PROVIDER", name: "Nimbus Cloud", timeZone: "UTC" });
  const acme = await createOrganization({ name: "Acme" });
  const bolt = await createOrganization({ name: "Bolt", locations: ["US"] });
  const u = {
    lead: await createUser(acme.id, { aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN" }),
    team: await createUser(acme.id, { aceRole: "ALLIANCE_TEAM" }),
    manager: await createUser(acme.id, { aceRole: "ACE_MANAGER", referralRole: "REFERRAL_USER", locationScope: "GLOBAL" }),
    user: await createUser(acme.id, { aceRole: "ACE_USER", referralRole: "REFERRAL_USER", locationScope: "DE" }),
    user2: await createUser(acme.id, { aceRole: "ACE_USER", referralRole: "REFERRAL_USER", locationScope: "US" }),
    noAce: await createUser(acme.id, { referralRole: "REFERRAL_USER", locationScope: "US" }),
    boltLead: await createUser(bolt.id, { aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN" }),
    validator: await createUser(provider.id, { providerRole: "VALIDATOR" }),
    seller: await createUser(provider.id, { providerRole: "PROVIDER_SELLER" }),
    admin: await createUser(provider.id, { providerRole: "PROVIDER_ADMIN" }),
  };
  const actors = Object.fromEntries(await Promise.all(Object.entries(u).map(async ([k, v]) => [k, await actorOf(v.id)]))) as Record<keyof typeof u, Actor>;
  return { provider, acme, bolt, users: u, actors };
}
