import assert from 'node:assert/strict';
import { colorWanted, createProgress, type Console } from '../src/progress.ts';
import { sampleResult } from './support/sample-report.ts';

function recorder(isTTY: boolean): Console & { text(): string } {
  let text = '';
  return { write: (t) => void (text += t), isTTY, columns: 60, text: () => text };
}

describe('progress: console display while programs run', () => {
  it('rewrites one live line in place on a terminal and clears it at the end', () => {
    const out = recorder(true);
    const p = createProgress('live', out, 2);
    p.started('examples/0001-a');
    p.finished(sampleResult('examples/0001-a', 'b', 'PASS'));
    p.started('examples/0002-b');
    p.finished(sampleResult('examples/0002-b', 'b', 'FAIL'));
    p.end();
    assert.ok(!out.text().includes('\n'), 'a live display never scrolls');
    assert.match(out.text(), /\r\x1b\[2K\[0\/2\]  \| examples\/0001-a/);
    assert.match(out.text(), /\r\x1b\[2K\[2\/2\] PASS 1 FAIL 1 \| examples\/0002-b\r\x1b\[2K$/);
  });

  it('prints one plain line per finished program otherwise, with the detail of failures', () => {
    const out = recorder(false);
    const p = createProgress('plain', out, 2);
    p.finished(sampleResult('examples/0001-a', 'b', 'PASS'));
    p.finished(sampleResult('examples/0002-b', 'b', 'TIMEOUT'));
    p.end();
    assert.equal(out.text(), 'PASS          examples/0001-a (60 ms)\nTIMEOUT       examples/0002-b (60 ms) TIMEOUT <detail> & "quotes"\n');
  });

  it('prints nothing when quiet', () => {
    const out = recorder(false);
    const p = createProgress('quiet', out, 1);
    p.finished(sampleResult('examples/0001-a', 'b', 'FAIL'));
    p.end();
    assert.equal(out.text(), '');
  });

  it('keeps the live line whole on a terminal that reports zero columns', () => {
    let text = '';
    const p = createProgress('live', { write: (t) => void (text += t), isTTY: true, columns: 0 }, 1);
    p.started('examples/0001-a-program-with-a-long-name');
    assert.match(text, /\| examples\/0001-a-program-with-a-long-name$/);
  });

  it('colours by NO_COLOR and FORCE_COLOR before the terminal test', () => {
    assert.equal(colorWanted({}, true), true);
    assert.equal(colorWanted({}, false), false);
    assert.equal(colorWanted({ NO_COLOR: '1' }, true), false);
    assert.equal(colorWanted({ NO_COLOR: '' }, true), true);
    assert.equal(colorWanted({ FORCE_COLOR: '1' }, false), true);
    assert.equal(colorWanted({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
    assert.equal(colorWanted({ FORCE_COLOR: '0' }, true), false);
    assert.equal(colorWanted({ FORCE_COLOR: 'false' }, true), false);
  });
});
