/**
 * One test262 run: discover -> read frontmatter -> scenarios -> run each on the engine (`--jobs` at a
 * time) -> verdicts. Reading a test or its frontmatter failing is a FAIL of that test's scenario
 * (the suite is at fault), never a crash of the runner.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_DIR } from '../../../../compiler/src/driver/paths.ts';
import { mapConcurrent } from '../../pool.ts';
import type { Engine } from './engine.ts';
import { readMetadata } from './metadata.ts';
import type { Verdict } from './outcomes.ts';
import { scenarioKey, scenariosOf, type Scenario, type ScenarioMode } from './scenarios.ts';
import type { Suite } from './suite.ts';
import { judge } from './verdict.ts';

/** The verdict of one scenario, keyed like the expectations. */
export interface ScenarioResult extends Verdict {
  readonly test: string;
  readonly mode: ScenarioMode;
  readonly key: string;
  /** Features the test's frontmatter names (for the report's causes). */
  readonly features: readonly string[];
  readonly ms: number;
}

async function scenariosOfTest(suite: Suite, test: string): Promise<Scenario[] | ScenarioResult> {
  try {
    const source = await readFile(path.join(suite.testDir, test), 'utf8');
    return scenariosOf(test, readMetadata(test, source), source);
  } catch (e) {
    const reason = `unreadable test: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    return { test, mode: 'strict', key: scenarioKey({ test, mode: 'strict' }), features: [], ms: 0, outcome: 'FAIL', reason, output: reason };
  }
}

async function runScenario(engine: Engine, scenario: Scenario, context: Parameters<Engine['run']>[1]): Promise<ScenarioResult> {
  const started = performance.now();
  const reason = engine.unsupported(scenario);
  const verdict = reason !== undefined
    ? { outcome: 'UNSUPPORTED' as const, reason, output: '' }
    : judge(scenario, await engine.run(scenario, context));
  return { test: scenario.test, mode: scenario.mode, key: scenarioKey(scenario), features: scenario.metadata.features, ms: performance.now() - started, ...verdict };
}

/** Options of runSuite. */
export interface RunSuiteOptions {
  readonly suite: Suite;
  readonly engine: Engine;
  readonly tests: readonly string[];
  readonly jobs: number;
  readonly timeoutMs: number;
  /** Called as each scenario finishes (completion order). */
  readonly onResult?: (result: ScenarioResult, done: number, total: number) => void;
}

/** Runs every scenario of `tests`; results in test order, then scenario order. */
export async function runSuite(options: RunSuiteOptions): Promise<ScenarioResult[]> {
  const { suite, engine } = options;
  const prepared = await mapConcurrent(options.tests, 8, (test) => scenariosOfTest(suite, test));
  const early = prepared.filter((p): p is ScenarioResult => !Array.isArray(p));
  const scenarios = prepared.filter((p): p is Scenario[] => Array.isArray(p)).flat();
  await mkdir(CACHE_DIR, { recursive: true });
  const workDir = await mkdtemp(path.join(CACHE_DIR, 'test262-work-'));
  const total = scenarios.length + early.length;
  let done = 0;
  early.forEach((r) => options.onResult?.(r, ++done, total));
  try {
    const context = { suite, workDir, timeoutMs: options.timeoutMs };
    const results = await mapConcurrent(scenarios, options.jobs, (s) => runScenario(engine, s, context), (r) => options.onResult?.(r, ++done, total));
    const order = new Map(options.tests.map((t, i) => [t, i]));
    return [...early, ...results].sort((a, b) => order.get(a.test)! - order.get(b.test)!);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
