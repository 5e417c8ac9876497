import assert from 'node:assert/strict';
import { colorizeDiff, DIFF_TEXT_LIMIT, sideBySide, unifiedDiff } from '../src/diffs.ts';

describe('diffs: rendering differences', () => {
  it('shows a missing final newline, so byte differences are visible', () => {
    const patch = unifiedDiff('a', 'b', Buffer.from('x\n'), Buffer.from('x'));
    assert.equal(patch, '--- a\n+++ b\n@@ -1,1 +1,1 @@\n-x\n+x\n\\ No newline at end of file\n');
  });

  it('colours removals, additions and hunk headers for a terminal', () => {
    const coloured = colorizeDiff('--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n same');
    assert.equal(coloured, '\x1b[1m--- a\x1b[22m\n\x1b[1m+++ b\x1b[22m\n\x1b[36m@@ -1 +1 @@\x1b[39m\n\x1b[31m-old\x1b[39m\n\x1b[32m+new\x1b[39m\n same');
  });

  it('cuts huge outputs before diffing and says so', () => {
    const big = Buffer.alloc(DIFF_TEXT_LIMIT * 4, 'a\n');
    const patch = unifiedDiff('a', 'b', big, Buffer.concat([big, Buffer.from('more\n')]));
    assert.match(patch, /\(diff limited to the first 65536 bytes of each side\)\n$/);
  });

  it('pairs changed lines side by side', () => {
    assert.deepEqual(sideBySide(Buffer.from('a\nb\nc\n'), Buffer.from('a\nB\nc\nd\n')), [
      { left: 'a', right: 'a', kind: 'same' },
      { left: 'b', right: 'B', kind: 'changed' },
      { left: 'c', right: 'c', kind: 'same' },
      { left: null, right: 'd', kind: 'added' },
    ]);
  });
});
