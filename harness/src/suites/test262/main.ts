/**
 * The test262 run end to end: options -> suite -> selection -> run -> expectations -> reports -> exit code.
 */
import { parseTest262Args, USAGE, UsageError } from './args.ts';
import { discoverTests, selectTests } from './discover.ts';
import type { Engine, EngineName } from './engine.ts';
import { nativeEngine } from './engine-native.ts';
import { nodeEngine } from './engine-node.ts';
import { runSuite } from './run.ts';
import { sampleTests } from './sample.ts';
import { locateSuite, SuiteError } from './suite.ts';

const ENGINE: Record<EngineName, Engine> = { native: nativeEngine, node: nodeEngine };

/** Runs the command line `argv`; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseTest262Args(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`test262: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let suite;
  try {
    suite = await locateSuite(options.test262Dir);
  } catch (e) {
    if (!(e instanceof SuiteError)) throw e;
    process.stderr.write(`test262: ${e.message}\n`);
    return 2;
  }
  const all = await discoverTests(suite.testDir);
  const { selected, unmatched } = selectTests(all, options.patterns);
  if (unmatched.length > 0) {
    process.stderr.write(`test262: no test matches ${unmatched.join(', ')}\n`);
    return 2;
  }
  const tests = options.sample === undefined ? selected : sampleTests(selected, options.sample);
  const started = performance.now();
  const results = await runSuite({
    suite, engine: ENGINE[options.engine], tests, jobs: options.jobs, timeoutMs: options.timeoutMs,
    onResult(r, done, total) {
      if (r.outcome !== 'PASS') process.stdout.write(`${r.outcome} ${r.key}: ${r.reason}\n`);
      if (done % 100 === 0 || done === total) process.stderr.write(`[${done}/${total}] ${((performance.now() - started) / 1000).toFixed(0)}s\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const pass = results.filter((r) => r.outcome === 'PASS').length;
  process.stdout.write(`test262 (${options.engine}): ${pass}/${results.length} scenarios pass, ${tests.length} tests, ${seconds.toFixed(1)}s (${(results.length / seconds).toFixed(1)} scenarios/s)\n`);
  return 0;
}
