/**
 * Reads the compiler's fold report (`tsn build --fold-report`): JSON lines
 * `{"at":"file:line:col","op":"+","value":"<JS source text of the value>"}`, one per fold site.
 */

/** One fold site of a report. `value` is the folded value as JS source text (`-0`, `"a"`, `NaN`). */
export interface FoldSiteEntry {
  readonly line: number;
  readonly col: number;
  readonly op: string;
  readonly value: string;
  /** The report line, for messages. */
  readonly raw: string;
}

/** A fold report line that is not `{"at":"…:line:col","op":…,"value":…}`; the message quotes it. */
export class FoldReportError extends Error {}

/**
 * Parses the fold sites of a fold report; records without a `value` (bails, with their reason) are
 * skipped. Errors: FoldReportError naming the first malformed line.
 */
export function parseFoldReport(text: string): FoldSiteEntry[] {
  return text.split('\n').filter((l) => l !== '').flatMap((raw) => {
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      throw new FoldReportError(`fold report line is not JSON: ${raw}`);
    }
    const r = record as { at?: unknown; op?: unknown; value?: unknown };
    const at = typeof r.at === 'string' ? /:(\d+):(\d+)$/.exec(r.at) : null;
    if (at === null) throw new FoldReportError(`fold report line lacks "at" (file:line:col): ${raw}`);
    if (r.value === undefined) return [];
    if (typeof r.op !== 'string' || typeof r.value !== 'string') throw new FoldReportError(`fold report site lacks a string "op" or "value": ${raw}`);
    return [{ line: Number(at[1]), col: Number(at[2]), op: r.op, value: r.value, raw }];
  });
}
