/**
 * The scenarios of a test (INTERPRETING.md "Strict Mode" and "Flags"): a default test runs twice, as
 * non-strict and as strict code; `onlyStrict` only strict, `noStrict` and `raw` only non-strict, `module`
 * once as module code. Every scenario but `raw` evaluates `assert.js`, `sta.js` (and `doneprintHandle.js`
 * for `async` tests) and the test's `includes`, in that order, before the test.
 */
import type { TestMetadata } from './metadata.ts';

/** How the test source is evaluated: a non-strict script, a strict script (`"use strict";` prepended) or a module. */
export type ScenarioMode = 'non-strict' | 'strict' | 'module';

/** One run of one test. */
export interface Scenario {
  /** The test's path relative to test/ (`built-ins/Array/length.js`). */
  readonly test: string;
  readonly mode: ScenarioMode;
  readonly metadata: TestMetadata;
  /** The test file's text, unmodified (its frontmatter is a comment). */
  readonly source: string;
  /** Harness files (names inside harness/) evaluated before the test, in order, without duplicates. */
  readonly includes: readonly string[];
}

/** The key of a scenario in expectations and reports: `built-ins/Array/length.js [strict]`. */
export function scenarioKey(s: Pick<Scenario, 'test' | 'mode'>): string {
  return `${s.test} [${s.mode}]`;
}

function modes(flags: ReadonlySet<string>): ScenarioMode[] {
  if (flags.has('module')) return ['module'];
  if (flags.has('raw') || flags.has('noStrict')) return ['non-strict'];
  if (flags.has('onlyStrict')) return ['strict'];
  return ['non-strict', 'strict'];
}

function includesOf(metadata: TestMetadata): string[] {
  if (metadata.flags.has('raw')) return [];
  const all = ['assert.js', 'sta.js', ...(metadata.flags.has('async') ? ['doneprintHandle.js'] : []), ...metadata.includes];
  return [...new Set(all)];
}

/** The scenarios of the test `test` with frontmatter `metadata` and text `source`, in a fixed order. */
export function scenariosOf(test: string, metadata: TestMetadata, source: string): Scenario[] {
  const includes = includesOf(metadata);
  return modes(metadata.flags).map((mode) => ({ test, mode, metadata, source, includes }));
}
