/**
 * JSON helpers of the API: serialisation that never throws on dates or bigints, and a
 * canonical form (sorted keys) for hashing request bodies.
 */

/** JSON text; Dates become ISO strings, bigints decimal strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v));
}

/** The same JSON value always gives the same text, whatever the order of its keys. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "";
  const seen: unknown[] = [];
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    if (seen.includes(v)) throw new TypeError("cyclic value");
    seen.push(v);
    const out = Array.isArray(v)
      ? v.map(walk)
      : Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, walk((v as Record<string, unknown>)[k])]),
        );
    seen.pop();
    return out;
  };
  return JSON.stringify(walk(value));
}
