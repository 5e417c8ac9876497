/** One-line meanings of the outcomes, shown beside their counts in index.html and summary.md. */
import type { Outcome } from '../outcomes.ts';

/** What each outcome says about a program (see compare.ts for the exact rules). */
export const OUTCOME_MEANING: Readonly<Record<Outcome, string>> = {
  PASS: 'native output matches Node and the golden',
  FAIL: 'native output, exit code or fold report differs',
  'GOLDEN-STALE': 'Node itself no longer matches the golden',
  'COMPILE-ERROR': 'tsn build rejected the program or failed',
  CRASH: 'native executable killed by a signal or not started',
  TIMEOUT: 'native executable hit the time limit',
  XFAIL: 'fails the way expectations.json predicts',
  XPASS: 'passes, but expectations.json lists it as failing',
  NEW: 'no golden recorded yet',
};
