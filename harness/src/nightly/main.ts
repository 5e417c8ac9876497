/**
 * The nightly, from a command line to an exit code: the parity corpus under --comptime=on and
 * --comptime=off (gate.ts), the benchmarks (bench.ts), the comptime fuzzer with the date's seed
 * (fuzz.ts; last, so that a program abandoned at the fuzz deadline cannot disturb a timing), then the
 * comparison with the previous nightly (trend.ts), `reports/nightly/<date>/` (published atomically,
 * publish.ts) and `reports/trend.json` (trend-file.ts).
 * Exit codes: 0 nothing regressed since the previous nightly and nothing is flaky; 1 a regression
 * (program, benchmark beyond the noise threshold, new fuzz bucket) or a FLAKY program; 2 a usage or
 * setup error (the parity harness or the benchmark runner could not run).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../args.ts';
import type { Gate } from '../outcomes.ts';
import type { Report } from '../report/model.ts';
import { parseNightlyArgs, USAGE, type NightlyOptions } from './args.ts';
import { BenchSetupError, runNightlyBench } from './bench.ts';
import { runNightlyFuzz } from './fuzz.ts';
import { gateFolder, GateSetupError, runParityGate, type ParityDeps } from './gate.ts';
import { benchLine, changeLines, fuzzLine, gateName, SHORT_LIST } from './headline.ts';
import { renderNightlyHtml } from './html.ts';
import { renderNightlyMarkdown } from './markdown.ts';
import type { BenchSummary, FuzzSummary, GateSummary, NightlyRecord } from './model.ts';
import { createStaging, discardStaging, publishNightly, readGateReport, readPreviousNightly } from './publish.ts';
import { addTrendPoint, readTrend, trendPoint, writeTrend } from './trend-file.ts';
import { compareNightlies } from './trend.ts';

/** What the nightly needs from outside; tests inject fakes. */
export interface NightlyDeps {
  readonly out: { write(text: string): void };
  /** Passed to the parity harness (default: the real compiler and the pinned Node). */
  readonly parity?: ParityDeps;
  /** The clock giving the default date (default: the system clock). */
  readonly now?: () => Date;
}

const GATES: readonly Gate[] = ['on', 'off'];

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function run(options: NightlyOptions, argv: readonly string[], deps: NightlyDeps): Promise<number> {
  const { out } = deps;
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  out.write(`nightly ${options.date}: corpus ${options.root}, reports ${options.reports}\n`);
  if (options.fuzz !== undefined) {
    out.write(`fuzz seed ${options.fuzz.seed} (from the date; each failure is printed with the command that replays it)\n`);
  }
  const previous = await readPreviousNightly(options.reports, options.date);
  out.write(previous === undefined ? 'no previous nightly: this run is the baseline\n' : `previous nightly: ${previous.record.date}\n`);
  const staging = await createStaging(options.reports, options.date);
  try {
    const stages: { name: string; wallMs: number }[] = [];
    const gates: GateSummary[] = [];
    let environment: Report['environment'] | null = null;
    for (const gate of GATES) {
      const folder = gateFolder(gate);
      const before = previous === undefined ? undefined : await readGateReport(previous.dir, folder);
      const result = await runParityGate({
        root: options.root, gate, jobs: options.jobs, work: staging, destination: path.join(staging, folder),
        ...(before === undefined ? {} : { previous: before }), deps: deps.parity ?? {},
      });
      gates.push(result.summary);
      environment ??= result.environment;
      stages.push({ name: `parity ${gateName(gate)}`, wallMs: result.summary.wallMs });
      const flaky = result.summary.flaky.length;
      out.write(`${gateName(gate)}: ${result.summary.parityLine}${flaky === 0 ? '' : `, ${flaky} FLAKY`}\n`);
    }
    let bench: BenchSummary | null = null;
    if (options.benchRuns !== undefined) {
      const { summary, text } = await runNightlyBench(options.benchRuns, path.join(staging, 'bench.json'));
      await writeFile(path.join(staging, 'bench.txt'), text);
      bench = summary;
      stages.push({ name: 'bench', wallMs: summary.wallMs });
      out.write(`bench: ${benchLine(summary)}\n`);
    }
    let fuzz: FuzzSummary | null = null;
    if (options.fuzz !== undefined) {
      const { summary, text } = await runNightlyFuzz(options.fuzz, (line) => out.write(`${line}\n`));
      await writeFile(path.join(staging, 'fuzz.json'), json(summary));
      await writeFile(path.join(staging, 'fuzz.txt'), text);
      fuzz = summary;
      stages.push({ name: 'fuzz', wallMs: summary.wallMs });
      out.write(`fuzz: ${fuzzLine(summary)}\n`);
      for (const f of summary.failures) out.write(`  fuzz failure ${f.buckets.map((b) => JSON.stringify(b)).join(', ')}: ${f.replay}\n`);
    }
    const comparison = compareNightlies({ gates, bench, fuzz }, previous?.record);
    const record: NightlyRecord = {
      schema: 1,
      date: options.date,
      startedAt,
      finishedAt: new Date().toISOString(),
      wallMs: performance.now() - t0,
      command: argv,
      environment,
      gates,
      fuzz,
      bench,
      stages,
      comparison,
    };
    const trendFile = path.join(options.reports, 'trend.json');
    const trend = addTrendPoint(await readTrend(trendFile), trendPoint(record));
    await writeFile(path.join(staging, 'nightly.json'), json(record));
    await writeFile(path.join(staging, 'summary.md'), renderNightlyMarkdown(record));
    await writeFile(path.join(staging, 'index.html'), renderNightlyHtml(record, trend));
    const published = await publishNightly(options.reports, staging, options.date);
    await writeTrend(trendFile, trend);
    const { regressions, fixes, flaky } = changeLines(comparison);
    const shown = [...regressions, ...flaky, ...fixes.slice(0, SHORT_LIST)];
    if (fixes.length > SHORT_LIST) shown.push(`... and ${fixes.length - SHORT_LIST} more fixes (summary.md lists them all)`);
    if (shown.length > 0) out.write(`\n${shown.join('\n')}\n`);
    out.write(`\nreports: ${published}/index.html, summary.md; trend: ${trendFile} (${trend.points.length} nightlies)\n`);
    out.write(`nightly ${options.date} took ${(record.wallMs / 60_000).toFixed(1)} min: `
      + `${stages.map((s) => `${s.name} ${(s.wallMs / 60_000).toFixed(1)}`).join(', ')}\n`);
    return comparison.regressions.length > 0 || comparison.flaky.length > 0 ? 1 : 0;
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}

/**
 * Runs the nightly for the command-line arguments `argv` (after `npm run nightly --`) and returns the
 * exit code (see the module doc). Usage and setup errors are printed as `nightly: <message>`; other
 * exceptions propagate (a harness bug).
 */
export async function nightlyMain(argv: readonly string[], deps: NightlyDeps): Promise<number> {
  let options: NightlyOptions;
  try {
    options = parseNightlyArgs(argv, (deps.now ?? (() => new Date()))());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    deps.out.write(`nightly: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    deps.out.write(`${USAGE}\n`);
    return 0;
  }
  try {
    return await run(options, argv, deps);
  } catch (error) {
    if (!(error instanceof GateSetupError || error instanceof BenchSetupError)) throw error;
    deps.out.write(`nightly: ${error.message}\n`);
    return 2;
  }
}
