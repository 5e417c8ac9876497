/**
 * One measured run of a benchmark process (the native executable or the pinned Node), through the
 * harness's `runProcess` (stdin closed, own process group, the harness's fixed environment
 * BASE_ENV), wrapped in GNU time when it is available to get the peak RSS. The wall time is taken
 * around the whole process, so both sides pay the same spawn (and GNU time) overhead.
 */
import { runProcess } from '../harness/src/run.ts';
import { BASE_ENV } from '../harness/src/sides.ts';
import { parsePeakRss, withPeakRss } from './peak-rss.ts';

/** Bytes kept per output stream; the benchmarks print a few lines. */
const OUTPUT_CAP_BYTES = 16 * 1024 * 1024;

/** How one run ended. */
export interface MeasuredRun {
  readonly stdout: Buffer;
  /** The program's own stderr (GNU time's trailer removed). */
  readonly stderr: string;
  /** Exit code, or null when the process was ended by a signal or not started. */
  readonly exitCode: number | null;
  /** Wall time, milliseconds. */
  readonly wallMs: number;
  /** Peak RSS in KiB; null without GNU time. */
  readonly peakRssKiB: number | null;
  /** Why the run failed outside the program (timeout, spawn error, GNU time trailer missing); undefined when it did not. */
  readonly failure?: string;
}

/** Settings shared by every run of a benchmark session. */
export interface RunSettings {
  /** Wall-clock limit of one run, milliseconds. */
  readonly timeoutMs: number;
  /** True to run under GNU time and report the peak RSS. */
  readonly peakRss: boolean;
}

/** Runs `command` once in `cwd` (see the module doc). Never throws for a failing program. */
export async function measureRun(command: { file: string; args: readonly string[] }, cwd: string, settings: RunSettings): Promise<MeasuredRun> {
  const run = settings.peakRss ? withPeakRss(command) : { file: command.file, args: [...command.args] };
  const result = await runProcess({ ...run, cwd, env: BASE_ENV, timeoutMs: settings.timeoutMs, capBytes: OUTPUT_CAP_BYTES });
  const stderrText = result.stderr.toString('utf8');
  const rss = settings.peakRss ? parsePeakRss(stderrText) : undefined;
  const failure = result.spawnError !== undefined ? `cannot start ${command.file}: ${result.spawnError}`
    : result.timedOut ? `killed after the ${settings.timeoutMs / 1000} s timeout`
    : result.capped.length > 0 ? `killed for printing more than ${OUTPUT_CAP_BYTES} bytes`
    : settings.peakRss && rss === undefined ? `${run.file} printed no peak RSS`
    : undefined;
  // Under GNU time, a child killed by signal N shows as GNU time's exit code 128 + N.
  const exitCode = result.signal !== null ? null : result.exitCode;
  return {
    stdout: result.stdout,
    stderr: rss?.programStderr ?? stderrText,
    exitCode,
    wallMs: result.durationMs,
    peakRssKiB: rss?.peakRssKiB ?? null,
    ...(failure === undefined ? {} : { failure }),
  };
}
