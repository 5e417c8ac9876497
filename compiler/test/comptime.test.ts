/**
 * Tests of the comptime folding engine (compiler/src/comptime): small programs are translated with
 * `translate()` and their fold report and emitted C are checked; evaluated call results are compared
 * with what the pinned Node (the engine running this test) computes for the same functions.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { translate } from '../src/driver/build.ts';
import { showValue } from '../src/comptime/values.ts';

interface ReportLine {
  readonly at: string;
  readonly op: string;
  readonly name?: string;
  readonly expr?: string;
  readonly value?: string;
  readonly bail?: string;
}

let dir: string;
let counter = 0;

/** Translates `source` (as `pN.ts` in a temp folder, which is the cwd) and returns the C, the report text and its lines. */
function compile(source: string, comptime: 'on' | 'off' = 'on'): { c: string; text: string; lines: ReportLine[] } {
  const file = path.join(dir, `p${counter++}.ts`);
  writeFileSync(file, source);
  const r = translate({ entry: file, comptime }, dir);
  if ('diagnostics' in r) throw new Error(`program rejected:\n${r.diagnostics}`);
  const text = r.folds.format(dir);
  return { c: r.c, text, lines: text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as ReportLine) };
}

/** The report line of the call `expr` (e.g. `fib(20)`). */
function callSite(lines: readonly ReportLine[], expr: string): ReportLine {
  const found = lines.find((l) => l.op === 'call' && l.expr === expr);
  assert.ok(found, `no call site ${expr} in:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`);
  return found;
}

