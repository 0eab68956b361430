import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("prefers the cookie, then Accept-Language, then English", () => {
    expect(negotiateLocale("de-DE", "fr-FR")).toBe("de-DE");
    expect(negotiateLocale(undefined, "fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr-FR");
    expect(negotiateLocale(undefined, "")).toBe("en");
    expect(negotiateLocale("not a locale!", "*")).toBe("en");
  });
});
