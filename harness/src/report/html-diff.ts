/**
 * index.html's view of one mismatch: the two terminations (exit code or signal) on one line, or for
 * output texts a side-by-side table (expected left, actual right) with line
 * numbers, the changed words inside each changed line marked, runs of identical lines folded to
 * CONTEXT_LINES around each change (a button unfolds them), a note when only one side ends with a
 * newline, and the unified diff under a disclosure for copying. Texts too different for the line
 * diff fall back to the coloured unified diff alone.
 */
import { diffWordsWithSpace } from 'diff';
import { sideBySide, type SideBySideRow } from '../diffs.ts';
import { escapeMarkup as esc } from './escape.ts';
import type { ReportedMismatch } from './model.ts';

/** Identical lines kept visible on each side of a change. */
export const CONTEXT_LINES = 3;

/** Lines longer than this (UTF-16 units) are marked whole rather than word by word. */
const WORD_DIFF_MAX_LINE = 2000;

/** Bound on the word diff's edit distance before a changed line is marked whole. */
const WORD_DIFF_MAX_EDIT = 200;

/** Escaped text with carriage returns shown as a visible ␍ (they would vanish in the page). */
function code(text: string): string {
  return esc(text).replace(/\r/g, '<span class="ws" title="carriage return">␍</span>');
}

/**
 * The two sides of a changed line pair as HTML, with the differing words wrapped in `<del>` (left)
 * and `<ins>` (right). When the lines share less than a third of their text the whole line is left
 * unmarked (the row colour already says it changed), so unrelated lines do not turn into confetti.
 */
function markWords(left: string, right: string): [string, string] {
  if (left.length > WORD_DIFF_MAX_LINE || right.length > WORD_DIFF_MAX_LINE) return [code(left), code(right)];
  const parts = diffWordsWithSpace(left, right, { maxEditLength: WORD_DIFF_MAX_EDIT });
  if (parts === undefined) return [code(left), code(right)];
  const common = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.length, 0);
  if (3 * common < Math.max(left.length, right.length)) return [code(left), code(right)];
  let l = '';
  let r = '';
  for (const p of parts) {
    if (p.removed) l += `<del>${code(p.value)}</del>`;
    else if (p.added) r += `<ins>${code(p.value)}</ins>`;
    else {
      l += code(p.value);
      r += code(p.value);
    }
  }
  return [l, r];
}

/** One table row with line numbers; `null` sides render as an empty (hatched) cell. */
function rowHtml(row: SideBySideRow, leftNo: number | null, rightNo: number | null): string {
  const [l, r] = row.kind === 'changed' && row.left !== null && row.right !== null
    ? markWords(row.left, row.right)
    : [row.left === null ? null : code(row.left), row.right === null ? null : code(row.right)];
  const side = (n: number | null, html: string | null, cls: string): string => (html === null
    ? '<td class="ln"></td><td class="none"></td>'
    : `<td class="ln">${n}</td><td class="${cls}">${html}</td>`);
  return `<tr class="k-${row.kind}">${side(leftNo, l, 'l')}${side(rightNo, r, 'r')}</tr>`;
}

/** Indexes of rows to show: every non-`same` row and CONTEXT_LINES `same` rows either side of it. */
function visibleRows(rows: readonly SideBySideRow[]): boolean[] {
  const show = rows.map(() => false);
  rows.forEach((row, i) => {
    if (row.kind === 'same') return;
    for (let k = Math.max(0, i - CONTEXT_LINES); k <= Math.min(rows.length - 1, i + CONTEXT_LINES); k++) show[k] = true;
  });
  return show;
}

/** Counts for the heading: line pairs changed, lines only on the left, lines only on the right. */
function stats(rows: readonly SideBySideRow[], m: ReportedMismatch): string {
  const changed = rows.filter((r) => r.kind === 'changed').length;
  const removed = rows.filter((r) => r.kind === 'removed').length;
  const added = rows.filter((r) => r.kind === 'added').length;
  const parts = [
    changed > 0 ? `${changed} line${changed === 1 ? '' : 's'} changed` : '',
    removed > 0 ? `${removed} only in ${m.expectedLabel}` : '',
    added > 0 ? `${added} only in ${m.actualLabel}` : '',
  ].filter((p) => p !== '');
  const lines = (side: 'left' | 'right'): number => rows.filter((r) => r[side] !== null).length;
  return `${parts.join(', ') || 'no line differs'} (${lines('left')} vs ${lines('right')} lines in all)`;
}

