import assert from 'node:assert/strict';
import { classify, type Evidence, type Observation } from '../src/compare.ts';
import type { Golden } from '../src/goldens.ts';

function obs(stdout: string, stderr = '', exitCode: number | null = 0, extra: Partial<Observation> = {}): Observation {
  return { stdout: Buffer.from(stdout), stderr: Buffer.from(stderr), exitCode, signal: null, timedOut: false, capped: [], ...extra };
}

const golden: Golden = { stdout: Buffer.from('hi\n'), stderr: Buffer.alloc(0), exitCode: 0 };
const OK_BUILD = { exitCode: 0 as const, diagnosticsText: '' };

function evidence(over: Partial<Evidence> = {}): Evidence {
  return { kind: 'run', build: OK_BUILD, native: obs('hi\n'), reference: obs('hi\n'), referenceSource: 'node', goldenFromNative: false, golden, ...over };
}

describe('compare: outcome classification', () => {
  it('PASS when native, Node and golden agree', () => {
    const c = classify(evidence());
    assert.equal(c.outcome, 'PASS');
    assert.deepEqual(c.mismatches, []);
  });

  it('NEW when there is no golden, whatever else happened', () => {
    assert.equal(classify(evidence({ golden: undefined, build: { exitCode: 1, diagnosticsText: 'x' }, native: undefined })).outcome, 'NEW');
    assert.equal(classify(evidence({ golden: undefined, expectation: { program: 'p', reason: 'r', outcome: 'FAIL' } })).outcome, 'NEW');
  });

  it('COMPILE-ERROR with the first diagnostic line', () => {
    const c = classify(evidence({ build: { exitCode: 1, diagnosticsText: '\nx.ts:1:1 error TSN1: nope\n  1 | code\n' }, native: undefined }));
    assert.equal(c.outcome, 'COMPILE-ERROR');
    assert.match(c.detail, /rejected by tsn: x\.ts:1:1 error TSN1: nope$/);
    assert.equal(classify(evidence({ build: { exitCode: 2, diagnosticsText: 'cc failed' }, native: undefined })).outcome, 'COMPILE-ERROR');
  });

  it('CRASH names the signal; TIMEOUT wins over the signal used to kill', () => {
    const crash = classify(evidence({ native: obs('', '', null, { signal: 'SIGSEGV' }) }));
    assert.equal(crash.outcome, 'CRASH');
    assert.match(crash.detail, /SIGSEGV/);
    assert.equal(classify(evidence({ native: obs('', '', null, { signal: 'SIGKILL', timedOut: true }) })).outcome, 'TIMEOUT');
    assert.equal(classify(evidence({ native: obs('', '', null, { spawnError: 'EACCES' }) })).outcome, 'CRASH');
  });

  it('FAIL on stdout, exit code or normalised stderr differences from Node, naming each aspect', () => {
    const c = classify(evidence({ native: obs('ho\n', 'Error: x\n', 1) }));
    assert.equal(c.outcome, 'FAIL');
    assert.equal(c.detail, 'native differs from Node: exit code, stdout, stderr');
    assert.deepEqual(c.mismatches.map((m) => [m.aspect, m.expectedLabel, m.actualLabel]), [
      ['termination', 'node', 'native'], ['stdout', 'node', 'native'], ['stderr', 'node', 'native'],
    ]);
  });

  it('FAIL when the native output hit the cap, even if the kept bytes agree', () => {
    const c = classify(evidence({ native: obs('hi\n', '', null, { signal: 'SIGKILL', capped: ['stdout'] }) }));
    assert.equal(c.outcome, 'FAIL');
    assert.match(c.mismatches[0].actual.toString(), /output cap exceeded on stdout/);
  });

  it('compares bytes exactly: no trimming of a missing final newline', () => {
    assert.equal(classify(evidence({ native: obs('hi') })).outcome, 'FAIL');
  });

  it('GOLDEN-STALE when Node differs from the golden, even if native matches the golden', () => {
    const c = classify(evidence({ reference: obs('hi there\n') }));
    assert.equal(c.outcome, 'GOLDEN-STALE');
    assert.equal(c.mismatches[0].expectedLabel, 'golden');
    assert.equal(c.mismatches[0].actualLabel, 'node');
  });

  it('with --no-reference compares with the transcript, or only the golden when there is none', () => {
    assert.equal(classify(evidence({ reference: obs('hi\n'), referenceSource: 'transcript', native: obs('x\n') })).detail,
      'native differs from the recorded Node output: stdout');
    assert.equal(classify(evidence({ reference: undefined, referenceSource: 'none', native: obs('x\n') })).detail,
      'native differs from the golden: stdout');
    assert.equal(classify(evidence({ reference: undefined, referenceSource: 'none' })).outcome, 'PASS');
  });

  it('for a golden accepted from the native side, checks Node against its transcript instead', () => {
    const accepted = { goldenFromNative: true, reference: obs('', 'SyntaxError: x\n', 1), recorded: obs('', 'SyntaxError: x\n', 1) };
    assert.equal(classify(evidence(accepted)).outcome, 'PASS');
    assert.equal(classify(evidence({ ...accepted, native: obs('other\n') })).outcome, 'FAIL');
    assert.equal(classify(evidence({ ...accepted, reference: obs('hi\n') })).outcome, 'GOLDEN-STALE');
  });

  it('FAIL when the fold report differs from its golden; a missing report is not compared', () => {
    const withFold = { ...golden, fold: Buffer.from('fold a\n') };
    assert.equal(classify(evidence({ golden: withFold, fold: Buffer.from('fold a\n') })).outcome, 'PASS');
    const c = classify(evidence({ golden: withFold, fold: Buffer.from('fold b\n') }));
    assert.equal(c.outcome, 'FAIL');
    assert.equal(c.mismatches[0].aspect, 'fold');
    assert.equal(classify(evidence({ golden: withFold })).outcome, 'PASS');
  });

  it('XFAIL when failing as listed, XPASS when passing, the raw outcome when failing differently', () => {
    const expectation = { program: 'p', reason: 'bug 12', outcome: 'FAIL' as const };
    const xfail = classify(evidence({ native: obs('x\n'), expectation }));
    assert.equal(xfail.outcome, 'XFAIL');
    assert.equal(xfail.rawOutcome, 'FAIL');
    assert.match(xfail.detail, /bug 12/);
    const xpass = classify(evidence({ expectation }));
    assert.equal(xpass.outcome, 'XPASS');
    assert.match(xpass.detail, /remove its entry from corpus\/expectations\.json/);
    const other = classify(evidence({ native: obs('', '', null, { signal: 'SIGABRT' }), expectation }));
    assert.equal(other.outcome, 'CRASH');
    assert.match(other.detail, /expectations say FAIL/);
  });

  it('diagnostics programs compare tsn build stderr and exit code with the golden', () => {
    const diag: Golden = { stdout: Buffer.alloc(0), stderr: Buffer.from('a.ts:1:1 error TSN9: no\n'), exitCode: 1 };
    const base = { kind: 'diagnostics' as const, native: undefined, reference: undefined, referenceSource: 'none' as const, golden: diag };
    assert.equal(classify(evidence({ ...base, build: { exitCode: 1, diagnosticsText: 'a.ts:1:1 error TSN9: no\n' } })).outcome, 'PASS');
    const c = classify(evidence({ ...base, build: { exitCode: 0, diagnosticsText: '' } }));
    assert.equal(c.outcome, 'FAIL');
    assert.equal(c.mismatches[0].aspect, 'diagnostics');
    assert.equal(classify(evidence({ ...base, golden: undefined })).outcome, 'NEW');
  });
});
