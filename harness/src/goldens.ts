/**
 * Goldens: the blessed expected behaviour of each program, one small file per aspect so a reviewer can
 * read a golden diff in git:
 *   goldens/<id>.out   stdout bytes (always present; its presence is what makes a golden exist)
 *   goldens/<id>.err   normalised stderr bytes, only when non-empty
 *   goldens/<id>.code  exit code as decimal text + newline, only when non-zero
 *   goldens/<id>.fold  the compiler's fold report, comptime programs (0600-0699) only, when recorded
 * For diagnostics programs (1100-1199) `.err` and `.code` hold `tsn build`'s stderr and exit code and
 * `.out` is empty. All writes are atomic.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic.ts';
import { displayPath, type Layout } from './layout.ts';

/** The aspects of a golden, as bytes. */
export interface Golden {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
  readonly exitCode: number;
  /** The fold report, when recorded. */
  readonly fold?: Buffer;
}

/** File extensions of golden files. */
export const GOLDEN_EXTENSIONS = ['.out', '.err', '.code', '.fold'] as const;

/** A golden file that cannot be read as one (e.g. a `.code` that is not a number); the message names it. */
export class GoldenError extends Error {}

/** One golden file changed by `writeGolden`: its project-relative path and its bytes before and after (null: absent). */
export interface GoldenChange {
  readonly file: string;
  readonly before: Buffer | null;
  readonly after: Buffer | null;
}

/** Path of the golden file of `id` with extension `ext`. */
export function goldenFile(layout: Layout, id: string, ext: (typeof GOLDEN_EXTENSIONS)[number]): string {
  return path.join(layout.goldens, ...`${id}${ext}`.split('/'));
}

async function readOptional(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Reads the golden of `id`; undefined when it has none (no `.out`). Errors: GoldenError when `.code`
 * is not a decimal integer followed by one newline.
 */
export async function readGolden(layout: Layout, id: string): Promise<Golden | undefined> {
  const stdout = await readOptional(goldenFile(layout, id, '.out'));
  if (stdout === null) return undefined;
  const codeFile = goldenFile(layout, id, '.code');
  const codeText = (await readOptional(codeFile))?.toString('utf8');
  if (codeText !== undefined && !/^\d+\n$/.test(codeText)) {
    throw new GoldenError(`${displayPath(layout, codeFile)}: must hold an exit code and a newline, e.g. "1\\n"; refresh it with --update-goldens`);
  }
  const fold = await readOptional(goldenFile(layout, id, '.fold'));
  return {
    stdout,
    stderr: (await readOptional(goldenFile(layout, id, '.err'))) ?? Buffer.alloc(0),
    exitCode: codeText === undefined ? 0 : Number(codeText),
    ...(fold === null ? {} : { fold }),
  };
}

/**
 * Writes the golden of `id`, touching only files whose bytes change: `.err` and `.code` are removed
 * when empty / zero. `fold`: bytes to write, null to remove the `.fold` file, undefined to leave it.
 * Returns the changed files (empty when the golden was already up to date).
 */
export async function writeGolden(
  layout: Layout,
  id: string,
  golden: Omit<Golden, 'fold'>,
  fold: Buffer | null | undefined,
): Promise<GoldenChange[]> {
  const wanted: [(typeof GOLDEN_EXTENSIONS)[number], Buffer | null | undefined][] = [
    ['.out', golden.stdout],
    ['.err', golden.stderr.length > 0 ? golden.stderr : null],
    ['.code', golden.exitCode !== 0 ? Buffer.from(`${golden.exitCode}\n`) : null],
    ['.fold', fold],
  ];
  const changes: GoldenChange[] = [];
  for (const [ext, after] of wanted) {
    if (after === undefined) continue;
    const file = goldenFile(layout, id, ext);
    const before = await readOptional(file);
    if (before === null && after === null) continue;
    if (before !== null && after !== null && before.equals(after)) continue;
    if (after === null) await rm(file, { force: true });
    else await writeFileAtomic(file, after);
    changes.push({ file: displayPath(layout, file), before, after });
  }
  return changes;
}
