/**
 * The `tsn` command line:
 *   tsn build <entry.ts> -o <exe> [--comptime=on|off] [--check=error|warn|off] [--emit-c <file.c>] [--fold-report <file>] [--emit=c,fold-report] [-O0..-O3]
 *   tsn run <entry.ts> [--comptime=on|off] [--check=error|warn|off] [-- args...]   (builds into the cache, runs, passes the exit code through)
 *   tsn --version | --help
 * Exit codes: 0 success, 1 program rejected (diagnostics on stderr), 2 usage or internal error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { build } from './build.ts';
import { compilerFingerprint } from './fingerprint.ts';
import { CACHE_DIR, PROJECT_ROOT } from './paths.ts';
import { CHECK_MODES, DEFAULT_CHECK, DEFAULT_OPT_LEVEL, type BuildOptions, type CheckMode } from './options.ts';
import { hashFiles } from './hash.ts';
import { mkdir, stat } from 'node:fs/promises';

export const USAGE = `Usage:
  tsn build <entry.ts> -o <exe> [--comptime=on|off] [--check=error|warn|off] [--emit-c <file.c>]
            [--fold-report <file>] [--emit=c,fold-report,hir,mir] [-O0|-O1|-O2|-O3]
  tsn run <entry.ts> [--comptime=on|off] [--check=error|warn|off] [-- args...]
  tsn --version
  tsn --help
--check=error|warn|off decides what type errors do: error (default) rejects the program, warn prints
them as warnings and builds, off reports none (Node never type-checks). Syntax errors always reject.
--fold-report <file> writes the comptime fold report: one JSON line per fold site or bail, sorted by
position, e.g. {"at":"a.ts:3:11","op":"call","expr":"fib(20)","value":"6765"} or {...,"bail":"I/O (console)"}
(empty with --comptime=off).
--emit=<kinds> (comma-separated: c, fold-report, hir, mir) writes them next to the executable, as
<exe>.c, <exe>.fold, <exe>.hir (after comptime) and <exe>.mir (after the MIR passes).
Environment: CC selects the C compiler (default cc); TSN_COMPTIME_TRACE=1 prints the fold report's lines
on stderr as they are recorded.
`;

class UsageError extends Error {}

interface Parsed {
  readonly command: 'build' | 'run';
  readonly options: BuildOptions;
  readonly programArgs: readonly string[];
}

function parse(argv: readonly string[]): Parsed {
  const command = argv[0];
  if (command !== 'build' && command !== 'run') throw new UsageError(`unknown command '${command ?? ''}'`);
  let entry: string | undefined;
  let output: string | undefined;
  let comptime: 'on' | 'off' = 'on';
  let check: CheckMode = DEFAULT_CHECK;
  let emitC: string | undefined;
  let emitHir: string | undefined;
  let emitMir: string | undefined;
  let foldReport: string | undefined;
  let optLevel: 0 | 1 | 2 | 3 = DEFAULT_OPT_LEVEL;
  let programArgs: string[] = [];
  const emits: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--') {
      programArgs = argv.slice(i + 1);
      break;
    } else if (a === '-o') output = next();
    else if (a === '--comptime=on' || a === '--comptime=off') comptime = a.endsWith('on') ? 'on' : 'off';
    else if (a.startsWith('--check=')) {
      const mode = a.slice('--check='.length);
      if (!(CHECK_MODES as readonly string[]).includes(mode)) throw new UsageError(`--check must be error, warn or off (got '${mode}')`);
      check = mode as CheckMode;
    } else if (a === '--emit-c') emitC = next();
    else if (a.startsWith('--emit-c=')) emitC = a.slice('--emit-c='.length);
    else if (a === '--fold-report') foldReport = next();
    else if (a.startsWith('--fold-report=')) foldReport = a.slice('--fold-report='.length);
    else if (a.startsWith('--emit=')) emits.push(...a.slice('--emit='.length).split(','));
    else if (/^-O[0-3]$/.test(a)) optLevel = Number(a[2]) as 0 | 1 | 2 | 3;
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
    else if (entry === undefined) entry = a;
    else throw new UsageError(`unexpected argument '${a}'`);
  }
  if (entry === undefined) throw new UsageError('missing <entry.ts>');
  if (command === 'build' && output === undefined) throw new UsageError('missing -o <exe>');
  if (emits.length > 0 && command !== 'build') throw new UsageError('--emit applies to tsn build');
  for (const kind of emits) {
    if (kind === 'c') emitC ??= `${output}.c`;
    else if (kind === 'fold-report') foldReport ??= `${output}.fold`;
    else if (kind === 'hir') emitHir = `${output}.hir`;
    else if (kind === 'mir') emitMir = `${output}.mir`;
    else throw new UsageError(`unknown --emit kind '${kind}' (expected c, fold-report, hir or mir)`);
  }
  return { command, options: { entry, output: output ?? '', comptime, optLevel, emitC, foldReport, emitHir, emitMir, check }, programArgs };
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return `tsn ${pkg.version}\n`;
}

/** `tsn run`: builds into `.tsn-cache/run/<key>` (reused while nothing that affects the binary changed) and runs it. */
async function run(options: BuildOptions, programArgs: readonly string[]): Promise<number> {
  const entry = path.resolve(options.entry);
  const key = await hashFiles(path.dirname(entry), [entry], [await compilerFingerprint(options.cc), options.comptime, String(options.optLevel), options.check ?? DEFAULT_CHECK]);
  const exe = path.join(CACHE_DIR, 'run', key, 'program');
  if (!(await stat(exe).then(() => true, () => false))) {
    await mkdir(path.dirname(exe), { recursive: true });
    const result = await build({ ...options, output: exe });
    process.stderr.write(result.diagnosticsText);
    if (result.exitCode !== 0) return result.exitCode;
  }
  const child = await execa(exe, programArgs, { stdio: 'inherit', reject: false });
  return child.exitCode ?? 1;
}

/** Runs the CLI with `argv` (without node and script); resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version') {
    process.stdout.write(await version());
    return 0;
  }
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`tsn: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (parsed.command === 'run') return run(parsed.options, parsed.programArgs);
  const result = await build(parsed.options);
  process.stderr.write(result.diagnosticsText);
  return result.exitCode;
}