/** The coloured unified diff `patch` as a `<pre>`. */
export function unifiedHtml(patch: string): string {
  const line = (l: string): string => {
    const cls = l.startsWith('+++') || l.startsWith('---') ? 'u-file' : l.startsWith('+') ? 'u-add' : l.startsWith('-') ? 'u-del' : l.startsWith('@@') ? 'u-hunk' : '';
    return cls === '' ? code(l) : `<span class="${cls}">${code(l)}</span>`;
  };
  return `<pre class="udiff">${patch.replace(/\n$/, '').split('\n').map(line).join('\n')}</pre>`;
}

/** A note when exactly one side ends with a newline (invisible in a line view otherwise). */
function finalNewlineNote(m: ReportedMismatch): string {
  const l = m.expectedText.endsWith('\n');
  const r = m.actualText.endsWith('\n');
  if (l === r || m.expectedText === '' || m.actualText === '') return '';
  return `<p class="note">Only ${esc(l ? m.expectedLabel : m.actualLabel)} ends with a newline; ${esc(l ? m.actualLabel : m.expectedLabel)} does not.</p>`;
}

/** The side-by-side table of `rows`, identical runs folded (each fold is a hidden tbody and a button). */
function tableHtml(rows: readonly SideBySideRow[], m: ReportedMismatch): string {
  const show = visibleRows(rows);
  const out: string[] = [`<div class="sbs-wrap"><table class="sbs"><colgroup><col class="c-ln"><col><col class="c-ln"><col></colgroup>`
    + `<thead><tr><th colspan="2">${esc(m.expectedLabel)} (expected)${m.expectedText === '' ? ': empty' : ''}</th>`
    + `<th colspan="2">${esc(m.actualLabel)} (actual)${m.actualText === '' ? ': empty' : ''}</th></tr></thead>`];
  let leftNo = 0;
  let rightNo = 0;
  let i = 0;
  while (i < rows.length) {
    const visible = show[i];
    const body: string[] = [];
    const start = i;
    for (; i < rows.length && show[i] === visible; i++) {
      const row = rows[i];
      if (row.left !== null) leftNo++;
      if (row.right !== null) rightNo++;
      body.push(rowHtml(row, row.left === null ? null : leftNo, row.right === null ? null : rightNo));
    }
    if (visible) out.push(`<tbody>${body.join('')}</tbody>`);
    else {
      const n = i - start;
      out.push(`<tbody hidden>${body.join('')}</tbody><tbody class="fold"><tr><td colspan="4">`
        + `<button type="button">${n} identical line${n === 1 ? '' : 's'} hidden: show</button></td></tr></tbody>`);
    }
  }
  return `${out.join('')}</table></div>`;
}

/** The HTML of one mismatch: heading with counts, side-by-side table, notes and the unified diff. */
export function mismatchHtml(m: ReportedMismatch): string {
  if (m.aspect === 'termination') {
    const text = (t: string): string => code(t.replace(/\n$/, '').replace(/\n/g, ' '));
    return `<p class="term"><b>termination</b>: ${esc(m.expectedLabel)} <code class="l">${text(m.expectedText)}</code>, `
      + `${esc(m.actualLabel)} <code class="r">${text(m.actualText)}</code></p>`;
  }
  const heading = `<h4>${esc(m.aspect)}: <span class="side-l">${esc(m.expectedLabel)}</span> vs <span class="side-r">${esc(m.actualLabel)}</span>`;
  const rows = sideBySide(Buffer.from(m.expectedText), Buffer.from(m.actualText));
  if (rows === null) {
    return `<div class="mm">${heading}</h4><p class="note">Too different for a side-by-side view; the unified diff follows.</p>${unifiedHtml(m.patch)}</div>`;
  }
  return `<div class="mm">${heading} <span class="stat">${esc(stats(rows, m))}</span></h4>${tableHtml(rows, m)}${finalNewlineNote(m)}`
    + `<details><summary>Unified diff</summary>${unifiedHtml(m.patch)}</details></div>`;
}
