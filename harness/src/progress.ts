/**
 * Console progress while programs run: on a TTY a single live line rewritten in place
 * (`[ 12/340] PASS 11 FAIL 1 | examples/0123-foo`), otherwise one plain line per finished program
 * (`FAIL examples/0123-foo (412 ms) native differs from Node: stdout`), or nothing (`quiet`).
 */
import { OUTCOMES, type Outcome } from './outcomes.ts';
import type { ProgramResult } from './report/model.ts';

/** Where console output goes. */
export interface Console {
  write(text: string): void;
  /** True when output is a terminal (live line; colours unless `color` says otherwise). */
  readonly isTTY: boolean;
  /** Whether to colour output (see colorWanted); absent: colour on a terminal. */
  readonly color?: boolean;
  /** Terminal width in columns, when known. */
  readonly columns?: number;
}

/**
 * Whether console output is coloured, by the no-color.org and FORCE_COLOR conventions: FORCE_COLOR
 * `0` or `false` turns colour off and any other value forces it, a non-empty NO_COLOR turns it off,
 * otherwise colour follows whether stdout is a terminal.
 */
export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/** Receives each finished result and clears its live line when done. */
export interface Progress {
  started(label: string): void;
  finished(result: ProgramResult): void;
  end(): void;
}

/** A progress display in the given mode over `total` results. */
export function createProgress(mode: 'live' | 'plain' | 'quiet', out: Console, total: number): Progress {
  const counts = new Map<Outcome, number>();
  let done = 0;
  let current = '';
  const width = String(total).length;
  const draw = (): void => {
    const tally = OUTCOMES.filter((o) => counts.has(o)).map((o) => `${o} ${counts.get(o)}`).join(' ');
    const line = `[${String(done).padStart(width)}/${total}] ${tally}${current === '' ? '' : ` | ${current}`}`;
    // A terminal that reports no width (0 columns, e.g. some CI pseudo-terminals) gets the default.
    const columns = out.columns !== undefined && out.columns > 0 ? out.columns : 100;
    out.write(`\r\x1b[2K${line.slice(0, Math.max(20, columns - 1))}`);
  };
  return {
    started(label) {
      current = label;
      if (mode === 'live') draw();
    },
    finished(result) {
      done++;
      counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);
      if (mode === 'live') draw();
      else if (mode === 'plain') {
        out.write(`${result.outcome.padEnd(13)} ${result.label} (${Math.round(result.durations.totalMs)} ms)`
          + `${result.outcome === 'PASS' ? '' : ` ${result.detail}`}\n`);
      }
    },
    end() {
      if (mode === 'live') out.write('\r\x1b[2K');
    },
  };
}
