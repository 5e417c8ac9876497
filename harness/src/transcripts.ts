/**
 * Reference transcripts: `reference/<id>.json`, what the pinned Node printed for a program when its
 * golden was last refreshed (raw stdout and stderr, exit code, Node version), and
 * `reference/node-version.txt`, the pinned version. Drift between Node versions shows up in review,
 * and `--no-reference` diffs the native side against the recorded Node output.
 *
 * The JSON is pretty-printed with a fixed key order. Text that is valid UTF-8 is stored as a string
 * (`stdout`, `stderr`); other bytes as base64 (`stdoutBase64`, `stderrBase64`). The project root is
 * stored as `$ROOT` (both as a path and inside `file://` URLs) so transcripts do not depend on where
 * the checkout lives; reading substitutes the current root back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from './atomic.ts';
import { displayPath, type Layout } from './layout.ts';

/** One program's reference run, bytes as Node printed them. */
export interface Transcript {
  readonly program: string;
  /** `node --version` of the Node that printed it, e.g. `v24.21.0`. */
  readonly node: string;
  /** Where the golden came from: Node (the rule) or the native side (`--accept-native`, Node cannot run it). */
  readonly goldenFrom: 'node' | 'native';
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly capped: readonly string[];
  readonly stdout: Buffer;
  readonly stderr: Buffer;
}

/** A transcript file that cannot be read as one; the message names it. */
export class TranscriptError extends Error {}

const ROOT = '$ROOT';

/** Path of the transcript of `id`. */
export function transcriptFile(layout: Layout, id: string): string {
  return path.join(layout.reference, ...`${id}.json`.split('/'));
}

/** Path of the recorded pinned-Node version. */
export function nodeVersionFile(layout: Layout): string {
  return path.join(layout.reference, 'node-version.txt');
}

function rootForms(layout: Layout): [string, string][] {
  return [[pathToFileURL(layout.root).href, `file://${ROOT}`], [layout.root, ROOT]];
}

function encodeBytes(name: string, bytes: Buffer, layout: Layout): [string, string] {
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) return [`${name}Base64`, bytes.toString('base64')];
  let out = text;
  for (const [real, marker] of rootForms(layout)) out = out.split(real).join(marker);
  return [name, out];
}

function decodeBytes(record: Record<string, unknown>, name: string, layout: Layout): Buffer | undefined {
  const b64 = record[`${name}Base64`];
  if (typeof b64 === 'string') return Buffer.from(b64, 'base64');
  const text = record[name];
  if (typeof text !== 'string') return undefined;
  let out = text;
  for (const [real, marker] of rootForms(layout)) out = out.split(marker).join(real);
  return Buffer.from(out, 'utf8');
}

/** The transcript's JSON text (stable key order, sorted env, 2-space indent, final newline). */
export function formatTranscript(layout: Layout, t: Transcript): string {
  const env = Object.fromEntries(Object.entries(t.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const record = Object.fromEntries([
    ['program', t.program],
    ['node', t.node],
    ['goldenFrom', t.goldenFrom],
    ['args', t.args],
    ['env', env],
    ['exitCode', t.exitCode],
    ['signal', t.signal],
    ['timedOut', t.timedOut],
    ['capped', t.capped],
    encodeBytes('stdout', t.stdout, layout),
    encodeBytes('stderr', t.stderr, layout),
  ]);
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * Reads the transcript of `id`; undefined when there is none. Errors: TranscriptError (naming the
 * file) for invalid JSON or missing fields.
 */
export async function readTranscript(layout: Layout, id: string): Promise<Transcript | undefined> {
  const file = transcriptFile(layout, id);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const bad = (why: string): TranscriptError =>
    new TranscriptError(`${displayPath(layout, file)}: ${why}; refresh it with --update-goldens -name=${id}`);
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw bad(`invalid JSON (${(error as Error).message})`);
  }
  const stdout = decodeBytes(record, 'stdout', layout);
  const stderr = decodeBytes(record, 'stderr', layout);
  if (stdout === undefined || stderr === undefined || typeof record.node !== 'string'
    || (typeof record.exitCode !== 'number' && record.exitCode !== null)) {
    throw bad('not a transcript (needs node, exitCode, stdout, stderr)');
  }
  return {
    program: String(record.program),
    node: record.node,
    goldenFrom: record.goldenFrom === 'native' ? 'native' : 'node',
    args: Array.isArray(record.args) ? record.args.map(String) : [],
    env: (record.env ?? {}) as Record<string, string>,
    exitCode: record.exitCode as number | null,
    signal: typeof record.signal === 'string' ? record.signal : null,
    timedOut: record.timedOut === true,
    capped: Array.isArray(record.capped) ? record.capped.map(String) : [],
    stdout,
    stderr,
  };
}

/** Writes the transcript of `t.program` atomically; returns whether its text changed, with the old text. */
export async function writeTranscript(layout: Layout, t: Transcript): Promise<{ file: string; before: string | null; after: string } | null> {
  const file = transcriptFile(layout, t.program);
  const after = formatTranscript(layout, t);
  const before = await readFile(file, 'utf8').catch(() => null);
  if (before === after) return null;
  await writeFileAtomic(file, after);
  return { file: displayPath(layout, file), before, after };
}

/** The recorded pinned-Node version (e.g. `v24.21.0`), or undefined when none is recorded. */
export async function readRecordedNodeVersion(layout: Layout): Promise<string | undefined> {
  const text = await readFile(nodeVersionFile(layout), 'utf8').catch(() => undefined);
  return text?.trim();
}

/** Records the pinned-Node version atomically (a no-op when unchanged); returns whether it changed. */
export async function writeRecordedNodeVersion(layout: Layout, version: string): Promise<boolean> {
  if ((await readRecordedNodeVersion(layout)) === version) return false;
  await writeFileAtomic(nodeVersionFile(layout), `${version}\n`);
  return true;
}
