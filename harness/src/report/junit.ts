/**
 * `reports/latest/junit.xml`: one `<testsuite>` per corpus block (e.g. `examples/0600-0699`), one
 * `<testcase>` per program (and gate). FAIL, GOLDEN-STALE, XPASS and NEW carry a `<failure>`, and
 * COMPILE-ERROR, CRASH and TIMEOUT an `<error>`, whose text is the diffs (or diagnostics); XFAIL is
 * `<skipped>`. Times are seconds, as JUnit consumers expect.
 */
import { compareText } from '../discover.ts';
import { escapeMarkup } from './escape.ts';
import type { ProgramResult, Report } from './model.ts';

const ERRORS = new Set(['COMPILE-ERROR', 'CRASH', 'TIMEOUT']);

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function body(r: ProgramResult): string {
  const parts = r.mismatches.map((m) => m.patch);
  if (r.diagnostics !== undefined) parts.push(r.diagnostics);
  return parts.join('\n');
}

function testcase(r: ProgramResult): string {
  const open = `    <testcase classname="${escapeMarkup(r.block)}" name="${escapeMarkup(r.label)}" time="${seconds(r.durations.totalMs)}"`;
  if (r.outcome === 'PASS') return `${open}/>`;
  const message = escapeMarkup(`${r.outcome}: ${r.detail}`);
  if (r.outcome === 'XFAIL') return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
  const tag = ERRORS.has(r.outcome) ? 'error' : 'failure';
  return `${open}>\n      <${tag} message="${message}" type="${r.outcome}">${escapeMarkup(body(r))}</${tag}>\n    </testcase>`;
}

/** The JUnit XML text of `report`. */
export function renderJunit(report: Report): string {
  const blocks = new Map<string, ProgramResult[]>();
  for (const r of report.results) blocks.set(r.block, [...(blocks.get(r.block) ?? []), r]);
  const count = (rs: readonly ProgramResult[]) => ({
    tests: rs.length,
    failures: rs.filter((r) => !r.expected && !ERRORS.has(r.outcome)).length,
    errors: rs.filter((r) => ERRORS.has(r.outcome)).length,
    skipped: rs.filter((r) => r.outcome === 'XFAIL').length,
    time: seconds(rs.reduce((t, r) => t + r.durations.totalMs, 0)),
  });
  const attrs = (c: ReturnType<typeof count>): string =>
    `tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="${c.time}"`;
  const suites = [...blocks.keys()].sort(compareText).map((block) => {
    const rs = blocks.get(block) ?? [];
    return `  <testsuite name="${escapeMarkup(block)}" ${attrs(count(rs))} timestamp="${report.startedAt.replace(/\.\d+Z$/, '')}">\n`
      + `${rs.map(testcase).join('\n')}\n  </testsuite>`;
  });
  const all = count(report.results);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="parity" ${attrs({ ...all, time: seconds(report.wallMs) })}>\n`
    + `${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
}
