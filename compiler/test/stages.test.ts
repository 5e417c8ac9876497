/**
 * Stage tests (compiler/test/stages): each program's CHECK directives hold on its stage dump, and the
 * dump equals its blessed snapshot. Proves that a transform fired, not only that output is right.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { fileCheck, parseDirectives } from './support/filecheck.ts';
import { listStageTests, snapshotPath, stageOutput } from './support/stage-tests.ts';

describe('stage tests (CHECK directives on HIR/MIR/C dumps)', () => {
  for (const t of listStageTests()) {
    it(t.name, () => {
      const directives = parseDirectives(t.source);
      assert.ok(directives.length > 0, `${t.name} has no CHECK directives`);
      const output = stageOutput(t);
      const failure = fileCheck(output, directives);
      assert.equal(failure, undefined, `${failure}\n--- ${t.stage} of ${t.name}:\n${output}`);
      const snap = snapshotPath(t);
      assert.ok(existsSync(snap), `no snapshot ${snap}: bless it with node compiler/test/support/update-stages.ts ${t.name}`);
      assert.equal(output, readFileSync(snap, 'utf8'), `snapshot ${snap} is stale: review, then node compiler/test/support/update-stages.ts ${t.name}`);
    });
  }
});

describe('fileCheck', () => {
  const out = 'a one\nb two\nc three\nd four';
  it('matches CHECK in order and CHECK-NEXT on the following line', () => {
    assert.equal(fileCheck(out, parseDirectives('// CHECK: one\n// CHECK-NEXT: two\n// CHECK: four')), undefined);
  });
  it('fails a CHECK that only matches before the previous match', () => {
    assert.match(fileCheck(out, parseDirectives('// CHECK: three\n// CHECK: one'))!, /not found/);
  });
  it('fails CHECK-NOT between two matches, and {{regex}} parts match as regular expressions', () => {
    assert.match(fileCheck(out, parseDirectives('// CHECK: one\n// CHECK-NOT: two\n// CHECK: three'))!, /CHECK-NOT/);
    assert.equal(fileCheck(out, parseDirectives('// CHECK: {{[a-c]}} t{{w|h}}')), undefined);
  });
});
