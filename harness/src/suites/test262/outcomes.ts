/**
 * The closed set of outcomes of one test262 scenario, shared by the runner, the expectations and every
 * report. A scenario is one run of one test file in one mode (INTERPRETING.md "Strict Mode").
 */

/** Every outcome, in report order. */
export const OUTCOMES = ['PASS', 'FAIL', 'UNSUPPORTED', 'COMPILER-ERROR', 'CRASH', 'TIMEOUT'] as const;

/**
 * One outcome. PASS: the verdict INTERPRETING.md asks for. FAIL: a wrong verdict or a wrong error
 * (type or phase). UNSUPPORTED: the engine said it lacks a construct (TSN9001/TSN9002), or the test needs
 * a feature, flag or host hook listed as not supported. COMPILER-ERROR: an internal error of the compiler
 * (always a bug). CRASH: the program died on a signal or printed no JavaScript error. TIMEOUT: it ran
 * past `--timeout`.
 */
export type Outcome = (typeof OUTCOMES)[number];

/** The result of one scenario: its outcome and a one-line reason (empty for PASS). */
export interface Verdict {
  readonly outcome: Outcome;
  /** One line saying why (the first diagnostic, the thrown error, the unsupported feature). */
  readonly reason: string;
  /** The engine's output (diagnostics, stdout and stderr), capped, for the HTML report. */
  readonly output: string;
}
