/** The organisations, users and connections of shared/spec/demo-data.md. */
import type { Db } from "@/lib/db";
import type { AceRole, ProviderRole, ReferralRole } from "@/lib/domain/roles";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, demoId } from "./ids";

type DemoUser = {
  email: string;
  name: string;
  aceRole?: AceRole;
  referralRole?: ReferralRole;
  locationScope?: string;
  providerRole?: ProviderRole;
  inactive?: boolean;
};
type DemoOrg = {
  key: string;
  name: string;
  kind: "PARTNER" | "PROVIDER";
  timeZone: string;
  locations: string[];
  solutionAssessmentApproved?: boolean;
  trainingPartner?: boolean;
  users: DemoUser[];
};

const lead = (email: string, name: string): DemoUser => ({ email, name, aceRole: "ALLIANCE_LEAD", referralRole: "REFERRAL_ADMIN" });

export const DEMO_ORGS: DemoOrg[] = [
  {
    key: "nimbus",
    name: "Nimbus Cloud",
    kind: "PROVIDER",
    timeZone: "America/Los_Angeles",
    locations: [],
    users: [
      { email: "validator@nimbus.example", name: "Vera Validator", providerRole: "VALIDATOR" },
      { email: "seller@nimbus.example", name: "Sam Seller", providerRole: "PROVIDER_SELLER" },
      { email: "admin@nimbus.example", name: "Ada Admin", providerRole: "PROVIDER_ADMIN" },
    ],
  },
  {
    key: "acme",
    name: "Acme Consulting",
    kind: "PARTNER",
    timeZone: "Europe/Berlin",
    locations: ["US", "DE"],
    solutionAssessmentApproved: true,
    users: [
      lead("lead@acme.example", "Lena Lead"),
      { email: "team@acme.example", name: "Tom Team", aceRole: "ALLIANCE_TEAM" },
      { email: "manager@acme.example", name: "Mia Manager", aceRole: "ACE_MANAGER", referralRole: "REFERRAL_USER", locationScope: "GLOBAL" },
      { email: "user@acme.example", name: "Uma User", aceRole: "ACE_USER", referralRole: "REFERRAL_USER", locationScope: "DE" },
      { email: "user2@acme.example", name: "Ugo User", aceRole: "ACE_USER", referralRole: "REFERRAL_USER", locationScope: "US" },
      { email: "noace@acme.example", name: "Nora NoAce", referralRole: "REFERRAL_USER", locationScope: "US" },
      { email: "inactive@acme.example", name: "Ian Inactive", aceRole: "ACE_USER", inactive: true },
    ],
  },
  {
    key: "bolt",
    name: "Bolt Analytics",
    kind: "PARTNER",
    timeZone: "America/New_York",
    locations: ["US"],
    trainingPartner: true,
    users: [
      lead("lead@bolt.example", "Bob Lead"),
      { email: "user@bolt.example", name: "Bea User", aceRole: "ACE_USER", referralRole: "REFERRAL_USER", locationScope: "GLOBAL" },
    ],
  },
  {
    key: "cirrus",
    name: "Cirrus Labs",
    kind: "PARTNER",
    timeZone: "Asia/Tokyo",
    locations: ["JP"],
    users: [lead("lead@cirrus.example", "Chie Lead")],
  },
  ...Array.from({ length: 10 }, (_, i): DemoOrg => {
    const n = String(i + 1).padStart(2, "0");
    return {
      key: `partner${n}`,
      name: `Partner ${n}`,
      kind: "PARTNER",
      timeZone: "UTC",
      locations: ["US"],
      users: [lead(`lead@partner${n}.example`, `Partner ${n} Lead`)],
    };
  }),
];

export const DEMO_CONNECTIONS: { from: string; to: string; status: "ACTIVE" | "PENDING" }[] = [
  { from: "acme", to: "bolt", status: "ACTIVE" },
  ...Array.from({ length: 10 }, (_, i) => ({ from: "acme", to: `partner${String(i + 1).padStart(2, "0")}`, status: "ACTIVE" as const })),
  { from: "acme", to: "cirrus", status: "PENDING" },
];

export const orgId = (key: string) => demoId(`org:${key}`);
export const userId = (email: string) => demoId(`user:${email}`);

export async function seedPeople(db: Db) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const org of DEMO_ORGS) {
    const data = {
      kind: org.kind,
      name: org.name,
      timeZone: org.timeZone,
      locations: org.locations,
      solutionAssessmentApproved: org.solutionAssessmentApproved ?? false,
      trainingPartner: org.trainingPartner ?? false,
      isDemo: true,
    };
    await db.organization.upsert({ where: { id: orgId(org.key) }, create: { id: orgId(org.key), ...data }, update: {} });
    for (const u of org.users) {
      await db.user.upsert({
        where: { email: u.email },
        create: {
          id: userId(u.email),
          organizationId: orgId(org.key),
          email: u.email,
          name: u.name,
          passwordHash,
          status: u.inactive ? "INACTIVE" : "ACTIVE",
          aceRole: u.aceRole ?? null,
          referralRole: u.referralRole ?? null,
          locationScope: u.locationScope ?? null,
          providerRole: u.providerRole ?? null,
        },
        update: {},
      });
    }
  }
  for (const c of DEMO_CONNECTIONS) {
    const key = { requesterOrgId: orgId(c.from), addresseeOrgId: orgId(c.to) };
    await db.partnerConnection.upsert({
      where: { requesterOrgId_addresseeOrgId: key },
      create: { id: demoId(`conn:${c.from}:${c.to}`), ...key, status: c.status },
      update: {},
    });
  }
}
