/**
 * Outcome classification: a pure function of what was observed (the native build and run, the
 * reference run or recorded transcript), the golden and the expectations entry. Rules, first match:
 *   no golden                                   -> NEW
 *   native build rejected or failed (exit 1/2)  -> COMPILE-ERROR   (diagnostics programs: see below)
 *   native run timed out                        -> TIMEOUT
 *   native run ended by a signal                -> CRASH (signal named)
 *   reference differs from the golden           -> GOLDEN-STALE    (for a golden accepted from the native
 *                                                                   side: reference differs from its transcript)
 *   native differs from the golden (= from Node) -> FAIL           (stdout, termination, normalised stderr,
 *                                                                   fold report; an output cap overflow)
 *   otherwise                                   -> PASS
 * Diagnostics programs (1100-1199) compare `tsn build`'s stderr and exit code with the golden:
 * NEW, FAIL or PASS. Then the expectations entry, if any: the predicted outcome becomes XFAIL, PASS
 * becomes XPASS, and anything else stays (it fails, but not the way the entry says).
 */
import type { Expectation } from './expectations.ts';
import type { Golden } from './goldens.ts';
import { normalizeStderr } from './normalize.ts';
import type { Outcome } from './outcomes.ts';

/** How a process ended and what it printed, stderr already normalised. */
export interface Observation {
  readonly stdout: Buffer;
  /** Normalised stderr. */
  readonly stderr: Buffer;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly capped: readonly string[];
  /** Why the process could not be started, if it could not. */
  readonly spawnError?: string;
}

/** Raw process facts (a ProcessResult or a Transcript) to observe. */
export interface RawRun {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly capped: readonly string[];
  readonly spawnError?: string;
}

/** Normalises a raw run's stderr (see normalize.ts) into an Observation. */
export function observe(run: RawRun): Observation {
  return {
    stdout: run.stdout,
    stderr: normalizeStderr(run.stderr),
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    capped: run.capped,
    ...(run.spawnError === undefined ? {} : { spawnError: run.spawnError }),
  };
}

/** One aspect that differs, with both sides' bytes and what they are. */
export interface Mismatch {
  readonly aspect: 'stdout' | 'stderr' | 'termination' | 'fold' | 'diagnostics';
  readonly expectedLabel: string;
  readonly actualLabel: string;
  readonly expected: Buffer;
  readonly actual: Buffer;
}

/** Everything classification looks at. */
export interface Evidence {
  readonly kind: 'run' | 'diagnostics';
  readonly build: { readonly exitCode: 0 | 1 | 2; readonly diagnosticsText: string };
  /** The native run; absent when the build failed or for diagnostics programs. */
  readonly native?: Observation;
  /** The reference: the live pinned Node, or the recorded transcript with --no-reference; absent when neither. */
  readonly reference?: Observation;
  /** `node` for a live run, `transcript` for a recorded one. */
  readonly referenceSource: 'node' | 'transcript' | 'none';
  /** The recorded transcript, for goldens accepted from the native side. */
  readonly recorded?: Observation;
  /** True when the golden was accepted from the native side (`--accept-native`). */
  readonly goldenFromNative: boolean;
  readonly golden?: Golden;
  /** The native fold report (comptime programs under comptime=on, when the compiler wrote one). */
  readonly fold?: Buffer;
  readonly expectation?: Expectation;
}

/** The verdict for one program under one gate. */
export interface Classification {
  readonly outcome: Outcome;
  /** The outcome before the expectations entry was applied. */
  readonly rawOutcome: Outcome;
  /** One line saying why. */
  readonly detail: string;
  /** What differs (against the golden, the reference or the transcript), for the diffs in reports. */
  readonly mismatches: readonly Mismatch[];
}

/** How a run ended, as one comparable line (`exit code 0`, `signal SIGSEGV`, `timed out`, ...). */
export function termination(o: Pick<Observation, 'exitCode' | 'signal' | 'timedOut' | 'capped'>): string {
  if (o.timedOut) return 'timed out (killed)';
  if (o.capped.length > 0) return `output cap exceeded on ${o.capped.join(' and ')} (killed)`;
  if (o.signal !== null) return `signal ${o.signal}`;
  return `exit code ${o.exitCode}`;
}

function goldenObservation(g: Golden): Observation {
  return { stdout: g.stdout, stderr: g.stderr, exitCode: g.exitCode, signal: null, timedOut: false, capped: [] };
}

/** The aspects in which `actual` differs from `expected`. */
export function compareObservations(expected: Observation, actual: Observation, expectedLabel: string, actualLabel: string): Mismatch[] {
  const out: Mismatch[] = [];
  const term = [termination(expected), termination(actual)];
  if (term[0] !== term[1]) {
    out.push({ aspect: 'termination', expectedLabel, actualLabel, expected: Buffer.from(`${term[0]}\n`), actual: Buffer.from(`${term[1]}\n`) });
  }
  if (!expected.stdout.equals(actual.stdout)) out.push({ aspect: 'stdout', expectedLabel, actualLabel, expected: expected.stdout, actual: actual.stdout });
  if (!expected.stderr.equals(actual.stderr)) out.push({ aspect: 'stderr', expectedLabel, actualLabel, expected: expected.stderr, actual: actual.stderr });
  return out;
}

