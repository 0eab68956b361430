import { describe, expect, it } from "vitest";
import { dealReachErrors, locationsWithinReach } from "./reach";

const user = (locationScope: string | null) => ({
  organizationKind: "PARTNER" as const,
  referralRole: "REFERRAL_USER" as const,
  locationScope,
  email: "Uma@Acme.example",
});
const admin = {
  organizationKind: "PARTNER" as const,
  referralRole: "REFERRAL_ADMIN" as const,
  locationScope: null,
  email: "lena@acme.example",
};

describe("a referral user's reach (§1)", () => {
  it("offers only the location of their scope; GLOBAL and admins get all", () => {
    expect(locationsWithinReach(user("DE"), ["US", "DE", "JP"])).toEqual(["DE"]);
    expect(locationsWithinReach(user("GLOBAL"), ["US", "DE"])).toEqual(["US", "DE"]);
    expect(locationsWithinReach(user(null), ["US", "DE"])).toEqual([]);
    expect(locationsWithinReach(admin, ["US", "DE"])).toEqual(["US", "DE"]);
  });

  it("refuses a location outside the scope and a team without the user, per field", () => {
    expect(dealReachErrors(user("DE"), { location: "US", teamEmails: ["mia@acme.example"] }).map((e) => e.path)).toEqual([
      "location",
      "team",
    ]);
    expect(dealReachErrors(user("DE"), { location: "de", teamEmails: ["uma@acme.example"] })).toEqual([]);
    expect(dealReachErrors(user("GLOBAL"), { location: "JP", teamEmails: [" UMA@acme.example "] })).toEqual([]);
    // Only what is given is checked.
    expect(dealReachErrors(user("DE"), { teamEmails: null })).toEqual([]);
    expect(dealReachErrors(user("DE"), { teamEmails: [] }).map((e) => e.path)).toEqual(["team"]);
    expect(dealReachErrors(admin, { location: "JP", teamEmails: [] })).toEqual([]);
  });
});
