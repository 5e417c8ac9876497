/** Puts one run's report together (report.json's object) from what the run produced. */
import type { ParityOptions } from '../args.ts';
import { NORMALISATIONS } from '../normalize.ts';
import type { Orphan } from '../orphans.ts';
import { groupFailures } from './groups.ts';
import type { ProgramResult, Report } from './model.ts';
import { totalsOf } from './summary.ts';

/** What a run hands over for its report. */
export interface RunRecord {
  readonly started: Date;
  readonly wallMs: number;
  readonly argv: readonly string[];
  readonly options: ParityOptions;
  readonly results: readonly ProgramResult[];
  readonly changes: Report['changes'];
  readonly problems: readonly string[];
  readonly orphans: readonly Orphan[];
  readonly environment: Report['environment'];
}

/** The Report of a run: options, environment, the normalisations applied, totals, changes and results. */
export function assembleReport(run: RunRecord): Report {
  const { options } = run;
  return {
    schema: 1,
    startedAt: run.started.toISOString(),
    finishedAt: new Date(run.started.getTime() + run.wallMs).toISOString(),
    wallMs: run.wallMs,
    command: run.argv,
    options: {
      names: options.names,
      comptime: options.comptime,
      reference: options.reference,
      jobs: options.jobs,
      timeoutMs: options.timeoutMs,
      capBytes: options.capBytes,
    },
    environment: run.environment,
    normalisations: NORMALISATIONS.map(({ name, description }) => ({ name, description })),
    totals: totalsOf(run.results),
    changes: run.changes,
    groups: groupFailures(run.results),
    problems: run.problems,
    orphans: run.orphans,
    results: run.results,
  };
}
