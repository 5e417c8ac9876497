/**
 * `--save`: keeps a shrunk failure as a corpus program, `corpus/examples/12NN-fuzz-<slug>.ts` (the
 * lowest free number of block 1200-1299, the slug named after the bucket), with its golden and
 * reference transcript from the pinned Node, so the parity run keeps the bug fixed once it is fixed.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../atomic.ts';
import { writeGolden } from '../goldens.ts';
import type { Layout } from '../layout.ts';
import { resolvePinnedNode } from '../reference.ts';
import { writeRecordedNodeVersion, writeTranscript } from '../transcripts.ts';
import type { SessionFailure } from './session.ts';

/** The block is full (1200-1299 all taken). */
export class CorpusBlockFullError extends Error {}

const OP_WORDS: Readonly<Record<string, string>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '**': 'pow', '&': 'bitand', '|': 'bitor', '^': 'bitxor', '~': 'bitnot',
  '<<': 'shl', '>>': 'sar', '>>>': 'shr', '==': 'loose-eq', '!=': 'loose-ne', '===': 'strict-eq', '!==': 'strict-ne', '<': 'lt',
  '<=': 'le', '>': 'gt', '>=': 'ge', '!': 'not', '&&': 'and', '||': 'or', '??': 'nullish', '?:': 'cond',
};

/** A file-name slug for a bucket: `+` -> `add`, `Math.round` -> `math-round`, `.padStart` -> `padstart`. */
function bucketSlug(bucket: string): string {
  const words = bucket.split(' ').map((w) => OP_WORDS[w] ?? w.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
  return words.filter((w) => w !== '').join('-').slice(0, 40) || 'failure';
}

/** The lowest free program number in 1200-1299 of `corpus/examples`. Errors: CorpusBlockFullError. */
async function nextFreeNumber(examples: string): Promise<number> {
  const taken = new Set((await readdir(examples).catch(() => [] as string[])).map((n) => Number(/^(\d{4})-/.exec(n)?.[1])));
  for (let n = 1200; n < 1300; n++) if (!taken.has(n)) return n;
  throw new CorpusBlockFullError(`${examples}: block 1200-1299 is full; move or merge older fuzz programs`);
}

/** Writes `failure` as a corpus program with its golden and transcript; returns the program's path. */
export async function saveFailure(layout: Layout, failure: SessionFailure): Promise<string> {
  const examples = path.join(layout.corpus, 'examples');
  const number = await nextFreeNumber(examples);
  const name = `${number}-fuzz-${bucketSlug(failure.buckets[0] ?? 'failure')}`;
  const id = `examples/${name}`;
  const header = `// Found by the comptime fuzzer (npm run fuzz:comptime): bucket ${failure.buckets.map((b) => JSON.stringify(b)).join(', ')}; seed ${failure.seed}, path ${failure.path}.\n`;
  const file = path.join(examples, `${name}.ts`);
  await writeFileAtomic(file, header + failure.minimal.rendered.source);
  const node = failure.minimal.run.node;
  await writeGolden(layout, id, { stdout: node.stdout, stderr: node.stderr, exitCode: node.exitCode ?? 1 }, undefined);
  const pinned = await resolvePinnedNode();
  await writeTranscript(layout, {
    program: id, node: pinned.version, goldenFrom: 'node', args: [], env: {}, exitCode: node.exitCode, signal: node.signal,
    timedOut: node.timedOut, capped: node.capped, stdout: node.stdout, stderr: node.stderr,
  });
  await writeRecordedNodeVersion(layout, pinned.version);
  return file;
}
