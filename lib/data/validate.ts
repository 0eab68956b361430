import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/** Parses input with a shared schema; a failure becomes a ValidationError with dotted paths. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ValidationError(
      result.error.issues.map((i) => ({
        path: i.path.map(String).join(".") || "(body)",
        message: i.code === "unrecognized_keys" ? `Unknown field(s): ${(i as { keys: string[] }).keys.join(", ")}` : i.message,
      })),
    );
  }
  return result.data;
}
