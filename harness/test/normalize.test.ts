import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { execa } from 'execa';
import { NORMALISATIONS, normalizeStderr } from '../src/normalize.ts';
import { PINNED_NODE } from '../src/reference.ts';
import { FIXTURES } from './support/fixture-root.ts';

/** What the native runtime prints for each fixture: the error part of Node's report, nothing else. */
const EXPECTED: Record<string, { code: number; stderr: string }> = {
  'error.ts': { code: 1, stderr: 'Error: boom\n' },
  'engine-type-error.ts': { code: 1, stderr: "TypeError: Cannot read properties of undefined (reading 'q')\n" },
  'subclass.ts': { code: 1, stderr: 'MyErr: custom\n' },
  'subclass-unnamed.ts': { code: 1, stderr: 'Plain [Error]: p\n' },
  'extra-properties.ts': { code: 1, stderr: "Error: with props {\n  code: 'E_X',\n  n: 42\n}\n" },
  'cause.ts': { code: 1, stderr: 'Error: outer {\n  [cause]: TypeError: inner\n}\n' },
  'aggregate.ts': { code: 1, stderr: 'AggregateError: agg {\n  [errors]: [\n    Error: a,\n    1\n  ]\n}\n' },
  'multi-line-message.ts': { code: 1, stderr: 'RangeError: multi\nline message\n' },
  'throw-string.ts': { code: 1, stderr: 'a string\n' },
  'throw-number.ts': { code: 1, stderr: '42\n' },
  'throw-object.ts': { code: 1, stderr: "{ a: 1, b: 'two' }\n" },
  'throw-null.ts': { code: 1, stderr: 'null\n' },
  'exit-after-console-error.ts': { code: 3, stderr: 'bad thing\n' },
  'console-error-then-throw.ts': { code: 1, stderr: 'first line to stderr\n\nError\n' },
  'async-throw.ts': { code: 1, stderr: 'TypeError: async boom\n' },
};

describe('normalize: stderr normalisations', () => {
  const dir = path.join(FIXTURES, 'node-errors');

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`reduces Node's stderr for ${file} to the error part only`, async () => {
      const r = await execa(PINNED_NODE, ['--experimental-strip-types', file], { cwd: dir, reject: false, encoding: 'buffer', stripFinalNewline: false, extendEnv: false, env: { NO_COLOR: '1' } });
      assert.equal(r.exitCode, expected.code);
      assert.equal(normalizeStderr(r.stderr).toString('utf8'), expected.stderr);
      // The native runtime's stderr (the expected text) passes through unchanged.
      assert.equal(normalizeStderr(Buffer.from(expected.stderr)).toString('utf8'), expected.stderr);
    });
  }

  it('has unique names and one-line descriptions', () => {
    const names = NORMALISATIONS.map((n) => n.name);
    assert.deepEqual(names, ['node-error-header', 'node-stack-frames', 'node-trace-uncaught-hint', 'node-version-trailer']);
    for (const n of NORMALISATIONS) assert.ok(n.description.length > 10 && !n.description.includes('\n'));
  });

  it('removes only the last header, and the blank line before it when none follows', () => {
    const header = NORMALISATIONS[0].apply;
    const text = 'out\n\nnode:internal/modules/run_main:107\n    triggerUncaughtException(\n    ^\n42\n';
    assert.equal(header(text), 'out\n42\n');
  });

  it('leaves arbitrary program output without Node markers byte for byte', () => {
    const line = fc.string({ unit: 'binary' }).filter((l) => !l.includes('\n') && !/^\s+at /.test(l) && !/^ {4,}\.\.\./.test(l)
      && !l.startsWith('Node.js v') && !l.startsWith('(Use `node') && !/^[ \t]*\^/.test(l));
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
      const bytes = Buffer.from(lines.join('\n'), 'utf8');
      assert.ok(normalizeStderr(bytes).equals(bytes));
    }));
  });

  it('keeps non-UTF-8 bytes outside the removed parts', () => {
    const raw = Buffer.concat([Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('Error: x\n    at f (file:///a.ts:1:1)\n\nNode.js v24.21.0\n')]);
    assert.ok(normalizeStderr(raw).equals(Buffer.from([0xff, 0xfe, 0x0a, ...Buffer.from('Error: x\n')])));
  });
});
