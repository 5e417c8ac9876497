/**
 * The fold report of one build (`tsn build --fold-report <file>`): JSON lines, one per fold site and
 * one per bail, sorted by position (file, line, column; ties in folding order):
 *   {"at":"src/a.ts:3:11","op":"+","value":"5"}
 *   {"at":"src/a.ts:9:15","op":"const","name":"N","value":"12"}
 *   {"at":"src/a.ts:12:14","op":"call","expr":"fib(20)","value":"6765"}
 *   {"at":"src/a.ts:13:11","op":"call","expr":"square(3)","bail":"writes outer binding 'calls'"}
 * `at` is relative to the working directory; `op` is the operator (`+`, `typeof`), `template`, `?:`,
 * `&&`, `const` (a propagated binding), a built-in (`Math.round`, `String`, `.padStart`, `.length`),
 * or `call` (a program function, `expr` showing the call with its argument values); `value` is the
 * folded value as JS source text (values.ts showValue). With TSN_COMPTIME_TRACE=1 each line is also
 * printed on stderr as it is recorded.
 */
import type { SourcePos } from '../ir/hir.ts';
import { displayPath } from '../frontend/diagnostics.ts';

/** One report entry: a fold (with `value`) or a bail (with `reason`). */
export interface FoldEntry {
  readonly pos: SourcePos;
  readonly op: string;
  /** Extra detail: the binding name of a `const` site, the call text of a `call` site. */
  readonly name?: string;
  readonly expr?: string;
  /** The folded value as JS source text. */
  readonly value?: string;
  /** Why the site was not folded. */
  readonly reason?: string;
}

/** One entry as its JSON line, `at` relative to `cwd`. */
function line(e: FoldEntry, cwd: string): string {
  const record: Record<string, string> = { at: `${displayPath(e.pos.file, cwd)}:${e.pos.line}:${e.pos.col}`, op: e.op };
  if (e.name !== undefined) record.name = e.name;
  if (e.expr !== undefined) record.expr = e.expr;
  if (e.value !== undefined) record.value = e.value;
  if (e.reason !== undefined) record.bail = e.reason;
  return JSON.stringify(record) + '\n';
}

export class FoldReport {
  readonly entries: FoldEntry[] = [];

  /** Adds an entry (and traces it when TSN_COMPTIME_TRACE=1). */
  add(entry: FoldEntry): void {
    this.entries.push(entry);
    if (process.env.TSN_COMPTIME_TRACE === '1') process.stderr.write(line(entry, process.cwd()));
  }

  /** The report text: one JSON line per entry (`at` relative to `cwd`), sorted by position, duplicates (shared HIR nodes) once. */
  format(cwd = process.cwd()): string {
    const sorted = this.entries
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (a.e.pos.file < b.e.pos.file ? -1 : a.e.pos.file > b.e.pos.file ? 1 : 0) || a.e.pos.line - b.e.pos.line || a.e.pos.col - b.e.pos.col || a.i - b.i)
      .map(({ e }) => line(e, cwd));
    return [...new Set(sorted)].join('');
  }
}