/** Values of the named module constants when Node runs `source` (console silenced). */
function nodeValues(source: string, names: readonly string[]): unknown[] {
  const js = stripTypeScriptTypes(source);
  const run = vm.runInThisContext(`(function (console) { ${js}\n return [${names.join(', ')}]; })`) as (c: unknown) => unknown[];
  return run({ log() {} });
}

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tsn-comptime-'));
  // The programs are ES modules, as the corpus's are (a folder without package.json means CommonJS).
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('comptime evaluation of program functions', () => {
  it('folds fib(20) to 6765 in the C and reports it', () => {
    const src = 'function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nconst F = fib(20);\nconsole.log(F);\n';
    const on = compile(src);
    assert.deepEqual(callSite(on.lines, 'fib(20)'), { at: `p${counter - 1}.ts:2:11`, op: 'call', expr: 'fib(20)', value: '6765' });
    assert.match(on.c, /\/\* 6765 \*\//);
    const off = compile(src, 'off');
    assert.equal(off.text, '');
    assert.doesNotMatch(off.c, /\/\* 6765 \*\//);
  });

  it('turns a CRC-32 table built at start-up into an array literal of constants', () => {
    const src = `function buildCrcTable(): number[] {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  return table;
}
const TABLE = buildCrcTable();
console.log(TABLE[255]);
`;
    const { c, lines } = compile(src);
    const site = callSite(lines, 'buildCrcTable()');
    assert.equal(site.value, showValue(nodeValues(src, ['TABLE'])[0]));
    assert.match(c, /items_\[256\] = \{\(\(tsn_value\)0x0002000000000000ull \/\* 0 \*\/\), \(\(tsn_value\)0x41dfc1cc25800000ull \/\* 1996959894 \*\/\)/);
  });

  it('memoises pure recursion, so fib(30) folds within the fuel', () => {
    const { lines } = compile('function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\nconsole.log(fib(30));\n');
    assert.equal(callSite(lines, 'fib(30)').value, '832040');
  });

  it('gives every call site a fresh value: two folded calls are two literals', () => {
    const src = 'function pair(): number[] { return [1, 2]; }\nconst A = pair();\nconst B = pair();\nA.push(3);\nconsole.log(A === B, A, B);\n';
    const { c, lines } = compile(src);
    assert.equal(callSite(lines, 'pair()').value, '[1,2]');
    assert.equal(lines.filter((l) => l.expr === 'pair()' && l.value === '[1,2]').length, 2);
    // One literal in pair's own body, one at each folded call site.
    assert.equal(c.match(/items_\[2\]/g)?.length, 3);
    assert.equal(compile(src, 'off').c.match(/items_\[2\]/g)?.length, 1);
  });

  // Each case is a function body; its folded value must be exactly what Node computes.
  const cases: Readonly<Record<string, string>> = {
    labels: 'let s = ""; outer: for (let i = 0; i < 4; i++) { for (let j = 0; j < 4; j++) { if (j === 2) continue outer; if (i === 3) break outer; s += `${i}${j},`; } } return s;',
    switchFallthrough: 'const out: string[] = []; for (const v of [0, 1, 2, 7]) { switch (v) { case 0: out.push("zero"); case 1: out.push("one"); break; default: out.push("dflt"); case 2: out.push("two"); } } return out.join();',
    perIterationLet: 'let g = () => -1; for (let i = 0; i < 3; i++) { if (i === 0) g = () => i; } return g();',
    sharedVar: 'let g = () => -1; for (var i = 0; i < 3; i++) { if (i === 0) g = () => i; } return g();',
    closureCounter: 'const mk = () => { let n = 0; return () => ++n; }; const c = mk(); c(); c(); return c() * 10 + mk()();',
    forInDelete: 'const o: Record<string, number> = { b: 1, 2: 2, a: 3, 1: 4 }; const ks: string[] = []; for (const k in o) { ks.push(k); delete o.a; } return ks;',
    forOfSurrogates: 'const cps: number[] = []; for (const ch of "a\\u{1F600}b\\uD800") cps.push(ch.codePointAt(0)!); return cps;',
    arrayMethods: 'const a = [5, 1, 10, 2].map((x) => x * 3).filter((x) => x % 2 === 0); a.sort(); const b = [3, 1, 2].sort((x, y) => y - x); return [a, b, [1, [2, [3]]].flat(2), [1, 2, 3].reduce((p, x) => p * 10 + x, 0), a.splice(1, 1)];',
    stringMethods: 'return ["x".padStart(4, "ab"), "a-b-c".split("-"), "aXbX".replaceAll("X", "$&$&"), "abc".at(-1), "abc".lastIndexOf("c"), " t ".trim()];',
    numberFormatting: 'return [(255).toString(36), (0.1).toFixed(20), (1e21).toPrecision(21), (123.456).toExponential(2), String(-0), `${1e-7}`];',
    keyOrder: 'const o: Record<string, number> = {}; o.b = 1; o[2] = 2; o.a = 3; o[1] = 4; return o;',
    holes: 'const a: (number | undefined)[] = [1, , 3]; a[5] = 6; return a;',
    negativeZero: 'const z = 0; return [z * -1, -0 + 0, Math.round(-0.4), 1 / (z * -1), Object.is(-z, -0)];',
    specialNumbers: 'const z = 0; return [z / z, 1 / z, -1 / z, 2 ** 53 + 1, 0.1 + 0.2, 2 ** 31 | 0, -1 >>> 0, 7 % -3, -7 % 3];',
    json: 'return JSON.stringify({ a: [1, "x", null, true], b: { c: -0, d: NaN } }) + JSON.parse("[1,2]").length;',
    namedRecursion: 'const f = function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }; return f(10);',
    defaultsAndRest: 'const g = (a: number, b = a * 2, ...rest: number[]) => [a, b, rest.length, ...rest]; return [g(1), g(1, 5, 7, 8)];',
    doWhile: 'let i = 0; let s = 0; do { i++; if (i % 2) continue; s += i; } while (i < 10); return s;',
    typeofClosure: 'const f = () => 1; return [typeof f, typeof null, typeof undefined, typeof [], typeof ""];',
    mixedCoercions: 'return ["10" < "9", "10" < (9 as any), null == (0 as any), undefined == null, ([] as any) + {}, [1, 2] + "", Math.max("3" as any, 2), +"0x1F", Number("  12  ")];',
    arrayFrom: 'return [Array.from({ length: 5 }, (_, i) => i * i), new Array(3).fill(0), [10, 9, 1].sort(), Array.from("h\\u00e9")];',
    nested: 'const rows: { id: number; tags: string[] }[] = []; for (let i = 0; i < 3; i++) rows.push({ id: i, tags: ["t" + i] }); return rows;',
    whileBreak: 'let n = 27; let steps = 0; while (true) { if (n === 1) break; n = n % 2 ? 3 * n + 1 : n / 2; steps++; } return steps;',
    loneSurrogate: 'return "\\uD800" + "x" + String.fromCharCode(0xDC00);',
    destructuring: 'const [a, , b = 7, ...rest] = [1, 2, undefined, 4, 5]; const { x, y: [z], ...others } = { x: 1, y: [2], w: 3, v: 4 }; const [c1, c2] = "h\\u{1F600}"; return [a, b, rest, x, z, others, c1, c2];',
    optionalAndNullish: 'const o: { a?: { b: number } } = { a: { b: 2 } }; let u: number | undefined; u ??= 5; return [o.a?.b, (o as any).c?.d, u, o.a!.b ||= 9];',
  };

  it('evaluates statements, closures, built-ins and data exactly as Node does', () => {
    const names = Object.keys(cases);
    const src = names.map((n) => `function ${n}(): unknown { ${cases[n]} }\nconst R_${n} = ${n}();\n`).join('') + 'console.log(0);\n';
    const { lines } = compile(src);
    const expected = nodeValues(src, names.map((n) => `R_${n}`));
    names.forEach((n, i) => {
      const site = callSite(lines, `${n}()`);
      assert.equal(site.bail, undefined, `${n} bailed: ${site.bail}`);
      assert.equal(site.value, showValue(expected[i]), n);
    });
  });
});

describe('comptime bails', () => {
  const bails: readonly (readonly [string, string, string])[] = [
    ['function f(): number { console.log(1); return 1; }', 'f()', 'I/O (console)'],
    ['function f(): number { return Math.random(); }', 'f()', 'Math.random'],
    ['function f(): number { return new Map<number, number>().size; }', 'f()', 'constructs an object (new Map)'],
    ['let counter = 0;\ncounter++;\nfunction f(): number { return counter + 1; }', 'f()', "reads mutable binding 'counter'"],
    ['var last = 0;\nfunction f(x: number): number { last = x; return x; }', 'f(2)', "assigns outer binding 'last'"],
    ['function f(): number { throw new Error("no"); }', 'f()', 'throws'],
    ['function f(): number { try { return 1; } finally { } }', 'f()', 'has a try statement'],
    ['function f(): number { let i = 0; while (i >= 0) i++; return i; }', 'f()', 'fuel exhausted (1000000 steps)'],
    ['function f(n: number): number { return n === 0 ? 0 : 1 + f(n - 1); }', 'f(1000)', 'recursion deeper than 400 calls'],
    ['function f(): () => number { return () => 1; }', 'f()', 'result holds a function'],
    ['function f(): number[][] { const x = [1]; return [x, x]; }', 'f()', 'result shares an object between two places'],
    ['function f(): unknown { const o: any = null; return o.x; }', 'f()', 'reads a property of null (throws TypeError)'],
    ['function f(): string { return (1.5).toFixed(101); }', 'f()', '.toFixed throws RangeError'],
    ['function f(): unknown { return [].map; }', 'f()', "reads inherited property 'map'"],
    ['(Array.prototype as any).total = 1;\nfunction f(): number { return 1; }', 'f()', 'the program may modify built-ins (uses .prototype)'],
  ];
  for (const [decls, call, reason] of bails) {
    it(`${call} with ${reason}`, () => {
      const { lines, c } = compile(`${decls}\nconsole.log(${call});\n`);
      assert.equal(callSite(lines, call).bail, reason);
      assert.match(c, /tsn_call\w*\(\w+, TSN_UNDEFINED/); // the call stays for run time
    });
  }

  it('does not fold a call that would read a constant in its TDZ (Node throws there)', () => {
    const { lines } = compile('function f(): number { return K; }\nconst A = f();\nconst K = 1;\nconsole.log(A);\n');
    assert.equal(callSite(lines, 'f()').bail, "reads 'K', which may not be initialised yet");
  });
});

describe('constant propagation and expression folding', () => {
  it('propagates module constants into functions when no code runs before their initialisation', () => {
    const src = 'const N = 12;\nconst NAME = "tsn";\nfunction g(x: number): number { return x * N + NAME.length; }\nconsole.log(g(Number(process.argv.length)));\n';
    const { lines } = compile(src);
    assert.deepEqual(lines.filter((l) => l.op === 'const').map((l) => [l.at.replace(/^p\d+\.ts:/, ''), l.name, l.value]), [['3:44', 'N', '12'], ['3:48', 'NAME', '"tsn"']]);
    assert.ok(lines.some((l) => l.op === '.length' && l.value === '3'));
  });

  it('keeps reads in functions of a constant declared after code that runs (it may be read in its TDZ)', () => {
    const src = 'function g(): number { return K; }\nconsole.log(1);\nconst K = 5;\nconsole.log(g(), K + 1);\n';
    const { lines } = compile(src);
    assert.deepEqual(lines.filter((l) => l.op === 'const').map((l) => l.at.replace(/^p\d+\.ts:/, '')), ['4:18']);
  });

  it('folds operators, templates, Math, conversions and methods with their JS semantics', () => {
    const src = [
      'const Z = 0;',
      'console.log(Z * -1, 0 / Z, "10" < (9 as any), `a${1 + 1}b`, Math.max(1, Z, -3), String(-0), "ab".padStart(5, "-"), typeof Z, Z ? 1 : "no");',
      'const S = "\\uD800" + "!";',
      'console.log(S);',
    ].join('\n') + '\n';
    const { lines, c } = compile(src);
    const byOp = (op: string) => lines.filter((l) => l.op === op).map((l) => l.value);
    assert.deepEqual(byOp('*'), ['-0']);
    assert.deepEqual(byOp('/'), ['NaN']);
    assert.deepEqual(byOp('<'), ['false']);
    assert.deepEqual(byOp('template'), ['"a2b"']);
    assert.deepEqual(byOp('Math.max'), ['1']);
    assert.deepEqual(byOp('String'), ['"0"']);
    assert.deepEqual(byOp('.padStart'), ['"---ab"']);
    assert.deepEqual(byOp('typeof'), ['"number"']);
    assert.deepEqual(byOp('?:'), ['"no"']);
    assert.deepEqual(byOp('+').slice(-1), ['"\\ud800!"']);
    assert.match(c, /0x8002000000000000ull \/\* -0 \*\//);
    assert.match(c, /\{55296,33\}/);
  });

  it('with --comptime=off reports nothing and leaves the operators for run time', () => {
    const { text, c } = compile('const A = 2;\nconsole.log(A * 21);\n', 'off');
    assert.equal(text, '');
    assert.doesNotMatch(c, /\/\* 42 \*\//);
  });

  it('writes a sorted, duplicate-free report and traces each entry on stderr with TSN_COMPTIME_TRACE=1', () => {
    const writes: string[] = [];
    const write = process.stderr.write;
    process.env.TSN_COMPTIME_TRACE = '1';
    process.stderr.write = ((chunk: string) => writes.push(chunk) > 0) as typeof process.stderr.write;
    let result;
    try {
      result = compile('const B = 1 + 2;\nfunction h(): number { return B * 2; }\nconsole.log(h(), B);\n');
    } finally {
      process.stderr.write = write;
      delete process.env.TSN_COMPTIME_TRACE;
    }
    const positions = result.lines.map((l) => l.at.split(':').slice(1).map(Number));
    const sorted = [...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    assert.deepEqual(positions, sorted);
    assert.equal(new Set(result.text.split('\n')).size, result.text.split('\n').length);
    assert.deepEqual([...writes].map((w) => JSON.parse(w).op).sort(), result.lines.map((l) => l.op).sort());
  });
});
