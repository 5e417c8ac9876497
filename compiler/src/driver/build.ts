/**
 * The compiler as a library: `build(options)` turns a TypeScript program into a native executable.
 * Pipeline: TypeScript program + checker -> HIR (lowering) -> comptime folding -> C -> cc + link with
 * the cached runtime library and libgc. Never throws for bad input: type errors (as `check` says) and
 * unsupported constructs come back as diagnostics (exit code 1); a failing C compiler is an internal
 * error (2). Under `--check=warn` a successful build's diagnosticsText holds the type errors as warnings.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createCheckedProgram, diagnosticsUnder } from '../frontend/program.ts';
import { formatDiagnostics } from '../frontend/diagnostics.ts';
import { lowerProgram } from '../frontend/lower/index.ts';
import { foldProgram, type FoldReport } from '../comptime/fold.ts';
import { emitProgram } from '../backend/emit-program.ts';
import { compileToMir } from '../mir/pipeline.ts';
import { printProgram as printMirProgram } from '../mir/print.ts';
import { printHirProgram } from '../ir/print.ts';
import { C_FLAGS, linkLibs, resolveCc, runCc } from './cc.ts';
import { runtimeLibrary } from './runtime-lib.ts';
import { checkBuildPaths } from './check-paths.ts';
import { RUNTIME_DIR } from './paths.ts';
import { DEFAULT_CHECK, type BuildOptions } from './options.ts';
export { compilerFingerprint } from './fingerprint.ts';

export interface BuildResult {
  /** 0 success, 1 program rejected (diagnostics), 2 internal error (C compiler failure, I/O). */
  readonly exitCode: 0 | 1 | 2;
  /** Exactly what `tsn build` prints on stderr. */
  readonly diagnosticsText: string;
  /** Milliseconds spent translating to C and in the C compiler/linker. */
  readonly timings: { readonly compileMs: number; readonly ccMs: number };
}

/**
 * Translates the program to C. Returns the C text or the formatted diagnostics.
 * `librarySurfaceCheck` false skips the TSN9002 library-surface check; only the runtime-surface
 * generator (compiler/tools/gen-runtime-surface.ts) turns it off, to build the probe the check's manifest comes from.
 */
export function translate(options: Pick<BuildOptions, 'entry' | 'comptime' | 'check'>, cwd = process.cwd(), librarySurfaceCheck = true): Translation | { diagnostics: string } {
  const entry = path.resolve(cwd, options.entry);
  const checked = createCheckedProgram(entry);
  const { errors, warnings } = diagnosticsUnder(checked, options.check ?? DEFAULT_CHECK);
  if (errors.length > 0) return { diagnostics: formatDiagnostics([...errors, ...warnings], cwd) };
  const lowered = lowerProgram(checked.checker, checked.entry, librarySurfaceCheck, checked.formats.get(entry) ?? 'module');
  if (lowered.diagnostics.length > 0) return { diagnostics: formatDiagnostics([...lowered.diagnostics, ...warnings], cwd) };
  const folds = foldProgram(lowered.program, options.comptime === 'on');
  const mir = compileToMir(lowered.program);
  // The MIR passes change only binding storage, which the HIR dump does not show.
  return { c: emitProgram(mir), folds, warnings: formatDiagnostics(warnings, cwd), hir: () => printHirProgram(lowered.program), mir: () => printMirProgram(mir) };
}

/** The stages of one translation: the C text, the fold report, the type-check warnings (--check=warn),
 * and the HIR and MIR dumps, printed only when asked for (`--emit=hir,mir`, stage tests). */
export interface Translation {
  readonly c: string;
  readonly folds: FoldReport;
  readonly warnings: string;
  readonly hir: () => string;
  readonly mir: () => string;
}

/** Writes `text` to `file` atomically (temp file in the same directory, then rename). */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

/**
 * Compiles `options.entry` to a native executable at `options.output` (`librarySurfaceCheck`: see translate).
 * A missing or wrong entry or output path is exit code 2 with one message, before any compiling.
 */
export async function build(options: BuildOptions, librarySurfaceCheck = true): Promise<BuildResult> {
  const started = performance.now();
  const pathProblem = await checkBuildPaths(options.entry, options.output);
  if (pathProblem !== undefined) return { exitCode: 2, diagnosticsText: `tsn: ${pathProblem}\n`, timings: { compileMs: 0, ccMs: 0 } };
  let translated;
  try {
    translated = translate(options, process.cwd(), librarySurfaceCheck);
  } catch (e) {
    return { exitCode: 2, diagnosticsText: `tsn: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`, timings: { compileMs: performance.now() - started, ccMs: 0 } };
  }
  const compileMs = performance.now() - started;
  if ('diagnostics' in translated) return { exitCode: 1, diagnosticsText: translated.diagnostics, timings: { compileMs, ccMs: 0 } };
  const ccStarted = performance.now();
  const cc = resolveCc(options.cc);
  const work = await mkdtemp(path.join(os.tmpdir(), 'tsn-build-'));
  try {
    if (options.emitC !== undefined) await writeAtomic(options.emitC, translated.c);
    if (options.foldReport !== undefined) await writeAtomic(options.foldReport, translated.folds.format());
    if (options.emitHir !== undefined) await writeAtomic(options.emitHir, translated.hir());
    if (options.emitMir !== undefined) await writeAtomic(options.emitMir, translated.mir());
    const cFile = path.join(work, 'program.c');
    await writeFile(cFile, translated.c);
    const lib = await runtimeLibrary(cc);
    const exe = path.join(work, 'program');
    await runCc(cc, [...C_FLAGS, `-O${options.optLevel}`, '-w', '-I', RUNTIME_DIR, cFile, lib, ...(await linkLibs(cc)), '-o', exe]);
    await rename(exe, path.resolve(options.output)).catch(async () => {
      // Different file systems: copy through a temp file next to the output.
      const { copyFile, chmod } = await import('node:fs/promises');
      const tmp = `${path.resolve(options.output)}.tmp-${process.pid}`;
      await copyFile(exe, tmp);
      await chmod(tmp, 0o755);
      await rename(tmp, path.resolve(options.output));
    });
    return { exitCode: 0, diagnosticsText: translated.warnings, timings: { compileMs, ccMs: performance.now() - ccStarted } };
  } catch (e) {
    return { exitCode: 2, diagnosticsText: `tsn: ${e instanceof Error ? e.message : String(e)}\n`, timings: { compileMs, ccMs: performance.now() - ccStarted } };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
