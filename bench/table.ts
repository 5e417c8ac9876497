/**
 * The console table of `npm run bench`: one line per case with the benchmark, native and Node
 * median wall ms, the ratio native/node, the binary size in KiB, both peak RSS in MiB and the
 * compile time (translation + C compiler) in ms; then the geometric mean of the ratios; then the
 * detail (diagnostics, output diff, failure) of every row that was not timed. Pure, no I/O.
 */
import type { BenchRow, RowStatus } from './model.ts';

/** Column headers, in order. */
export const COLUMNS = ['benchmark', 'native ms', 'node ms', 'native/node', 'binary KiB', 'native RSS MiB', 'node RSS MiB', 'compile ms'] as const;

/** How a row's status is named (in the native-ms cell of a row that was not timed, and in its detail). */
const STATUS_TEXT: Readonly<Record<RowStatus, string>> = {
  ok: 'ok',
  mismatch: 'MISMATCH',
  'compile-error': 'COMPILE ERROR',
  'run-error': 'RUN ERROR',
};

const MISSING = '-';

function fixed(value: number | undefined, digits: number): string {
  return value === undefined ? MISSING : value.toFixed(digits);
}

/** KiB (1024-byte units) → MiB with one decimal; `n/a` when the RSS could not be measured. */
function mebibytes(kib: number | null | undefined): string {
  if (kib === undefined) return MISSING;
  return kib === null ? 'n/a' : (kib / 1024).toFixed(1);
}

/** The cells of one row, in COLUMNS order. */
export function rowCells(row: BenchRow): string[] {
  const compileMs = row.compileMs === undefined ? undefined : row.compileMs + (row.ccMs ?? 0);
  return [
    row.label,
    row.status === 'ok' ? fixed(row.native?.medianMs, 0) : STATUS_TEXT[row.status],
    fixed(row.node?.medianMs, 0),
    fixed(row.ratio, 2),
    fixed(row.binaryBytes === undefined ? undefined : row.binaryBytes / 1024, 0),
    mebibytes(row.native?.peakRssKiB),
    mebibytes(row.node?.peakRssKiB),
    fixed(compileMs, 0),
  ];
}

/** Lays out `lines` (header first) in columns: the first left-aligned, the others right-aligned, two spaces apart. */
function layOut(lines: readonly (readonly string[])[]): string {
  const widths = lines[0].map((_, c) => Math.max(...lines.map((cells) => cells[c].length)));
  return lines
    .map((cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

/**
 * The whole console report: the table, the line `geometric mean native/node: G over N timed rows`
 * (`n/a` when nothing was timed), and the detail of every row that is not `ok`. Ends with a newline.
 */
export function formatTable(rows: readonly BenchRow[], geometricMean: number | undefined): string {
  const table = layOut([[...COLUMNS], ...rows.map(rowCells)]);
  const timed = rows.filter((r) => r.ratio !== undefined).length;
  const mean = geometricMean === undefined ? 'n/a (nothing timed)' : `${geometricMean.toFixed(2)} over ${timed} timed row${timed === 1 ? '' : 's'}`;
  const details = rows
    .filter((r) => r.status !== 'ok')
    .map((r) => `\n${r.label}: ${STATUS_TEXT[r.status]}\n${r.detail.replace(/\n?$/, '\n')}`);
  return `${table}\ngeometric mean native/node: ${mean}\n${details.join('')}`;
}
