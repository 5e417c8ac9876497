/**
 * The checks `tsn build` makes on its input and output paths before any work, so a wrong path costs
 * no compile and gets one clear message (issue 15, item 11) instead of a TypeScript "not found", a
 * C compiler failure naming internal temp files, or a leftover temp file.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** Extensions of the entry modules tsn compiles. */
const ENTRY_EXTENSIONS = ['.ts', '.mts', '.cts'];

async function kind(p: string): Promise<'file' | 'folder' | 'other' | 'missing'> {
  try {
    const s = await stat(p);
    return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * The problem with building `entry` into `output` (paths as the user gave them, relative to `cwd`),
 * or undefined when both are usable: the entry must be an existing .ts/.mts/.cts file, the output must
 * not be a folder and its folder must exist.
 */
export async function checkBuildPaths(entry: string, output: string, cwd = process.cwd()): Promise<string | undefined> {
  const entryKind = await kind(path.resolve(cwd, entry));
  if (entryKind === 'missing') return `${entry}: no such file`;
  if (entryKind === 'folder') return `${entry} is a folder; give its entry module (e.g. ${path.join(entry, 'main.ts')})`;
  if (entryKind === 'other' || !ENTRY_EXTENSIONS.includes(path.extname(entry))) return `${entry} is not a TypeScript module (${ENTRY_EXTENSIONS.join(', ')})`;
  const outputKind = await kind(path.resolve(cwd, output));
  if (outputKind === 'folder') return `-o ${output} is a folder; name the executable inside it (e.g. ${path.join(output, path.basename(entry, path.extname(entry)))})`;
  const folder = path.dirname(path.resolve(cwd, output));
  if ((await kind(folder)) !== 'folder') return `-o ${output}: the folder ${path.dirname(output)} does not exist`;
  return undefined;
}
