/**
 * Bail: thrown inside a comptime evaluation when it meets anything it cannot evaluate exactly and
 * purely (I/O, outer mutable state, a throw, an unknown built-in, exhausted fuel). The fold site is
 * left for run time and `reason` goes into the fold report.
 */
export class Bail extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

/** Throws Bail(reason). */
export function bail(reason: string): never {
  throw new Bail(reason);
}
