import { describe, expect, it } from "vitest";
import { applyParamUpdates, nextSort, parseSort, parseTableParams, serializeSort } from "./url";

describe("sort param", () => {
  it("parses and serializes", () => {
    expect(parseSort("name")).toEqual({ field: "name", desc: false });
    expect(parseSort("-createdAt")).toEqual({ field: "createdAt", desc: true });
    expect(parseSort("")).toBeNull();
    expect(parseSort("-")).toBeNull();
    expect(parseSort("a b")).toBeNull();
    expect(serializeSort({ field: "x", desc: true })).toBe("-x");
    expect(serializeSort(null)).toBeNull();
  });

  it("cycles asc → desc → none", () => {
    expect(nextSort(null, "name")).toEqual({ field: "name", desc: false });
    expect(nextSort({ field: "name", desc: false }, "name")).toEqual({ field: "name", desc: true });
    expect(nextSort({ field: "name", desc: true }, "name")).toBeNull();
    expect(nextSort({ field: "other", desc: true }, "name")).toEqual({ field: "name", desc: false });
  });

  it("cycles desc → asc → none when descFirst", () => {
    expect(nextSort(null, "amount", true)).toEqual({ field: "amount", desc: true });
    expect(nextSort({ field: "amount", desc: true }, "amount", true)).toEqual({ field: "amount", desc: false });
    expect(nextSort({ field: "amount", desc: false }, "amount", true)).toBeNull();
  });
});

describe("applyParamUpdates", () => {
  it("sets, deletes and keeps params", () => {
    expect(applyParamUpdates("status=OPEN&page=3&q=acme", { sort: "-name", page: null })).toBe("status=OPEN&q=acme&sort=-name");
    expect(applyParamUpdates("?q=acme", { q: "" })).toBe("");
    expect(applyParamUpdates("", { page: 2, flag: true, off: false })).toBe("page=2&flag=true");
    expect(applyParamUpdates("tag=a", { tag: ["b", "c"] })).toBe("tag=b&tag=c");
  });
});

describe("parseTableParams", () => {
  const opts = { sortable: ["name", "createdAt"] as const, defaultSort: "-createdAt" as const };

  it("reads valid values", () => {
    const t = parseTableParams({ page: "3", pageSize: "50", sort: "name" }, opts);
    expect(t).toEqual({
      page: 3,
      pageSize: 50,
      sort: { field: "name", desc: false },
      sortParam: "name",
      skip: 100,
      take: 50,
    });
  });

  it("falls back on invalid or disallowed values", () => {
    const t = parseTableParams({ page: "-1", pageSize: "1000", sort: "-passwordHash" }, opts);
    expect(t.page).toBe(1);
    expect(t.pageSize).toBe(25);
    expect(t.sort).toEqual({ field: "createdAt", desc: true });
    expect(t.sortParam).toBe("-createdAt");
    expect(parseTableParams(new URLSearchParams("page=2.5"), opts).page).toBe(1);
  });

  it("takes the first of repeated params", () => {
    expect(parseTableParams({ page: ["2", "5"] }, opts).page).toBe(2);
  });

  it("infers the field type from `sortable` only", () => {
    const fields = ["name", "updatedAt"] as const;
    const t: { sort: { field: "name" | "updatedAt"; desc: boolean } | null } = parseTableParams(
      {},
      { sortable: fields, defaultSort: "-updatedAt" },
    );
    expect(t.sort).toEqual({ field: "updatedAt", desc: true });
  });

  it("has no sort without a valid default", () => {
    expect(parseTableParams({}, { sortable: ["name"] }).sort).toBeNull();
  });
});
