/**
 * The nightly's date (`YYYY-MM-DD`, UTC) and the comptime fuzzer seed derived from it, so every
 * nightly fuzzes different programs and any of its failures replays from the date alone.
 */

/** `YYYY-MM-DD` of `now` in UTC. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** True when `text` is a real calendar date spelled `YYYY-MM-DD` (e.g. not `2026-02-30`). */
export function isNightlyDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && utcDate(parsed) === text;
}

/**
 * The fuzzer seed of a nightly date: the date's digits read as a decimal integer
 * (`2026-11-21` -> 20261121), which is a valid 32-bit fast-check seed for every year up to 9999 and
 * readable in a replay command. Errors: RangeError for a string that is not a nightly date.
 */
export function seedOfDate(date: string): number {
  if (!isNightlyDate(date)) throw new RangeError(`not a YYYY-MM-DD date: "${date}"`);
  return Number(date.replace(/-/g, ''));
}
