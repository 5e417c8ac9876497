/**
 * index.html's account of failures by cause: the failure groups (groups.ts) as one table, each group
 * once with its count, signature and members (linked to their cases), and the repro block of each
 * case (rerun alone, re-bless, source file linked from the page's folder).
 */
import { escapeMarkup as esc } from './escape.ts';
import type { FailureGroup, ProgramResult } from './model.ts';

/** Anchor id of a result's case section. */
export function caseAnchor(label: string): string {
  return `r-${label.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The failure-groups table (empty groups: a sentence). */
export function groupsHtml(groups: readonly FailureGroup[], badge: (o: FailureGroup['outcome']) => string): string {
  if (groups.length === 0) return '<p>None: every outcome is PASS or XFAIL.</p>';
  const rows = groups.map((g) => `<tr id="g-${g.id}"><td class="n">${g.id}</td><td>${badge(g.outcome)}</td><td class="n"><b>${g.count}</b></td>`
    + `<td><code class="sig">${esc(g.signature)}</code><div class="members">`
    + `${g.members.map((m) => `<a href="#${caseAnchor(m)}"><code>${esc(m)}</code></a>`).join(' ')}</div></td></tr>`);
  return '<p class="muted">Unexpected outcomes grouped by cause: the outcome plus the first differing line reduced to its edits '
    + '(numbers as N, strings as S, spaces as ␣), or the first native stderr line. One bug that breaks many programs is one row.</p>'
    + `<table class="groups"><thead><tr><th class="n">#</th><th>Outcome</th><th class="n">Programs</th><th>Signature and members</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody></table>`;
}

/** Path from a report page's folder (reports/latest/, reports/history/<run>/) to the project root. */
const TO_ROOT = '../../';

/** The group line and repro block of the case of `r` (`groups`: see groupOfLabel). */
export function reproHtml(r: ProgramResult, groups: ReadonlyMap<string, FailureGroup>): string {
  const { repro } = r;
  const group = groups.get(r.label);
  const parts: string[] = [];
  if (group !== undefined) {
    parts.push(`<p class="meta">group <a href="#g-${group.id}">#${group.id}</a> (${group.count} program${group.count === 1 ? '' : 's'}): `
      + `<code class="sig">${esc(group.signature)}</code></p>`);
  }
  if (repro !== undefined) {
    parts.push(`<dl class="repro"><dt>rerun</dt><dd><code>${esc(repro.rerun)}</code></dd><dt>re-bless</dt><dd><code>${esc(repro.bless)}</code></dd>`
      + `<dt>source</dt><dd><a href="${esc(TO_ROOT + repro.source)}"><code>${esc(repro.source)}</code></a></dd></dl>`);
  }
  return parts.join('');
}

/** The group of each member label. */
export function groupOfLabel(groups: readonly FailureGroup[]): Map<string, FailureGroup> {
  return new Map(groups.flatMap((g) => g.members.map((m) => [m, g] as const)));
}
