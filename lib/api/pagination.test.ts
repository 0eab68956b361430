import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { canonicalJson } from "./json";
import { checkJsonValue } from "./body";
import { decodeCursor, encodeCursor, parseSort, toPage } from "./pagination";

describe("cursors", () => {
  it("round-trip the sort value and id, and belong to one sort order", () => {
    const c = encodeCursor({ sort: "-updatedAt", value: "2026-11-24T10:00:00.000Z", id: "abc" });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, "-updatedAt")).toEqual({ value: "2026-11-24T10:00:00.000Z", id: "abc" });
    expect(() => decodeCursor(c, "updatedAt")).toThrow(ValidationError);
    expect(decodeCursor(undefined, "name")).toBeUndefined();
  });

  it("refuse anything that is not one of ours, at `cursor`", () => {
    const bad = [
      "%%",
      "abc",
      Buffer.from('{"s":"name","v":{"$gt":""},"i":"x"}').toString("base64url"),
      Buffer.from("[]").toString("base64url"),
      // text the database cannot compare, forged into a cursor
      encodeCursor({ sort: "name", value: "a\u0000b", id: "x" }),
      encodeCursor({ sort: "name", value: "a", id: "x\u0000" }),
      encodeCursor({ sort: "name", value: "\uD800", id: "x" }),
    ];
    for (const raw of bad) {
      const e = (() => {
        try {
          decodeCursor(raw, "name", z.string());
        } catch (err) {
          return err;
        }
      })();
      expect(e, raw).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).errors[0].path).toBe("cursor");
    }
    const wrongType = encodeCursor({ sort: "number", value: "x", id: "1" });
    expect(() => decodeCursor(wrongType, "number", z.number())).toThrow(ValidationError);
  });

  it("build pages from limit + 1 rows", () => {
    const rows = [1, 2, 3].map((n) => ({ id: `i${n}`, n }));
    const page = toPage(rows, 2, "n", (r) => ({ value: r.n, id: r.id }), (r) => r.id);
    expect(page.items).toEqual(["i1", "i2"]);
    expect(decodeCursor(page.nextCursor!, "n")).toEqual({ value: 2, id: "i2" });
    expect(toPage(rows, 3, "n", (r) => ({ value: r.n, id: r.id }), (r) => r.id).nextCursor).toBeNull();
  });

  it("parse sorts", () => {
    expect(parseSort(undefined, ["name", "email"] as const, "name")).toEqual({ field: "name", desc: false, spec: "name" });
    expect(parseSort("-email", ["name", "email"] as const, "name")).toEqual({ field: "email", desc: true, spec: "-email" });
    expect(() => parseSort("age", ["name"] as const, "name")).toThrow(ValidationError);
  });
});

describe("JSON helpers", () => {
  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: "1" }));
  });

  it("refuses NUL characters and deep nesting without recursion", () => {
    expect(() => checkJsonValue({ a: ["ok", "b\u0000"] })).toThrow(ValidationError);
    let deep: unknown = "x";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => checkJsonValue(deep)).toThrow(ValidationError);
    expect(() => checkJsonValue({ a: [{ b: "fine" }] })).not.toThrow();
  });
});
