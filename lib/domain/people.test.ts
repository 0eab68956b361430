import { describe, expect, it } from "vitest";
import { OrganizationInputSchema, roleRuleErrors, UserCreateSchema } from "./people";

describe("organisation input", () => {
  it("accepts a partner with locations and a real time zone", () => {
    const r = OrganizationInputSchema.safeParse({ name: "Acme", timeZone: "Europe/Berlin", locations: ["us", "DE"] });
    expect(r.success && r.data.locations).toEqual(["US", "DE"]);
  });
  it("refuses an unknown time zone, duplicate and malformed locations, each at its field", () => {
    const r = OrganizationInputSchema.safeParse({ name: "", timeZone: "Mars/Olympus", locations: ["US", "US", "USA"] });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "timeZone", "locations.2"]));
  });
  it("requires a location for partners", () => {
    const r = OrganizationInputSchema.safeParse({ name: "P", timeZone: "UTC", locations: [] });
    expect(r.error?.issues[0].path).toEqual(["locations"]);
  });
});

describe("role rules", () => {
  const partner = { kind: "PARTNER" as const, locations: ["US", "DE"] };
  const provider = { kind: "PROVIDER" as const, locations: [] };
  const none = { aceRole: null, referralRole: null, locationScope: null, providerRole: null };
  it("accepts GLOBAL and org locations as a referral user's scope", () => {
    expect(roleRuleErrors({ ...none, referralRole: "REFERRAL_USER", locationScope: "GLOBAL" }, partner)).toEqual([]);
    expect(roleRuleErrors({ ...none, referralRole: "REFERRAL_USER", locationScope: "DE" }, partner)).toEqual([]);
  });
  it("refuses a scope outside the organisation's locations, or none", () => {
    expect(roleRuleErrors({ ...none, referralRole: "REFERRAL_USER", locationScope: "JP" }, partner)[0].path).toBe("locationScope");
    expect(roleRuleErrors({ ...none, referralRole: "REFERRAL_USER" }, partner)[0].path).toBe("locationScope");
  });
  it("keeps provider and partner roles apart", () => {
    expect(roleRuleErrors({ ...none, providerRole: "VALIDATOR" }, partner)[0].path).toBe("providerRole");
    expect(roleRuleErrors({ ...none, aceRole: "ACE_USER", providerRole: "VALIDATOR" }, provider)[0].path).toBe("aceRole");
    expect(roleRuleErrors(none, provider)[0].path).toBe("providerRole");
  });
});

describe("user creation", () => {
  it("normalises the email to lower case and checks the password length", () => {
    const ok = UserCreateSchema.parse({ organizationId: "o", email: " Lena@Acme.Example ", name: "Lena", password: "long-enough-pw" });
    expect(ok.email).toBe("lena@acme.example");
    expect(UserCreateSchema.safeParse({ organizationId: "o", email: "x@y.example", name: "L", password: "short" }).error?.issues[0].path).toEqual([
      "password",
    ]);
  });
});
