import { describe, expect, it } from "vitest";
import { CURRENCY_CODES, MoneyInputSchema, currencyExponent, formatMoneyAmount, parseMoney, safeParseMoney, toMoneyInput } from "./money";

describe("parseMoney", () => {
  it.each([
    ["12500.00", "USD", 1_250_000],
    ["12500", "USD", 1_250_000],
    ["12500.5", "USD", 1_250_050],
    ["0", "USD", 0],
    ["0.01", "EUR", 1],
    ["007.10", "EUR", 710],
    [" 42.00 ", "usd", 4200],
    ["100", "JPY", 100],
    ["100.00", "JPY", 100],
    ["1.234", "KWD", 1234],
    ["1.5", "CLF", 15000],
    ["-12.34", "USD", -1234],
    ["-0", "USD", 0],
  ])("%s %s → %d minor units", (amount, currency, minor) => {
    expect(parseMoney({ amount, currency })).toEqual({ amountMinor: minor, currency: currency.trim().toUpperCase() });
  });

  it("never goes through a float (0.1 + 0.2 style amounts are exact)", () => {
    expect(parseMoney({ amount: "0.30", currency: "USD" }).amountMinor).toBe(30);
    expect(parseMoney({ amount: "19.99", currency: "USD" }).amountMinor).toBe(1999);
    expect(parseMoney({ amount: "90071992547409.91", currency: "USD" }).amountMinor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ["12,500.00", "USD", "amount", "Enter the amount as digits with an optional decimal point, e.g. 12500.00"],
    ["1e5", "USD", "amount", "Enter the amount as digits with an optional decimal point, e.g. 12500.00"],
    ["+5", "USD", "amount", "Enter the amount as digits with an optional decimal point, e.g. 12500.00"],
    [".5", "USD", "amount", "Enter the amount as digits with an optional decimal point, e.g. 12500.00"],
    ["5.", "USD", "amount", "Enter the amount as digits with an optional decimal point, e.g. 12500.00"],
    ["abc", "USD", "amount", "Enter the amount as digits with an optional decimal point, e.g. 12500.00"],
    ["", "USD", "amount", "Enter an amount"],
    ["1.001", "USD", "amount", "Use at most 2 decimal places for USD"],
    ["100.5", "JPY", "amount", "JPY amounts have no decimal places"],
    ["1.0001", "KWD", "amount", "Use at most 3 decimal places for KWD"],
    ["90071992547409.92", "USD", "amount", "The amount is too large"],
    ["9007199254740993", "JPY", "amount", "The amount is too large"],
    ["10", "XYZ", "currency", "Choose a valid ISO 4217 currency code, e.g. USD"],
    ["10", "", "currency", "Choose a currency"],
    ["10", "US", "currency", "Choose a valid ISO 4217 currency code, e.g. USD"],
  ])("rejects %j %j at %s", (amount, currency, path, message) => {
    const result = safeParseMoney({ amount, currency });
    expect(result).toEqual({ ok: false, issues: [{ path, message }] });
    expect(() => parseMoney({ amount, currency })).toThrow(RangeError);
  });

  it("rejects numbers (floats) as amounts", () => {
    expect(safeParseMoney({ amount: 12.5, currency: "USD" })).toEqual({
      ok: false,
      issues: [{ path: "amount", message: 'Enter the amount as a decimal string, e.g. "12500.00"' }],
    });
  });

  it("reports amount and currency problems together", () => {
    const result = safeParseMoney({ amount: "x", currency: "???" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(["currency", "amount"]);
  });

  it("can require a non-negative amount", () => {
    expect(safeParseMoney({ amount: "-1", currency: "USD" }, { nonNegative: true })).toEqual({
      ok: false,
      issues: [{ path: "amount", message: "Enter an amount of 0 or more" }],
    });
    expect(safeParseMoney({ amount: "-0.00", currency: "USD" }, { nonNegative: true }).ok).toBe(true);
  });
});

describe("formatMoneyAmount", () => {
  it.each([
    [1_250_000, "USD", "12500.00"],
    [5, "USD", "0.05"],
    [0, "USD", "0.00"],
    [-5, "USD", "-0.05"],
    [-123456, "EUR", "-1234.56"],
    [100, "JPY", "100"],
    [1234, "KWD", "1.234"],
    [15000, "CLF", "1.5000"],
    [Number.MAX_SAFE_INTEGER, "USD", "90071992547409.91"],
  ])("%d %s → %s", (minor, currency, text) => {
    expect(formatMoneyAmount(minor, currency)).toBe(text);
  });

  it("round-trips with parseMoney", () => {
    for (const [amount, currency] of [
      ["12500.00", "USD"],
      ["0.07", "EUR"],
      ["999", "JPY"],
      ["3.141", "BHD"],
    ]) {
      expect(toMoneyInput(parseMoney({ amount, currency }))).toEqual({ amount, currency });
    }
  });

  it("refuses non-integers and unknown currencies", () => {
    expect(() => formatMoneyAmount(1.5, "USD")).toThrow(RangeError);
    expect(() => formatMoneyAmount(2 ** 53, "USD")).toThrow(RangeError);
    expect(() => formatMoneyAmount(1, "XYZ")).toThrow(RangeError);
  });
});

describe("currencies", () => {
  it("knows the ISO 4217 exponents", () => {
    expect(currencyExponent("USD")).toBe(2);
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("KRW")).toBe(0);
    expect(currencyExponent("BHD")).toBe(3);
    expect(currencyExponent("CLF")).toBe(4);
    expect(() => currencyExponent("ABC")).toThrow(RangeError);
  });

  it("lists each code once, three upper-case letters", () => {
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(CURRENCY_CODES.length).toBeGreaterThan(150);
  });
});

describe("MoneyInputSchema", () => {
  it("parses the api.md shape to minor units", () => {
    expect(MoneyInputSchema.parse({ amount: "12500.00", currency: "USD" })).toEqual({
      amountMinor: 1_250_000,
      currency: "USD",
    });
  });

  const errorsOf = (input: unknown) => {
    const result = MoneyInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("reports clear messages at amount / currency", () => {
    expect(errorsOf({ amount: "-1", currency: "USD" })).toEqual([["amount", "Enter an amount of 0 or more"]]);
    expect(errorsOf({ amount: "1.234", currency: "USD" })).toEqual([["amount", "Use at most 2 decimal places for USD"]]);
    expect(errorsOf({ amount: 12500, currency: "USD" })).toEqual([["amount", 'Enter the amount as a decimal string, e.g. "12500.00"']]);
    expect(errorsOf({ amount: "1" })).toEqual([["currency", "Choose a currency"]]);
    expect(errorsOf({ currency: "USD" })).toEqual([["amount", "Enter an amount"]]);
    expect(errorsOf({ amount: "1", currency: "usdollar" })).toEqual([["currency", "Choose a valid ISO 4217 currency code, e.g. USD"]]);
    expect(errorsOf({ amount: "1", currency: "USD", cents: 5 })).toEqual([
      ["", 'Enter money as { "amount": "12500.00", "currency": "USD" }'],
    ]);
    expect(errorsOf("12500.00 USD")).toEqual([["", 'Enter money as { "amount": "12500.00", "currency": "USD" }']]);
  });
});
