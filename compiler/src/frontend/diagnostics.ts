/**
 * Diagnostics as data: a code, a message and a span, collected by every stage and printed by one
 * reporter in the form `path/to/file.ts:LINE:COL error TSNnnnn: message` followed by a code frame.
 *
 * Codes: TypeScript's own diagnostics keep their number (TS2322 becomes TSN2322); tsn's own are in
 * the 9000 block (TSN9001 unsupported construct, TSN9002 unsupported library feature, ...).
 */
import path from 'node:path';

export interface Diagnostic {
  readonly code: number;
  readonly message: string;
  /** Absolute path of the file, or undefined for diagnostics without a location. */
  readonly file: string | undefined;
  /** Full text of the file (for the code frame). */
  readonly text: string;
  /** 0-based character offset and length of the span. */
  readonly start: number;
  readonly length: number;
  /** `warning` for a type error reported under `--check=warn` (it does not reject the program); default `error`. */
  readonly severity?: 'error' | 'warning';
}

/** tsn's own diagnostic codes. */
export const TSN_UNSUPPORTED = 9001;
export const TSN_UNSUPPORTED_LIBRARY = 9002;
export const TSN_MODULE = 9003;
/** A regular expression literal V8 rejects: Node reports it as an early SyntaxError. */
export const TSN_REGEXP_SYNTAX = 9004;

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** Path as printed in diagnostics: relative to `cwd` with '/' separators, so output is machine-independent. */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/**
 * Formats one diagnostic with a code frame:
 * ```
 * prog.ts:3:7 error TSN2322: Type 'string' is not assignable to type 'number'.
 *   3 | const x: number = "s";
 *     |       ^^^^^
 * ```
 */
export function formatDiagnostic(d: Diagnostic, cwd: string): string {
  const severity = d.severity ?? 'error';
  if (d.file === undefined) return `${severity} TSN${d.code}: ${d.message}\n`;
  const { line, col } = lineAndColumn(d.text, d.start);
  const lines = d.text.split('\n');
  const source = (lines[line - 1] ?? '').replace(/\r$/, '');
  const gutter = String(line);
  const pad = ' '.repeat(gutter.length);
  const width = Math.max(1, Math.min(d.length, source.length - (col - 1)));
  return (
    `${displayPath(d.file, cwd)}:${line}:${col} ${severity} TSN${d.code}: ${d.message}\n` +
    `  ${gutter} | ${source}\n` +
    `  ${pad} | ${' '.repeat(col - 1)}${'^'.repeat(width)}\n`
  );
}

/** Formats diagnostics in a deterministic order (file, offset, code). */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], cwd: string): string {
  const sorted = [...diagnostics].sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.start - b.start || a.code - b.code,
  );
  return sorted.map((d) => formatDiagnostic(d, cwd)).join('');
}
