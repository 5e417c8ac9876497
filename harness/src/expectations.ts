/**
 * The XFAIL list, `corpus/expectations.json`: a JSON array of entries
 *   { "program": "examples/0123-foo", "reason": "why it fails", "outcome": "FAIL",
 *     "comptime": "on" }            // optional: the entry applies to that gate only
 * `outcome` is how the program is known to fail (FAIL, CRASH, COMPILE-ERROR or TIMEOUT). A program
 * listed here that fails that way is XFAIL; one that passes is XPASS (the list must be updated).
 */
import { readFile } from 'node:fs/promises';
import { EXPECTABLE_OUTCOMES, type ExpectableOutcome, type Gate } from './outcomes.ts';

/** One validated entry. */
export interface Expectation {
  readonly program: string;
  readonly reason: string;
  readonly outcome: ExpectableOutcome;
  /** The gate the entry applies to; absent: both gates. */
  readonly comptime?: Gate;
}

/** A malformed expectations file; the message names the file and the entry. */
export class ExpectationsError extends Error {}

const KEYS = new Set(['program', 'reason', 'outcome', 'comptime']);

/**
 * Validates the parsed JSON `data` of the file `fileLabel` against the schema above and the set of
 * corpus program ids. Errors: ExpectationsError for a non-array, an unknown or missing key, a wrong
 * type, an unknown outcome or gate, an unknown program, or two entries covering the same program+gate.
 */
export function validateExpectations(data: unknown, fileLabel: string, programIds: ReadonlySet<string>): Expectation[] {
  if (!Array.isArray(data)) throw new ExpectationsError(`${fileLabel}: must be a JSON array of entries`);
  const covered = new Set<string>();
  return data.map((raw: unknown, i) => {
    const at = `${fileLabel}: entry ${i}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ExpectationsError(`${at}: must be an object`);
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!KEYS.has(key)) throw new ExpectationsError(`${at}: unknown key "${key}" (allowed: program, reason, outcome, comptime)`);
    }
    const { program, reason, outcome, comptime } = entry;
    if (typeof program !== 'string') throw new ExpectationsError(`${at}: "program" must be a string like "examples/0123-foo"`);
    const named = `${at} ("${program}")`;
    if (!programIds.has(program)) throw new ExpectationsError(`${named}: no such corpus program (ids look like "examples/0123-foo")`);
    if (typeof reason !== 'string' || reason.trim() === '') throw new ExpectationsError(`${named}: "reason" must be a non-empty string`);
    if (typeof outcome !== 'string' || !(EXPECTABLE_OUTCOMES as readonly string[]).includes(outcome)) {
      throw new ExpectationsError(`${named}: "outcome" must be one of ${EXPECTABLE_OUTCOMES.join(', ')} (got ${JSON.stringify(outcome)})`);
    }
    if (comptime !== undefined && comptime !== 'on' && comptime !== 'off') {
      throw new ExpectationsError(`${named}: "comptime" must be "on" or "off" when given (got ${JSON.stringify(comptime)})`);
    }
    for (const gate of comptime === undefined ? ['on', 'off'] : [comptime]) {
      const key = `${program}@${gate}`;
      if (covered.has(key)) throw new ExpectationsError(`${named}: a second entry for this program and comptime=${gate}`);
      covered.add(key);
    }
    return { program, reason, outcome: outcome as ExpectableOutcome, ...(comptime === undefined ? {} : { comptime }) };
  });
}

/**
 * Reads and validates the expectations file at `file` (`fileLabel` names it in messages). A missing
 * file is an empty list. Errors: ExpectationsError for invalid JSON or any schema violation.
 */
export async function loadExpectations(file: string, fileLabel: string, programIds: ReadonlySet<string>): Promise<Expectation[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ExpectationsError(`${fileLabel}: invalid JSON (${(error as Error).message}); fix the file or restore it from git`);
  }
  return validateExpectations(data, fileLabel, programIds);
}

/** The entry for `program` under `gate`, if any. */
export function expectationFor(list: readonly Expectation[], program: string, gate: Gate): Expectation | undefined {
  return list.find((e) => e.program === program && (e.comptime === undefined || e.comptime === gate));
}