function aspects(ms: readonly Mismatch[]): string {
  return ms.map((m) => (m.aspect === 'termination' ? 'exit code' : m.aspect)).join(', ');
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '') ?? '(no diagnostics printed)';
}

function classifyRaw(e: Evidence): { outcome: Outcome; detail: string; mismatches: Mismatch[] } {
  const golden = e.golden;
  if (e.kind === 'diagnostics') {
    if (golden === undefined) return { outcome: 'NEW', detail: 'no golden yet', mismatches: [] };
    const expected = Buffer.concat([golden.stderr, Buffer.from(`(exit code ${golden.exitCode})\n`)]);
    const actual = Buffer.concat([Buffer.from(e.build.diagnosticsText), Buffer.from(`(exit code ${e.build.exitCode})\n`)]);
    if (expected.equals(actual)) return { outcome: 'PASS', detail: 'diagnostics match the golden', mismatches: [] };
    return {
      outcome: 'FAIL',
      detail: 'tsn build diagnostics differ from the golden',
      mismatches: [{ aspect: 'diagnostics', expectedLabel: 'golden', actualLabel: 'tsn build', expected, actual }],
    };
  }
  const refLabel = e.referenceSource === 'node' ? 'node' : 'transcript';
  if (golden === undefined) {
    const mismatches = e.native !== undefined && e.reference !== undefined
      ? compareObservations(e.reference, e.native, refLabel, 'native') : [];
    return { outcome: 'NEW', detail: 'no golden yet', mismatches };
  }
  if (e.build.exitCode !== 0 || e.native === undefined) {
    const what = e.build.exitCode === 1 ? 'rejected by tsn' : 'tsn build failed internally';
    return { outcome: 'COMPILE-ERROR', detail: `${what}: ${firstLine(e.build.diagnosticsText)}`, mismatches: [] };
  }
  const native = e.native;
  const expected = goldenObservation(golden);
  if (native.timedOut) return { outcome: 'TIMEOUT', detail: 'the native executable timed out (process tree killed)', mismatches: [] };
  if (native.spawnError !== undefined) {
    return { outcome: 'CRASH', detail: `the native executable could not be started: ${native.spawnError}`, mismatches: [] };
  }
  if (native.signal !== null && native.capped.length === 0) {
    return { outcome: 'CRASH', detail: `the native executable was killed by ${native.signal}`, mismatches: compareObservations(expected, native, 'golden', 'native') };
  }
  if (e.reference !== undefined) {
    const stale = e.goldenFromNative && e.recorded !== undefined
      ? compareObservations(e.recorded, e.reference, 'transcript', refLabel)
      : e.goldenFromNative ? [] : compareObservations(expected, e.reference, 'golden', refLabel);
    if (stale.length > 0) {
      const whose = e.goldenFromNative ? "Node's output changed since the native golden was accepted" : `${refLabel === 'node' ? 'Node' : 'the recorded transcript'} differs from the golden`;
      return { outcome: 'GOLDEN-STALE', detail: `${whose}: ${aspects(stale)} (the reference changed, or the golden is wrong)`, mismatches: stale };
    }
  }
  const versus = e.reference !== undefined && !e.goldenFromNative ? refLabel : 'golden';
  const mismatches = compareObservations(expected, native, versus, 'native');
  if (golden.fold !== undefined && e.fold !== undefined && !golden.fold.equals(e.fold)) {
    mismatches.push({ aspect: 'fold', expectedLabel: 'golden', actualLabel: 'tsn --fold-report', expected: golden.fold, actual: e.fold });
  }
  if (mismatches.length > 0) {
    const who = versus === 'node' ? 'Node' : versus === 'transcript' ? 'the recorded Node output' : 'the golden';
    return { outcome: 'FAIL', detail: `native differs from ${who}: ${aspects(mismatches)}`, mismatches };
  }
  return { outcome: 'PASS', detail: 'native matches Node and the golden', mismatches: [] };
}

/** Classifies one program run (see the module doc). Pure: same evidence, same verdict. */
export function classify(e: Evidence): Classification {
  const raw = classifyRaw(e);
  const x = e.expectation;
  if (x === undefined || raw.outcome === 'NEW') return { ...raw, rawOutcome: raw.outcome };
  if (raw.outcome === x.outcome) {
    return { ...raw, outcome: 'XFAIL', rawOutcome: raw.outcome, detail: `expected ${x.outcome}: ${x.reason} (${raw.detail})` };
  }
  if (raw.outcome === 'PASS') {
    return { ...raw, outcome: 'XPASS', rawOutcome: 'PASS', detail: `listed as ${x.outcome} (${x.reason}) but passes: remove its entry from corpus/expectations.json` };
  }
  return { ...raw, rawOutcome: raw.outcome, detail: `${raw.detail} (expectations say ${x.outcome}: ${x.reason})` };
}
