/**
 * Expected failures of domain operations. Server actions turn them into messages at the
 * right field; the REST API turns them into problem+json (api.md error table). Anything
 * else is unexpected: logged, and answered with a generic message.
 */
export type FieldError = { path: string; message: string };

export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No such object, or the actor may not see it (existence never leaks). → 404 */
export class NotFoundError extends DomainError {
  constructor(what = "Not found") {
    super(what);
  }
}

/** The actor can see the object but their role may not do this. → 403 */
export class ForbiddenError extends DomainError {
  constructor(message = "You are not allowed to do this.") {
    super(message);
  }
}

/** Input breaks a rule; every broken field is listed. → 400 */
export class ValidationError extends DomainError {
  constructor(
    public readonly errors: FieldError[],
    message = errors.length === 1 ? "1 field is invalid" : `${errors.length} fields are invalid`,
  ) {
    super(message);
  }
}

/**
 * The action is not allowed in the object's current state. → 409 /invalid-transition.
 * `errors` names the fields the refusal is about when there are some (e.g. a partner that
 * already has an open invitation, the partner limit of an opportunity).
 */
export class InvalidTransitionError extends DomainError {
  constructor(
    message: string,
    public readonly errors?: FieldError[],
  ) {
    super(message);
  }
}

/** The write was based on a stale version. → 409 /stale-version, with the fresh resource. */
export class StaleVersionError extends DomainError {
  constructor(
    public readonly current?: unknown,
    message = "This was changed by someone else. Review the latest values and try again.",
  ) {
    super(message);
  }
}

/** Too many attempts. → 429 */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    public readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
