/**
 * `--update-goldens`: records the goldens and reference transcripts of the selected programs from the
 * pinned Node. A program is blessed from Node when the native side matches Node under every gate run,
 * or when its native failure is listed in corpus/expectations.json (the golden stays what Node
 * prints; the program stays XFAIL). Otherwise it is refused, unless `--accept-native` is given for a
 * program Node cannot run: then the golden is the native output (the same under every gate) and the
 * transcript says `goldenFrom: "native"`. Diagnostics programs are blessed from `tsn build`'s output.
 * Only files whose bytes change are written, atomically; each change is returned for printing.
 */
import { compareObservations, observe, termination, type Observation } from './compare.ts';
import type { TaskOutput } from './execute.ts';
import { expectationFor, type Expectation } from './expectations.ts';
import { writeGolden, type Golden, type GoldenChange } from './goldens.ts';
import type { Layout } from './layout.ts';
import type { PinnedNode } from './reference.ts';
import { writeRecordedNodeVersion, writeTranscript } from './transcripts.ts';

/** What happened to one program. */
export interface Blessing {
  readonly program: string;
  readonly status: 'updated' | 'unchanged' | 'refused';
  /** Why it was refused, or how it was blessed. */
  readonly note: string;
  /** Golden files changed (and the transcript, as a change of its `.json` file). */
  readonly changes: readonly GoldenChange[];
}

function finished(o: Observation): boolean {
  return !o.timedOut && o.capped.length === 0 && o.signal === null && o.spawnError === undefined && o.exitCode !== null;
}

function asGolden(o: Observation): Omit<Golden, 'fold'> {
  return { stdout: o.stdout, stderr: o.stderr, exitCode: o.exitCode ?? 1 };
}

function aspectsOf(expected: Observation, actual: Observation | undefined): string {
  if (actual === undefined) return 'it did not build';
  return compareObservations(expected, actual, 'node', 'native').map((m) => m.aspect).join(', ');
}

async function blessDiagnostics(layout: Layout, outputs: readonly TaskOutput[]): Promise<Blessing> {
  const id = outputs[0].program.id;
  const [first, ...others] = outputs.map((o) => o.build);
  if (others.some((b) => b.exitCode !== first.exitCode || b.diagnosticsText !== first.diagnosticsText)) {
    return { program: id, status: 'refused', note: 'tsn build prints different diagnostics under the two comptime gates', changes: [] };
  }
  if (first.exitCode === 2) {
    return { program: id, status: 'refused', note: 'tsn build failed internally (exit code 2); fix the compiler first', changes: [] };
  }
  const golden = { stdout: Buffer.alloc(0), stderr: Buffer.from(first.diagnosticsText), exitCode: first.exitCode };
  const changes = await writeGolden(layout, id, golden, undefined);
  return { program: id, status: changes.length > 0 ? 'updated' : 'unchanged', note: "from tsn build's diagnostics", changes };
}

async function blessRun(
  layout: Layout,
  outputs: readonly TaskOutput[],
  node: PinnedNode,
  acceptNative: boolean,
  expectations: readonly Expectation[],
): Promise<Blessing> {
  const program = outputs[0].program;
  const raw = outputs[0].referenceRun;
  const refuse = (note: string): Blessing => ({ program: program.id, status: 'refused', note, changes: [] });
  if (raw === undefined) return refuse('the pinned Node did not run');
  const reference = observe(raw);
  const differing = outputs.filter((o) => o.native === undefined || compareObservations(reference, o.native, 'node', 'native').length > 0);
  let source: 'node' | 'native' = 'node';
  let golden = asGolden(reference);
  let note = 'from Node; native matches';
  if (differing.length > 0 || !finished(reference)) {
    if (acceptNative) {
      const natives = outputs.map((o) => o.native);
      const first = natives[0];
      if (first === undefined || !finished(first) || natives.some((n) => n === undefined || compareObservations(first, n, 'a', 'b').length > 0)) {
        return refuse('--accept-native needs a native executable that builds and exits normally, the same way under every gate');
      }
      source = 'native';
      golden = asGolden(first);
      note = `from the native side (--accept-native); Node: ${termination(reference)}`;
    } else if (!finished(reference)) {
      return refuse(`Node did not finish normally (${termination(reference)}): fix the program, or pass --accept-native if Node cannot run it`);
    } else if (differing.every((o) => expectationFor(expectations, program.id, o.result.gate) !== undefined)) {
      note = 'from Node; native still differs, as corpus/expectations.json says';
    } else {
      const o = differing.find((d) => expectationFor(expectations, program.id, d.result.gate) === undefined) ?? differing[0];
      return refuse(`native output differs from Node under comptime=${o.result.gate} (${aspectsOf(reference, o.native)}): fix the compiler, `
        + 'list the program in corpus/expectations.json, or pass --accept-native if Node cannot run it');
    }
  }
  const onGate = outputs.find((o) => o.result.gate === 'on');
  const foldTrusted = onGate !== undefined && (source === 'native' || !differing.includes(onGate));
  const fold = program.comptime && foldTrusted ? onGate.fold : undefined;
  const changes = [...await writeGolden(layout, program.id, golden, fold)];
  const transcriptChange = await writeTranscript(layout, {
    program: program.id,
    node: node.version,
    goldenFrom: source,
    args: program.directives.args,
    env: program.directives.env,
    exitCode: raw.exitCode,
    signal: raw.signal,
    timedOut: raw.timedOut,
    capped: raw.capped,
    stdout: raw.stdout,
    stderr: raw.stderr,
  });
  if (transcriptChange !== null) {
    changes.push({
      file: transcriptChange.file,
      before: transcriptChange.before === null ? null : Buffer.from(transcriptChange.before),
      after: Buffer.from(transcriptChange.after),
    });
  }
  return { program: program.id, status: changes.length > 0 ? 'updated' : 'unchanged', note, changes };
}

/**
 * Blesses the programs of `outputs` (grouped by program; both gates of a program together) and records
 * the pinned Node's version in reference/node-version.txt when any transcript was written. Returns one
 * Blessing per program, in corpus order.
 */
export async function blessGoldens(
  layout: Layout,
  outputs: readonly TaskOutput[],
  node: PinnedNode,
  acceptNative: boolean,
  expectations: readonly Expectation[],
): Promise<Blessing[]> {
  const groups = new Map<string, TaskOutput[]>();
  for (const o of outputs) groups.set(o.program.id, [...(groups.get(o.program.id) ?? []), o]);
  const blessings: Blessing[] = [];
  for (const group of groups.values()) {
    blessings.push(group[0].program.kind === 'diagnostics'
      ? await blessDiagnostics(layout, group)
      : await blessRun(layout, group, node, acceptNative, expectations));
  }
  if (blessings.some((b) => b.status !== 'refused' && outputs.some((o) => o.program.id === b.program && o.program.kind === 'run'))) {
    await writeRecordedNodeVersion(layout, node.version);
  }
  return blessings;
}
