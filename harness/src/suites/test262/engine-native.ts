/**
 * The `native` engine: each scenario becomes one TypeScript module (the `$262` host prelude, the
 * includes, the test), compiled in this process by tsn's `build` with `--check=off` (test262 is untyped
 * JavaScript) and TinyCC when installed, then run. tsn compiles every program as strict module code, so
 * non-strict scenarios are UNSUPPORTED until sloppy mode exists, and strict scenarios run as module code
 * (top-level `this` is undefined and `var` creates no global property: tests observing that FAIL).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../../../../compiler/src/driver/build.ts';
import { ccVersion } from '../../../../compiler/src/driver/cc.ts';
import type { Engine, RunContext } from './engine.ts';
import { capOutput, type Execution, type Thrown } from './execution.ts';
import { hooksUsed, runnerUnsupported } from './host-hooks.ts';
import { processOutput, runProcess } from './process-run.ts';
import type { Scenario } from './scenarios.ts';

/** `print` (for `$DONE`) and the `$262` hooks tsn can provide. */
const HOST_PRELUDE = `var print = function (message) { console.log(message); };
var $262 = {
  global: globalThis,
  detachArrayBuffer: function (buffer) { buffer.transfer(); },
};
`;

/** Hooks a compiled program cannot provide: no collector trigger, no second realm, no script evaluation. */
const MISSING_HOOKS = new Set(['gc', 'createRealm', 'evalScript']);

const DIAGNOSTIC = /error TSN(\d+): ([^\n]*)/;

/** The C compiler for test builds: TinyCC when installed (it compiles about fifteen times faster), else `$CC`/cc. */
const testCc: Promise<string | undefined> = ccVersion('tcc').then(() => 'tcc', () => undefined);

const harnessTexts = new Map<string, Promise<string>>();

function harnessText(harnessDir: string, name: string): Promise<string> {
  let text = harnessTexts.get(name);
  if (text === undefined) {
    text = readFile(path.join(harnessDir, name), 'utf8');
    harnessTexts.set(name, text);
  }
  return text;
}

/**
 * Where the scenario's module is written: the test's own path inside the work folder (so relative
 * imports of fixtures keep their shape), with the mode and `.ts` as extension. The work folder is under
 * the project, whose package.json makes every file an ES module.
 */
function modulePath(scenario: Scenario, context: RunContext): string {
  return path.join(context.workDir, 'test', scenario.test.replace(/\.js$/, `.${scenario.mode}.ts`));
}

/** The thrown error of a native program from its first stderr line (`Name: message` or `Name { message: '...' }`). */
export function thrownFromStderr(stderr: string): Thrown | undefined {
  const line = stderr.split('\n').find((l) => l.trim() !== '');
  if (line === undefined) return undefined;
  const m = /^([A-Za-z_$][\w$]*)(?:: (.*)| \{ message: '(.*)' \}.*)?$/.exec(line);
  return m === null ? { name: line, message: '' } : { name: m[1]!, message: m[2] ?? m[3] ?? '' };
}

function rejected(diagnostics: string): Execution {
  const output = capOutput(diagnostics);
  const m = DIAGNOSTIC.exec(diagnostics);
  if (m === null) return { kind: 'internal-error', reason: diagnostics.split('\n', 1)[0]!, output };
  const code = Number(m[1]);
  const message = m[2]!;
  if (code === 9001 || code === 9002) return { kind: 'unsupported', reason: `TSN${code}: ${message}`, output };
  // TypeScript's parser and grammar checks (1000-1999) are ECMAScript early errors: a SyntaxError.
  if (code >= 1000 && code < 2000) return { kind: 'early-error', phase: 'parse', thrown: { name: 'SyntaxError', message }, output };
  if (code === 2307 || code === 2305) return { kind: 'early-error', phase: 'resolution', thrown: { name: 'SyntaxError', message }, output };
  return { kind: 'early-error', phase: 'parse', thrown: { name: `TSN${code}`, message }, output };
}

/** tsn as an engine. */
export const nativeEngine: Engine = {
  name: 'native',
  unsupported(scenario) {
    const hooks = hooksUsed(scenario);
    const runner = runnerUnsupported(scenario, hooks);
    if (runner !== undefined) return runner;
    if (scenario.mode === 'non-strict') return 'non-strict (sloppy) code: tsn compiles every program as strict module code';
    const missing = hooks.find((h) => MISSING_HOOKS.has(h));
    return missing === undefined ? undefined : `host hook $262.${missing} not provided by compiled programs`;
  },
  async run(scenario, context) {
    const includes = await Promise.all(scenario.includes.map((name) => harnessText(context.suite.harnessDir, name)));
    const file = modulePath(scenario, context);
    const exe = file.slice(0, -'.ts'.length);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, [scenario.mode === 'strict' ? '"use strict";\n' : '', HOST_PRELUDE, ...includes, scenario.source].join('\n'));
    try {
      const cc = await testCc;
      const built = await build({ entry: file, output: exe, comptime: 'on', optLevel: 0, check: 'off', ...(cc === undefined ? {} : { cc }) });
      if (built.exitCode === 2) return { kind: 'internal-error', reason: built.diagnosticsText.split('\n', 1)[0]!, output: capOutput(built.diagnosticsText) };
      if (built.exitCode === 1) return rejected(built.diagnosticsText);
      const r = await runProcess(exe, [], context.timeoutMs);
      return {
        kind: 'ran', exitCode: r.exitCode, signal: r.signal, timedOut: r.timedOut, stdout: r.stdout,
        thrown: r.exitCode === 0 ? undefined : thrownFromStderr(r.stderr), output: capOutput(processOutput(r)),
      };
    } finally {
      await rm(file, { force: true });
      await rm(exe, { force: true });
    }
  },
};
