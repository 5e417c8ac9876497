import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expectationFor, ExpectationsError, loadExpectations, validateExpectations } from '../src/expectations.ts';

const IDS = new Set(['examples/0001-a', 'examples/0002-b']);
const FILE = 'corpus/expectations.json';

describe('expectations: the XFAIL list', () => {
  it('accepts valid entries and finds them by program and gate', () => {
    const list = validateExpectations([
      { program: 'examples/0001-a', reason: 'no Proxy yet', outcome: 'COMPILE-ERROR' },
      { program: 'examples/0002-b', reason: 'fold bug', outcome: 'FAIL', comptime: 'on' },
    ], FILE, IDS);
    assert.equal(expectationFor(list, 'examples/0001-a', 'off')?.outcome, 'COMPILE-ERROR');
    assert.equal(expectationFor(list, 'examples/0002-b', 'on')?.reason, 'fold bug');
    assert.equal(expectationFor(list, 'examples/0002-b', 'off'), undefined);
  });

  const invalid: [unknown, RegExp][] = [
    [{}, /^corpus\/expectations\.json: must be a JSON array/],
    [[42], /entry 0: must be an object/],
    [[{ program: 'examples/0001-a', reason: 'r', outcome: 'FAIL', extra: 1 }], /entry 0: unknown key "extra"/],
    [[{ reason: 'r', outcome: 'FAIL' }], /entry 0: "program" must be a string/],
    [[{ program: 'examples/0009-gone', reason: 'r', outcome: 'FAIL' }], /entry 0 \("examples\/0009-gone"\): no such corpus program/],
    [[{ program: 'examples/0001-a', reason: ' ', outcome: 'FAIL' }], /"reason" must be a non-empty string/],
    [[{ program: 'examples/0001-a', reason: 'r', outcome: 'PASS' }], /"outcome" must be one of FAIL, CRASH, COMPILE-ERROR, TIMEOUT \(got "PASS"\)/],
    [[{ program: 'examples/0001-a', reason: 'r', outcome: 'FAIL', comptime: 'both' }], /"comptime" must be "on" or "off"/],
    [[{ program: 'examples/0001-a', reason: 'r', outcome: 'FAIL' }, { program: 'examples/0001-a', reason: 'r', outcome: 'CRASH', comptime: 'off' }],
      /entry 1 \("examples\/0001-a"\): a second entry for this program and comptime=off/],
  ];
  for (const [data, message] of invalid) {
    it(`rejects ${JSON.stringify(data)} with a message naming the file`, () => {
      assert.throws(() => validateExpectations(data, FILE, IDS), (e: unknown) => e instanceof ExpectationsError && message.test(e.message));
    });
  }

  it('reads a missing file as an empty list and names the file on invalid JSON', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'parity-expect-'));
    try {
      assert.deepEqual(await loadExpectations(path.join(dir, 'none.json'), FILE, IDS), []);
      await writeFile(path.join(dir, 'e.json'), '[{"program": ');
      await assert.rejects(loadExpectations(path.join(dir, 'e.json'), FILE, IDS),
        (e: unknown) => e instanceof ExpectationsError && /^corpus\/expectations\.json: invalid JSON/.test(e.message));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
