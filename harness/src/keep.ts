/**
 * `--keep`: for each unexpected outcome, the executable, its generated C and fold report are copied to
 * `reports/latest/kept/<label>/` with a `repro.txt` giving the exact commands (cwd, environment,
 * argv) that run both sides by hand.
 */
import path from 'node:path';
import type { TaskOutput } from './execute.ts';
import type { PinnedNode } from './reference.ts';
import { shellWord } from './repro.ts';
import type { KeptArtefacts } from './report/write.ts';
import { programEnv } from './sides.ts';

/** Folder name under kept/ for a result label. */
export function keptFolder(label: string): string {
  return label.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/** The artefacts to keep for `output`, or undefined when it produced no executable or C. */
export function keptArtefacts(output: TaskOutput, node: PinnedNode | undefined): KeptArtefacts | undefined {
  const b = output.build;
  const files = [
    ...(b.exe === undefined ? [] : [{ from: b.exe, name: 'exe' }]),
    ...(b.cFile === undefined ? [] : [{ from: b.cFile, name: 'program.c' }]),
    ...(b.foldReport === undefined ? [] : [{ from: b.foldReport, name: 'fold.jsonl' }]),
  ];
  if (files.length === 0) return undefined;
  const program = output.program;
  const env = Object.entries(programEnv(program)).map(([k, v]) => `${k}=${v}`).map(shellWord).join(' ');
  const args = program.directives.args.map(shellWord).join(' ');
  const lines = [
    `${output.result.label}: ${output.result.outcome} (${output.result.detail})`,
    '',
    `cd ${shellWord(program.cwd)}`,
    `env -i ${env} ${shellWord(path.join('<this folder>', 'exe'))} ${args}`.trimEnd(),
  ];
  if (node !== undefined) lines.push(`env -i ${env} ${shellWord(node.path)} --experimental-strip-types ${shellWord(program.entry)} ${args}`.trimEnd());
  return { folder: keptFolder(output.result.label), files, repro: `${lines.join('\n')}\n` };
}
