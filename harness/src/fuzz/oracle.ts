/**
 * Expected values of sub-expressions, computed in-process by the pinned Node that runs the fuzzer
 * (the same engine as the reference): the program's prelude is stripped of types with Node's own
 * `module.stripTypeScriptTypes` (exactly what `node --experimental-strip-types` runs) and evaluated
 * in a fresh `vm` context together with one thunk per sub-expression. Values come back printed by the
 * program's own `show` (the format of the generated program's output and of fold-report values).
 */
import { stripTypeScriptTypes } from 'node:module';
import vm from 'node:vm';

/** Milliseconds the prelude may take to evaluate (it only declares functions and constants). */
const PRELUDE_TIMEOUT_MS = 10_000;

/**
 * Evaluates each of `sources` (expressions valid after `prelude`) and returns `show(value)` for each,
 * or undefined for one that throws. Errors: throws when the prelude itself does not evaluate.
 */
export function evaluateExpressions(prelude: string, sources: readonly string[]): (string | undefined)[] {
  const thunks = sources.map((s) => `() => show(${s})`).join(',\n');
  const js = stripTypeScriptTypes(`${prelude}\n;[\n${thunks}\n]`);
  const fns = vm.runInNewContext(js, {}, { timeout: PRELUDE_TIMEOUT_MS }) as (() => string)[];
  return fns.map((f) => {
    try {
      return f();
    } catch {
      return undefined;
    }
  });
}
