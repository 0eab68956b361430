import { ValidationError } from "@/lib/errors";
import type { BulkRowError } from "./contract";

/**
 * A bulk transfer refused as a whole (nothing changed): one error per refused row, at
 * `ids.<index>` for forms and problem+json, and the same reasons by opportunity id.
 */
export class BulkTransferError extends ValidationError {
  constructor(
    public readonly rowErrors: BulkRowError[],
    errors: { path: string; message: string }[],
  ) {
    super(errors, errors.length === 1 ? "1 opportunity cannot be transferred" : `${errors.length} opportunities cannot be transferred`);
  }
}
