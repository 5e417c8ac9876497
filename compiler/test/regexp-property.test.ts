/**
 * Differential property test of the RegExp engine (compiler/runtime/regexp_*.c, lib_regexp.c)
 * against the pinned Node 24.
 *
 * fast-check draws, under a fixed seed, patterns from a grammar-aware generator (characters,
 * classes, escapes, capturing / non-capturing groups, lookaround, backreferences, greedy and
 * lazy quantifiers, alternation; named groups are left to the corpus) with a flag subset, and UTF-16 subjects over a small alphabet that
 * includes line terminators and a surrogate pair. One TypeScript program carries every case; it is
 * built once by `tsn build` and run natively and under the pinned Node. For each case the program
 * prints three successive exec results (match, captures, index, groups, indices, lastIndex) or the
 * SyntaxError the constructor throws; the outputs must be identical line for line.
 * TSN_REGEXP_PROPERTY_RUNS raises the budget (the nightly's large run).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import fc from 'fast-check';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pinnedNode = join(repoRoot, 'node_modules', '.bin', 'node');
const tsn = join(repoRoot, 'compiler', 'bin', 'tsn.ts');
const SEED = 0x5e9e7;
const RUNS = Number(process.env.TSN_REGEXP_PROPERTY_RUNS ?? 400);

const CHARS = ['a', 'b', 'c', 'A', 'B', ' ', '1', '\\n', '\\u017f', '\\ud83d\\ude00', '.', '\\d', '\\w', '\\s', '\\W', '[ab]', '[^a]', '[a-c1]', '[\\w-]', '\\.'];
const ASSERTIONS = ['^', '$', '\\b', '\\B'];

/** Pattern source text with groups nested at most `depth` levels. */
function patternArb(depth: number): fc.Arbitrary<string> {
  const atom: fc.Arbitrary<string> = depth <= 0
    ? fc.constantFrom(...CHARS)
    : fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...CHARS) },
        { weight: 1, arbitrary: fc.constantFrom(...ASSERTIONS) },
        { weight: 1, arbitrary: fc.constantFrom('\\1', '\\2') },
        { weight: 3, arbitrary: fc.tuple(fc.constantFrom('(', '(?:', '(?=', '(?!', '(?<=', '(?<!'), patternArb(depth - 1)).map(([open, body]) => `${open}${body})`) },
      );
  const quantifier = fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.constantFrom('*', '+', '?', '{2}', '{1,3}', '{0,}') },
    { weight: 1, arbitrary: fc.constantFrom('*?', '+?', '??', '{1,2}?') },
  );
  const term = fc.tuple(atom, quantifier).map(([a, q]) => (ASSERTIONS.includes(a) || a.startsWith('(?<=') || a.startsWith('(?<!') ? a : a + q));
  const alternative = fc.array(term, { minLength: 0, maxLength: 4 }).map((ts) => ts.join(''));
  return fc.array(alternative, { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
}

const flagsArb = fc.subarray(['d', 'g', 'i', 'm', 's', 'u', 'y']).map((fs) => fs.join(''));
const subjectArb = fc.array(fc.constantFrom('a', 'b', 'c', 'A', 'B', ' ', '1', '\n', 'ſ', '😀', '.', '-'), { maxLength: 12 }).map((cs) => cs.join(''));

/** The program both sides run: prints one line per case. */
function program(cases: ReadonlyArray<readonly [string, string, string]>): string {
  return `const cases: Array<[string, string, string]> = JSON.parse(${JSON.stringify(JSON.stringify(cases))});
for (const [source, flags, subject] of cases) {
  let line: string;
  try {
    const re = new RegExp(source, flags);
    const results: unknown[] = [];
    for (let k = 0; k < 3; k++) {
      const m = re.exec(subject);
      results.push(m === null ? null : [[...m], m.index, m.groups === undefined ? null : Object.entries(m.groups), m.indices === undefined ? null : [...m.indices]], re.lastIndex);
    }
    line = JSON.stringify(results);
  } catch (e) {
    line = (e as Error).name + ": " + (e as Error).message;
  }
  console.log(line);
}
`;
}

describe('RegExp engine against the pinned Node (property)', function () {
  this.timeout(600000);
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'tsn-regexp-')); });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it(`exec results and SyntaxErrors agree on ${RUNS} random pattern/subject pairs`, async () => {
    const cases = fc.sample(fc.tuple(patternArb(2), flagsArb, subjectArb), { numRuns: RUNS, seed: SEED });
    const source = program(cases);
    const file = join(dir, 'cases.ts');
    writeFileSync(file, source);
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const exe = join(dir, 'cases');
    const build = await execa(pinnedNode, [tsn, 'build', file, '-o', exe], { reject: false });
    assert.equal(build.exitCode, 0, build.stderr + build.stdout);
    const [ours, theirs] = await Promise.all([
      execa(exe, [], { reject: false }),
      execa(pinnedNode, ['--experimental-strip-types', '--no-warnings', file], { reject: false }),
    ]);
    const got = ours.stdout.split('\n');
    const want = theirs.stdout.split('\n');
    assert.equal(want.length, cases.length, theirs.stderr);
    const mismatches: string[] = [];
    want.forEach((line, i) => {
      if (got[i] !== line) mismatches.push(`${JSON.stringify(cases[i])}: tsn ${got[i]} node ${line}`);
    });
    assert.deepEqual(mismatches.slice(0, 8), [], `${mismatches.length} of ${cases.length} differ`);
  });
});
