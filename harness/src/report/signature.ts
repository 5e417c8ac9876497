/**
 * Failure signatures: one short line per unexpected result that names its likely cause, so that one
 * runtime bug breaking forty programs reads as one group of forty, not forty separate failures.
 *
 * The signature is the outcome plus the first telling difference, with what varies from program to
 * program taken out:
 *   - a stderr difference: the first differing line of the native stderr (the error line, e.g.
 *     `TypeError: S is not a function`);
 *   - a stdout (or fold, or diagnostics) difference: the first differing line pair, reduced to its
 *     distinct edits (fragments removed and added, by a character diff, digits as `N` and spaces as
 *     `␣`), e.g. `stdout: -"␣" +""` for a padding that went missing, whichever text was padded; a
 *     line present on one side only, or a line pair with little in common, is shown whole;
 *   - otherwise the termination (`signal SIGSEGV`), the first diagnostic (location removed), or the
 *     outcome alone (TIMEOUT, NEW, XPASS).
 * Normalised tokens: numbers become `N`, quoted strings `S`, whitespace runs `␣`, and a run of the same
 * token is written once with `+`. Pure and deterministic.
 */
import { diffChars } from 'diff';
import type { ProgramResult, ReportedMismatch } from './model.ts';

/** Longest signature kept (characters); longer ones are cut with `…`. */
const SIGNATURE_LIMIT = 120;

/** Edits of the first differing line pair kept in a signature. */
const EDITS_KEPT = 3;

const TOKEN = /\d+(?:\.\d+)?(?:e[+-]?\d+)?|[A-Za-z_$][\w$]*|\s+|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\\n]|\\.)*`|./gu;

/** One token in normalised form (see the module doc). */
function normalToken(token: string): string {
  if (/^\d/.test(token)) return 'N';
  if (/^\s/.test(token)) return '␣';
  if (/^['"`]/.test(token) && token.length >= 2) return 'S';
  return token;
}

/** The normalised tokens of `line`, runs of one token written once with `+`. */
function normalTokens(line: string): string[] {
  const out: string[] = [];
  for (const t of (line.match(TOKEN) ?? []).map(normalToken)) {
    const last = out.at(-1);
    if (last === t || last === `${t}+`) out[out.length - 1] = `${t}+`;
    else out.push(t);
  }
  return out;
}

/** `line` with numbers and strings normalised (see the module doc). */
export function normaliseLine(line: string): string {
  return normalTokens(line).join('');
}

function cut(text: string): string {
  return text.length <= SIGNATURE_LIMIT ? text : `${text.slice(0, SIGNATURE_LIMIT - 1)}…`;
}

function lines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/** The first line pair that differs: index-aligned after the common prefix of lines. */
function firstDifference(expected: string, actual: string): { expected?: string; actual?: string } {
  const a = lines(expected);
  const b = lines(actual);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return { ...(i < a.length ? { expected: a[i] } : {}), ...(i < b.length ? { actual: b[i] } : {}) };
}

/** A changed fragment in normalised form: digit runs `N`, whitespace runs `␣`, other repeats `c+`. */
function normalFragment(text: string): string {
  return text.replace(/\d+/g, 'N').replace(/\s+/g, '␣').replace(/(.)\1+/gu, '$1+');
}

/**
 * The edits that turn `expected` into `actual`: a character diff's distinct `-"removed" +"added"`
 * pairs (fragments normalised). Lines that share less than half of the shorter one are shown whole
 * instead, normalised, since their edits would be noise.
 */
function lineEdits(expected: string, actual: string): string {
  const parts = diffChars(expected, actual);
  const common = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.length, 0);
  if (2 * common < Math.min(expected.length, actual.length)) return `-"${normaliseLine(expected)}" +"${normaliseLine(actual)}"`;
  const edits: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.removed && !part.added) continue;
    const next = parts[i + 1];
    const paired = part.removed && next?.added === true;
    const edit = `-${JSON.stringify(part.removed ? normalFragment(part.value) : '')} +${JSON.stringify(part.added ? normalFragment(part.value) : paired ? normalFragment(next.value) : '')}`;
    if (paired) i++;
    if (!edits.includes(edit)) edits.push(edit);
  }
  return edits.slice(0, EDITS_KEPT).join(' ') + (edits.length > EDITS_KEPT ? ' …' : '');
}

function mismatchSignature(m: ReportedMismatch): string {
  const d = firstDifference(m.expectedText, m.actualText);
  if (m.aspect === 'stderr' && d.actual !== undefined) return `stderr: ${normaliseLine(d.actual)}`;
  if (d.expected !== undefined && d.actual !== undefined) return `${m.aspect}: ${lineEdits(d.expected, d.actual)}`;
  if (d.expected !== undefined) return `${m.aspect}: missing line "${normaliseLine(d.expected)}"`;
  if (d.actual !== undefined) return `${m.aspect}: extra line "${normaliseLine(d.actual)}"`;
  return `${m.aspect}: only the final newline differs`;
}

/** The first diagnostic of `text` without its location (`file.ts:1:2 `), normalised. */
function firstDiagnostic(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '(no diagnostics)';
  return normaliseLine(line.replace(/^\S+:\d+:\d+\s+/, ''));
}

/** Order in which a result's mismatches are consulted: the error line first, then output. */
const ASPECT_ORDER: readonly ReportedMismatch['aspect'][] = ['stderr', 'stdout', 'diagnostics', 'fold', 'termination'];

/**
 * The signature of `result` (see the module doc), e.g. `FAIL stdout: -"␣" +""`,
 * `CRASH signal SIGSEGV`, `COMPILE-ERROR error TSNN: S is not supported`.
 */
export function failureSignature(result: ProgramResult): string {
  const outcome = result.outcome;
  const ordered = [...result.mismatches].sort((a, b) => ASPECT_ORDER.indexOf(a.aspect) - ASPECT_ORDER.indexOf(b.aspect));
  const telling = ordered.find((m) => m.aspect !== 'termination' && (m.aspect !== 'stderr' || m.actualText !== ''))
    ?? ordered.find((m) => m.aspect === 'stderr');
  if (outcome === 'COMPILE-ERROR') return cut(`${outcome} ${firstDiagnostic(result.diagnostics ?? result.detail)}`);
  if (outcome === 'CRASH') {
    const signal = /killed by (\w+)/.exec(result.detail)?.[1];
    const stderr = result.mismatches.find((m) => m.aspect === 'stderr' && m.actualText !== '');
    const errorLine = stderr === undefined ? '' : ` ${normaliseLine(lines(stderr.actualText)[0])}`;
    return cut(`${outcome} ${signal === undefined ? normaliseLine(result.detail) : `signal ${signal}`}${errorLine}`);
  }
  if (telling !== undefined) return cut(`${outcome} ${mismatchSignature(telling)}`);
  const termination = ordered.find((m) => m.aspect === 'termination');
  if (termination !== undefined) return cut(`${outcome} exit: ${normaliseLine(lines(termination.actualText)[0])}`);
  return outcome;
}
