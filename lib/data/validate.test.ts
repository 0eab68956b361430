import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "./validate";

describe("parseInput", () => {
  const schema = z.strictObject({ name: z.string().min(1, "Enter a name"), inner: z.strictObject({ a: z.number() }).optional() });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { name: "x" })).toEqual({ name: "x" });
  });

  it("reports every broken field at its dotted path, one entry per unknown key", () => {
    const err = (() => {
      try {
        parseInput(schema, { name: "", colour: "red", size: 1, inner: { a: 1, b: 2 } });
      } catch (e) {
        return e;
      }
    })() as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.errors).toEqual(
      expect.arrayContaining([
        { path: "name", message: "Enter a name" },
        { path: "colour", message: "Unknown field" },
        { path: "size", message: "Unknown field" },
        { path: "inner.b", message: "Unknown field" },
      ]),
    );
    expect(err.errors).toHaveLength(4);
  });

  it("puts a wrong top-level type at (body)", () => {
    expect(() => parseInput(schema, "nope")).toThrow(ValidationError);
    try {
      parseInput(schema, 42);
    } catch (e) {
      expect((e as ValidationError).errors).toEqual([{ path: "(body)", message: expect.any(String) }]);
    }
  });
});
