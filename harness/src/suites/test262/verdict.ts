/**
 * Judges an engine's Execution of a scenario against the test's expectations (INTERPRETING.md
 * "negative", "async"): a negative test passes when the named error occurs in the named phase; an
 * async test when it prints `Test262:AsyncTestComplete` (and no `Test262:AsyncTestFailure`); any other
 * test when it runs to the end without an uncaught error.
 */
import type { Execution, Thrown } from './execution.ts';
import type { Verdict } from './outcomes.ts';
import type { Scenario } from './scenarios.ts';

const ASYNC_COMPLETE = /^Test262:AsyncTestComplete$/m;
const ASYNC_FAILURE = /^Test262:AsyncTestFailure:(.*)$/m;

function said(thrown: Thrown | undefined): string {
  return thrown === undefined ? 'no error' : `${thrown.name}${thrown.message === '' ? '' : `: ${thrown.message}`}`;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.slice(0, 300);
}

/** The verdict for `scenario` given what the engine did. */
export function judge(scenario: Scenario, execution: Execution): Verdict {
  const { output } = execution;
  switch (execution.kind) {
    case 'unsupported':
      return { outcome: 'UNSUPPORTED', reason: execution.reason, output };
    case 'internal-error':
      return { outcome: 'COMPILER-ERROR', reason: execution.reason, output };
    default:
      break;
  }
  const negative = scenario.metadata.negative;
  if (execution.kind === 'early-error') {
    if (negative === undefined) return { outcome: 'FAIL', reason: `rejected at ${execution.phase}: ${firstLine(said(execution.thrown))}`, output };
    if (negative.phase !== execution.phase || negative.type !== execution.thrown.name) {
      return { outcome: 'FAIL', reason: `expected ${negative.type} at ${negative.phase}, got ${firstLine(said(execution.thrown))} at ${execution.phase}`, output };
    }
    return { outcome: 'PASS', reason: '', output };
  }
  if (execution.timedOut) return { outcome: 'TIMEOUT', reason: 'ran past the time limit', output };
  if (execution.signal !== undefined) return { outcome: 'CRASH', reason: `killed by ${execution.signal}`, output };
  if (execution.exitCode !== 0 && execution.thrown === undefined) return { outcome: 'CRASH', reason: `exit code ${execution.exitCode} without a JavaScript error`, output };
  if (negative !== undefined) {
    if (negative.phase !== 'runtime') return { outcome: 'FAIL', reason: `expected ${negative.type} at ${negative.phase}, ${execution.thrown === undefined ? 'ran without error' : `got ${firstLine(said(execution.thrown))} at runtime`}`, output };
    if (execution.thrown?.name !== negative.type) return { outcome: 'FAIL', reason: `expected ${negative.type} at runtime, got ${firstLine(said(execution.thrown))}`, output };
    return { outcome: 'PASS', reason: '', output };
  }
  if (execution.thrown !== undefined) return { outcome: 'FAIL', reason: firstLine(said(execution.thrown)), output };
  if (scenario.metadata.flags.has('async')) {
    const failure = ASYNC_FAILURE.exec(execution.stdout);
    if (failure !== null) return { outcome: 'FAIL', reason: `async failure: ${firstLine(failure[1]!)}`, output };
    if (!ASYNC_COMPLETE.test(execution.stdout)) return { outcome: 'FAIL', reason: 'async test never printed Test262:AsyncTestComplete', output };
  }
  return { outcome: 'PASS', reason: '', output };
}
