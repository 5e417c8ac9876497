/**
 * Stage tests: each file of compiler/test/stages is a small program whose header names the stage
 * it checks (`// STAGE: hir | mir | c`, default mir) and optionally `// COMPTIME: off`; its
 * `// CHECK` directives are matched against that stage's dump, and the whole dump is also compared
 * with the blessed snapshot `stages/snapshots/<name>.<stage>` (refreshed by name:
 * `node compiler/test/support/update-stages.ts <name|all>`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '../../src/driver/build.ts';

export const STAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../stages');
export const SNAPSHOT_DIR = path.join(STAGES_DIR, 'snapshots');

export interface StageTest {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly stage: 'hir' | 'mir' | 'c';
  readonly comptime: 'on' | 'off';
}

export function listStageTests(): StageTest[] {
  return readdirSync(STAGES_DIR).filter((f) => f.endsWith('.ts')).sort().map((f) => {
    const file = path.join(STAGES_DIR, f);
    const source = readFileSync(file, 'utf8');
    const stage = /\/\/\s*STAGE:\s*(hir|mir|c)\b/.exec(source)?.[1] as StageTest['stage'] | undefined;
    const comptime = /\/\/\s*COMPTIME:\s*off\b/.test(source) ? 'off' : 'on';
    return { name: f.slice(0, -3), file, source, stage: stage ?? 'mir', comptime };
  });
}

/** The dump of a stage test's stage (with the MIR verifier on). Throws with the diagnostics if rejected. */
export function stageOutput(t: StageTest): string {
  const previous = process.env['TSN_VERIFY_MIR'];
  process.env['TSN_VERIFY_MIR'] = '1';
  try {
    const r = translate({ entry: t.file, comptime: t.comptime }, STAGES_DIR);
    if ('diagnostics' in r) throw new Error(`stage test ${t.name} rejected:\n${r.diagnostics}`);
    return t.stage === 'hir' ? r.hir() : t.stage === 'mir' ? r.mir() : r.c;
  } finally {
    if (previous === undefined) delete process.env['TSN_VERIFY_MIR'];
    else process.env['TSN_VERIFY_MIR'] = previous;
  }
}

export function snapshotPath(t: StageTest): string {
  return path.join(SNAPSHOT_DIR, `${t.name}.${t.stage}`);
}
