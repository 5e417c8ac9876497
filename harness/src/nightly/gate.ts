/**
 * One comptime gate of the nightly: the parity harness (`main` of harness/src/main.ts, the code of
 * `npm run parity`) over the whole corpus under `--comptime=<gate>`, then once more over its
 * unexpected outcomes other than NEW (`-name=<their ids>`) to find FLAKY programs.
 *
 * Parity writes its reports to `<root>/reports/latest/` and rotates the previous ones into
 * `reports/history/`. So that the developer's own reports are left alone and each gate keeps its own
 * history, the harness runs on a private root in the nightly's scratch folder: a copy of corpus/,
 * goldens/, reference/ and package.json, a symbolic link to the real `.tsn-cache` (builds are shared with every
 * other run), and `reports/latest/` seeded with the previous nightly's report of the same gate, so the
 * gate report lists what changed since then. The final reports move to `destination`.
 */
import { cp, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { layoutOf } from '../layout.ts';
import { main as parityMain, type MainDeps } from '../main.ts';
import type { Gate } from '../outcomes.ts';
import { readLatestReport } from '../report/history.ts';
import type { Report } from '../report/model.ts';
import { renderJson, publishReports } from '../report/write.ts';
import { findFlaky, markFlaky, summarizeGate } from './gate-summary.ts';
import type { FlakyProgram, GateSummary } from './model.ts';

/** A finished gate: its summary, and the environment its report recorded. */
export interface GateOutcome {
  readonly summary: GateSummary;
  readonly environment: Report['environment'];
}

/** The parity harness could not run (bad corpus expectations, no pinned Node, no compiler...). */
export class GateSetupError extends Error {}

/** What the parity harness needs from outside (tests inject a fake compiler). */
export type ParityDeps = Omit<MainDeps, 'out'>;

/** One gate run. */
export interface GateRequest {
  /** Folder holding corpus/, goldens/, reference/ and the build cache .tsn-cache/. */
  readonly root: string;
  readonly gate: Gate;
  readonly jobs: number;
  /** Scratch folder for the private root; created here and removed when done. */
  readonly work: string;
  /** Folder the gate's reports move to (absent; same file system as `work`). */
  readonly destination: string;
  /** The previous nightly's report of this gate, if any. */
  readonly previous?: Report;
  readonly deps: ParityDeps;
}

/** The folder name of a gate's reports inside the nightly folder. */
export function gateFolder(gate: Gate): string {
  return `parity-comptime-${gate}`;
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** Runs parity with `args` on the private root; returns its console text. Errors: GateSetupError on exit code 2. */
async function runParity(privateRoot: string, args: readonly string[], deps: ParityDeps): Promise<string> {
  const chunks: string[] = [];
  const code = await parityMain(['--root', privateRoot, '--reporter', 'quiet', ...args], { ...deps, out: { write: (t) => void chunks.push(t), isTTY: false } });
  const text = chunks.join('');
  if (code === 2) throw new GateSetupError(`npm run parity -- ${args.join(' ')} could not run:\n${text.trim()}`);
  return text;
}

/**
 * Runs the gate (see the module doc) and returns its summary; the reports (report.json, junit.xml,
 * summary.md, index.html of the first run, FLAKY programs marked, plus console.txt, parity's console
 * output of both runs, and rerun-report.json, the rerun's report) are in `destination`.
 * Errors: GateSetupError when parity cannot run.
 */
export async function runParityGate(request: GateRequest): Promise<GateOutcome> {
  const started = performance.now();
  const { root, gate, work } = request;
  const privateRoot = path.join(work, `root-${gate}`);
  const layout = layoutOf(privateRoot);
  try {
    await mkdir(privateRoot, { recursive: true });
    await cp(path.join(root, 'corpus'), layout.corpus, { recursive: true });
    // The nearest package.json decides how Node loads a program ("type": "module"): keep the root's.
    await copyIfPresent(path.join(root, 'package.json'), path.join(privateRoot, 'package.json'));
    await copyIfPresent(path.join(root, 'goldens'), layout.goldens);
    await copyIfPresent(path.join(root, 'reference'), layout.reference);
    await mkdir(path.join(root, '.tsn-cache'), { recursive: true });
    await symlink(path.join(root, '.tsn-cache'), path.join(privateRoot, '.tsn-cache'));
    if (request.previous !== undefined) {
      await mkdir(path.join(layout.reports, 'latest'), { recursive: true });
      await writeFile(path.join(layout.reports, 'latest', 'report.json'), renderJson(request.previous));
    }
    const common = ['--comptime', gate, '--jobs', String(request.jobs)];
    let log = `$ npm run parity -- ${common.join(' ')}\n${await runParity(privateRoot, common, request.deps)}`;
    const first = await readLatestReport(layout);
    if (first === undefined) throw new GateSetupError(`npm run parity -- ${common.join(' ')} wrote no report:\n${log.trim()}`);
    const latest = path.join(layout.reports, 'latest');
    let flaky: FlakyProgram[] = [];
    let rerun: Report | undefined;
    // NEW (no golden yet) cannot change outcome on a rerun: only the other unexpected outcomes rerun.
    const suspects = first.results.filter((r) => !r.expected && r.outcome !== 'NEW').map((r) => r.program);
    if (suspects.length > 0) {
      const again = [...common, `-name=${suspects.join(',')}`];
      log += `\n$ npm run parity -- ${again.join(' ')}\n${await runParity(privateRoot, again, request.deps)}`;
      rerun = await readLatestReport(layout);
      flaky = rerun === undefined ? [] : findFlaky(first, rerun);
      // Publish the first run again in place of the rerun's report, with the flaky programs marked.
      await rm(latest, { recursive: true, force: true });
      await publishReports(layout, markFlaky(first, flaky), request.previous === undefined ? [] : [request.previous], []);
      if (rerun !== undefined) await writeFile(path.join(latest, 'rerun-report.json'), renderJson(rerun));
    }
    await writeFile(path.join(latest, 'console.txt'), log);
    await rename(latest, request.destination);
    return { summary: summarizeGate(gate, path.basename(request.destination), first, flaky, performance.now() - started), environment: first.environment };
  } finally {
    await rm(privateRoot, { recursive: true, force: true });
  }
}
