import { describe, expect, it } from "vitest";
import { currencyExponent, formatMoney, formatNumber, formatPercent, minorUnitsToDecimal, parseMoney } from "./number";

const norm = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("currencyExponent", () => {
  it("follows ISO 4217 minor units", () => {
    expect(currencyExponent("USD")).toBe(2);
    expect(currencyExponent("eur")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("KWD")).toBe(3);
  });

  it("rejects malformed codes", () => {
    expect(() => currencyExponent("US")).toThrow(RangeError);
  });
});

describe("minorUnitsToDecimal", () => {
  it("places the decimal point by exponent, without floats", () => {
    expect(minorUnitsToDecimal(123456, "USD")).toBe("1234.56");
    expect(minorUnitsToDecimal(5, "USD")).toBe("0.05");
    expect(minorUnitsToDecimal(-5, "USD")).toBe("-0.05");
    expect(minorUnitsToDecimal(0, "USD")).toBe("0.00");
    expect(minorUnitsToDecimal(1500, "JPY")).toBe("1500");
    expect(minorUnitsToDecimal(1234, "KWD")).toBe("1.234");
    expect(minorUnitsToDecimal(BigInt("123456789012345678901"), "USD")).toBe("1234567890123456789.01");
  });

  it("rejects non-integer numbers", () => {
    expect(() => minorUnitsToDecimal(12.5, "USD")).toThrow(RangeError);
    expect(() => minorUnitsToDecimal(Number.NaN, "USD")).toThrow(RangeError);
  });
});

describe("formatMoney", () => {
  it("formats minor units with the currency exponent", () => {
    expect(formatMoney(123456, "USD", "en-US")).toBe("$1,234.56");
    expect(formatMoney(1500, "JPY", "en-US")).toBe("¥1,500");
    expect(formatMoney(1500, "JPY", "ja-JP")).toBe("￥1,500");
    expect(formatMoney(1234, "KWD", "en-US")).toBe("KWD 1.234".replace(" ", "\u00a0"));
    expect(norm(formatMoney(123450, "EUR", "de-DE"))).toBe("1.234,50 €");
    expect(formatMoney(-5, "USD", "en-US")).toBe("-$0.05");
  });

  it("is exact for large bigint amounts", () => {
    expect(formatMoney(BigInt("900719925474099399"), "USD", "en-US")).toBe("$9,007,199,254,740,993.99");
  });

  it("offers compact and zero-trimming variants", () => {
    expect(formatMoney(123_456_789, "USD", "en-US", { compact: true })).toBe("$1.2M");
    expect(formatMoney(120_000, "USD", "en-US", { trimZeroFraction: true })).toBe("$1,200");
    expect(formatMoney(120_050, "USD", "en-US", { trimZeroFraction: true })).toBe("$1,200.50");
  });

  it("returns the fallback for null and throws for floats", () => {
    expect(formatMoney(null, "USD", "en-US")).toBe("—");
    expect(() => formatMoney(10.5, "USD", "en-US")).toThrow(RangeError);
  });
});

describe("parseMoney", () => {
  it("parses major-unit input into minor units", () => {
    expect(parseMoney("1234.56", "USD")).toBe(123456);
    expect(parseMoney("1,234.5", "USD", "en-US")).toBe(123450);
    expect(parseMoney(" 0.1 ", "USD")).toBe(10);
    expect(parseMoney(".5", "USD")).toBe(50);
    expect(parseMoney("12.", "USD")).toBe(1200);
    expect(parseMoney("-3.2", "USD")).toBe(-320);
    expect(parseMoney("1500", "JPY")).toBe(1500);
    expect(parseMoney("1.234", "KWD")).toBe(1234);
  });

  it("is exact where float arithmetic is not", () => {
    // 1.15 * 100 === 114.99999999999999 in floating point.
    expect(parseMoney("1.15", "USD")).toBe(115);
    expect(parseMoney("4.35", "USD")).toBe(435);
  });

  it("uses the locale's separators", () => {
    expect(parseMoney("1.234,50", "EUR", "de-DE")).toBe(123450);
    expect(parseMoney("1 234,50", "EUR", "fr-FR")).toBe(123450);
    expect(parseMoney("1.234", "EUR", "de-DE")).toBe(123400);
    // "." is the German group separator: a misplaced one is rejected, not read as 123450 €.
    expect(parseMoney("1234.50", "EUR", "de-DE")).toBeNull();
    expect(parseMoney("12,34", "USD", "en-US")).toBeNull();
  });

  it("rejects invalid input and excess precision", () => {
    expect(parseMoney("", "USD")).toBeNull();
    expect(parseMoney("abc", "USD")).toBeNull();
    expect(parseMoney("1.234", "USD")).toBeNull();
    expect(parseMoney("1.5", "JPY")).toBeNull();
    expect(parseMoney("1e5", "USD")).toBeNull();
    expect(parseMoney("99999999999999999", "USD")).toBeNull();
    expect(parseMoney(".", "USD")).toBeNull();
    expect(parseMoney("1.2.3", "USD")).toBeNull();
  });
});

describe("formatNumber / formatPercent", () => {
  it("formats numbers per locale", () => {
    expect(formatNumber(1234567.891, "en-US")).toBe("1,234,567.891");
    expect(formatNumber(1234567.891, "de-DE", { maximumFractionDigits: 1 })).toBe("1.234.567,9");
    expect(formatNumber(null, "en-US")).toBe("—");
    expect(formatNumber(Number.NaN, "en-US", { fallback: "" })).toBe("");
  });

  it("formats ratios and 0–100 percentages", () => {
    expect(formatPercent(0.25, "en-US")).toBe("25%");
    expect(formatPercent(25, "en-US", { from: "percent" })).toBe("25%");
    expect(formatPercent(0.1234, "en-US", { maximumFractionDigits: 1 })).toBe("12.3%");
    expect(norm(formatPercent(0.5, "de-DE"))).toBe("50 %");
    expect(formatPercent(undefined, "en-US")).toBe("—");
  });
});
