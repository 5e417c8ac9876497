/**
 * The closed set of per-program outcomes, and which of them are expected (a run is green only when
 * every outcome is expected).
 */

/** Every outcome, in report order. */
export const OUTCOMES = [
  'PASS', 'FAIL', 'GOLDEN-STALE', 'COMPILE-ERROR', 'CRASH', 'TIMEOUT', 'XFAIL', 'XPASS', 'NEW',
] as const;

/** One outcome. */
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes an expectations entry may predict (how a known-broken program fails). */
export const EXPECTABLE_OUTCOMES = ['FAIL', 'CRASH', 'COMPILE-ERROR', 'TIMEOUT'] as const;

/** An outcome an expectations entry may predict. */
export type ExpectableOutcome = (typeof EXPECTABLE_OUTCOMES)[number];

/** True for PASS and XFAIL, the only outcomes that leave the exit code 0. */
export function isExpected(outcome: Outcome): boolean {
  return outcome === 'PASS' || outcome === 'XFAIL';
}

/** The comptime gate a program was built under. */
export type Gate = 'on' | 'off';
