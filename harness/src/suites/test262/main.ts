/**
 * The test262 run end to end: options -> suite -> selection -> run -> expectations -> reports -> exit code.
 */
import { parseTest262Args, USAGE, UsageError } from './args.ts';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../../compiler/src/driver/paths.ts';
import { discoverTests, selectTests } from './discover.ts';
import type { Engine, EngineName } from './engine.ts';
import { nativeEngine } from './engine-native.ts';
import { nodeEngine } from './engine-node.ts';
import { compare, loadExpectations, updateExpectations } from './expectations.ts';
import { writeReports } from './report.ts';
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
      if (done % 100 === 0 || done === total) process.stderr.write(`[${done}/${total}] ${((performance.now() - started) / 1000).toFixed(0)}s\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const pass = results.filter((r) => r.outcome === 'PASS').length;
  const reportDir = options.reportDir ?? path.join(PROJECT_ROOT, 'reports', options.engine === 'native' ? 'test262' : 'test262-node');
  await writeReports(reportDir, results, { engine: options.engine, tests: tests.length, seconds, command: `npm run test262 -- ${argv.join(' ')}` });
  process.stdout.write(`test262 (${options.engine}): ${pass}/${results.length} scenarios pass, ${tests.length} tests, ${seconds.toFixed(1)}s (${(results.length / seconds).toFixed(2)} scenarios/s); reports in ${path.relative(process.cwd(), reportDir)}\n`);
  if (options.engine !== 'native') return 0;
  const expectations = await loadExpectations();
  if (options.updateExpectations) {
    await updateExpectations(expectations, results);
    process.stdout.write(`expectations updated for ${results.length} scenarios\n`);
    return 0;
  }
  const fixed = results.filter((r) => compare(r, expectations) === 'FIXED');
  const unexpected = results.filter((r) => compare(r, expectations) === 'unexpected');
  for (const r of fixed) process.stdout.write(`FIXED ${r.key} (remove it from the expectations: --update-expectations)\n`);
  for (const r of unexpected) process.stdout.write(`UNEXPECTED ${r.outcome} ${r.key}: ${r.reason}${expectations.has(r.key) ? ` (expected ${expectations.get(r.key)!.outcome})` : ''}\n`);
  process.stdout.write(`${unexpected.length} unexpected, ${fixed.length} fixed\n`);
  return unexpected.length + fixed.length === 0 ? 0 : 1;
}
