/**
 * Rendering of differences with the `diff` package: unified diffs for the terminal and reports
 * (coloured on a TTY), and line pairs for the HTML side-by-side view. Bytes are shown as UTF-8
 * text; texts longer than DIFF_TEXT_LIMIT bytes are cut (and the cut is said) so a program that
 * printed megabytes cannot stall the harness in the diff algorithm.
 */
import { createTwoFilesPatch, diffLines } from 'diff';

/** Bytes of each side shown in a diff. */
export const DIFF_TEXT_LIMIT = 64 * 1024;

/** Bound on the edit distance the diff algorithm explores before giving up. */
const MAX_EDIT_LENGTH = 20_000;

/** `bytes` as display text, cut to DIFF_TEXT_LIMIT bytes. */
export function displayText(bytes: Buffer): { text: string; truncated: boolean } {
  const truncated = bytes.length > DIFF_TEXT_LIMIT;
  return { text: bytes.subarray(0, DIFF_TEXT_LIMIT).toString('utf8'), truncated };
}

/**
 * Unified diff (3 lines of context) from `expected` to `actual`, with headers `--- oldName` and
 * `+++ newName`. Says so instead when the texts are too different to diff within the bound, and
 * notes a cut.
 */
export function unifiedDiff(oldName: string, newName: string, expected: Buffer, actual: Buffer): string {
  const a = displayText(expected);
  const b = displayText(actual);
  const patch = createTwoFilesPatch(oldName, newName, a.text, b.text, undefined, undefined, { context: 3, maxEditLength: MAX_EDIT_LENGTH });
  const body = patch ?? `--- ${oldName}\n+++ ${newName}\n(too many differences to diff: ${expected.length} vs ${actual.length} bytes)\n`;
  const note = a.truncated || b.truncated ? `(diff limited to the first ${DIFF_TEXT_LIMIT} bytes of each side)\n` : '';
  return body.replace(/^=+\n/, '') + note;
}

/** ANSI-coloured copy of a unified diff: removals red, additions green, hunk headers cyan. */
export function colorizeDiff(patch: string): string {
  return patch.split('\n').map((line) => {
    if (line.startsWith('+++') || line.startsWith('---')) return `\x1b[1m${line}\x1b[22m`;
    if (line.startsWith('+')) return `\x1b[32m${line}\x1b[39m`;
    if (line.startsWith('-')) return `\x1b[31m${line}\x1b[39m`;
    if (line.startsWith('@@')) return `\x1b[36m${line}\x1b[39m`;
    return line;
  }).join('\n');
}

/** One row of a side-by-side view: a line on the left, the right, or both; `kind` says which changed. */
export interface SideBySideRow {
  readonly left: string | null;
  readonly right: string | null;
  readonly kind: 'same' | 'changed' | 'removed' | 'added';
}

/** Rows of a side-by-side view of `expected` (left) against `actual` (right); null when too different. */
export function sideBySide(expected: Buffer, actual: Buffer): SideBySideRow[] | null {
  const parts = diffLines(displayText(expected).text, displayText(actual).text, { maxEditLength: MAX_EDIT_LENGTH });
  if (parts === undefined) return null;
  const rows: SideBySideRow[] = [];
  const lines = (value: string): string[] => value.replace(/\n$/, '').split('\n');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      for (const l of lines(part.value)) rows.push({ left: l, right: l, kind: 'same' });
      continue;
    }
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const left = lines(part.value);
      const right = lines(next.value);
      for (let k = 0; k < Math.max(left.length, right.length); k++) {
        rows.push({ left: left[k] ?? null, right: right[k] ?? null, kind: 'changed' });
      }
      i++;
      continue;
    }
    for (const l of lines(part.value)) {
      rows.push(part.removed ? { left: l, right: null, kind: 'removed' } : { left: null, right: l, kind: 'added' });
    }
  }
  return rows;
}
