import type { z } from "zod";
import { ValidationError, type FieldError } from "@/lib/errors";

/**
 * Parses input with a shared schema; a failure becomes a ValidationError with dotted paths.
 * An unknown key is one error at its own path ("Unknown field"), as the opportunity schemas
 * and the REST API report them (api.md: every broken field listed, `path` dotted).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const errors: FieldError[] = [];
    for (const i of result.error.issues) {
      const base = i.path.map(String).join(".");
      if (i.code === "unrecognized_keys") {
        for (const key of (i as { keys: string[] }).keys) errors.push({ path: base ? `${base}.${key}` : key, message: "Unknown field" });
      } else errors.push({ path: base || "(body)", message: i.message });
    }
    throw new ValidationError(errors);
  }
  return result.data;
}
