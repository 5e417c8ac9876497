/**
 * Runs one generated program on every side: the pinned Node on the source, and the compiler in-process
 * (`build` from the compiler's library API, which reuses the parsed lib files and the runtime library
 * cache) with `--comptime=on` (plus its fold report) and `--comptime=off`, each executable run once.
 * Node starts first and both C compilations overlap each other and the second translation.
 * Every process runs like a parity program: cwd the work folder, stdin closed, the fixed environment.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../../../compiler/src/driver/build.ts';
import { PINNED_NODE } from '../reference.ts';
import { runProcess, type ProcessResult } from '../run.ts';
import { BASE_ENV } from '../sides.ts';

/** How programs are built and run. */
export interface ExecuteSettings {
  /** Folder for sources, executables and fold reports (one set of files, reused). */
  readonly work: string;
  /** C compiler command of the native builds (see toolchain.ts). */
  readonly cc: string;
  /** C optimisation level of the native builds. */
  readonly optLevel: 0 | 1 | 2 | 3;
  /** Wall-clock limit per process, milliseconds. */
  readonly timeoutMs: number;
}

/** Output cap per stream: generated programs print about 30 bytes per expression. */
const CAP_BYTES = 16 * 1024 * 1024;

/**
 * One native side: built and run, rejected by the compiler (exit code 1: diagnostics, 2: internal
 * error), or skipped (while shrinking a failure that does not involve this gate).
 */
export type NativeSide =
  | { readonly kind: 'ran'; readonly run: ProcessResult; readonly foldReport: string }
  | { readonly kind: 'rejected'; readonly exitCode: 1 | 2; readonly diagnostics: string }
  | { readonly kind: 'skipped' };

/** The comptime gates. */
export type Gate = 'on' | 'off';

/** Everything one program produced. */
export interface ProgramRun {
  readonly entry: string;
  readonly node: ProcessResult;
  readonly on: NativeSide;
  readonly off: NativeSide;
  /** Milliseconds: whole program, and the compiler's own time (translation, C compiler) summed over both gates. */
  readonly timings: { readonly totalMs: number; readonly compileMs: number; readonly ccMs: number };
}

function runIn(settings: ExecuteSettings, file: string, args: readonly string[]): Promise<ProcessResult> {
  return runProcess({ file, args, cwd: settings.work, env: BASE_ENV, timeoutMs: settings.timeoutMs, capBytes: CAP_BYTES });
}

/** Builds `entry` under `gate` and runs the executable. */
export async function buildAndRun(settings: ExecuteSettings, entry: string, gate: Gate): Promise<NativeSide & { compileMs: number; ccMs: number }> {
  const base = entry.replace(/\.ts$/, `-${gate}`);
  const foldReport = `${base}.fold`;
  const built = await build({ entry, output: base, comptime: gate, optLevel: settings.optLevel, cc: settings.cc, foldReport });
  const { compileMs, ccMs } = built.timings;
  if (built.exitCode !== 0) return { kind: 'rejected', exitCode: built.exitCode, diagnostics: built.diagnosticsText, compileMs, ccMs };
  const [run, report] = await Promise.all([runIn(settings, base, []), readFile(foldReport, 'utf8')]);
  return { kind: 'ran', run, foldReport: report, compileMs, ccMs };
}

/** Runs the pinned Node on `entry`. */
function runNode(settings: ExecuteSettings, entry: string): Promise<ProcessResult> {
  return runIn(settings, PINNED_NODE, ['--experimental-strip-types', entry]);
}

const SKIPPED = { kind: 'skipped', compileMs: 0, ccMs: 0 } as const;

/**
 * Node runs the generated programs as ES modules, like the corpus (whose package.json says
 * "type": "module"): strict mode, as the native side always is, and never through a CommonJS
 * require hook (nyc installs one for .ts files in child processes, which would skip type stripping).
 */
async function ensureModuleScope(work: string): Promise<void> {
  await writeFile(path.join(work, 'package.json'), '{ "type": "module" }\n');
}

/** Writes `source` as `<work>/<name>.ts` and runs it under Node and natively under each of `gates`. */
export async function runEverywhere(settings: ExecuteSettings, name: string, source: string, gates: ReadonlySet<Gate>): Promise<ProgramRun> {
  const started = performance.now();
  const entry = path.join(settings.work, `${name}.ts`);
  await ensureModuleScope(settings.work);
  await writeFile(entry, source);
  const node = runNode(settings, entry);
  const side = (gate: Gate) => (gates.has(gate) ? buildAndRun(settings, entry, gate) : SKIPPED);
  // `off` first: its translation is the quicker and its C the bigger, so its C compiler starts first.
  const [off, on] = await Promise.all([side('off'), side('on')]);
  return {
    entry,
    node: await node,
    on,
    off,
    timings: { totalMs: performance.now() - started, compileMs: on.compileMs + off.compileMs, ccMs: on.ccMs + off.ccMs },
  };
}
