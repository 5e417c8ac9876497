/**
 * The JS side of the hand-written util.inspect / console cases: each entry is the program text that
 * prints, in Node, what the C function of the same name in support/inspect/cases.c prints through
 * the runtime. Same names, same order; every snippet runs in its own block of one Node program.
 */

/** One case: its name (as in cases.c) and the statements Node runs for it. */
export interface InspectCase {
  readonly name: string;
  readonly js: string;
}

export const INSPECT_CASES: readonly InspectCase[] = [
  {
    name: 'primitives',
    js: `console.log(1, -0, 0, NaN, Infinity, -Infinity, 1e21, 1e-7, 123.456, true, false, null, undefined);
      console.log([-0, 0, NaN, -1.5e-10, null, undefined, true]);`,
  },
  {
    name: 'top_level_strings',
    js: `console.log('a', 'b\\nc', "it's", 1, 'x'); console.log(''); console.log('%'); console.log();`,
  },
  {
    name: 'string_quoting',
    js: `console.log(['a', "it's", 'say "hi" it\\'s', 'a\\'b"c\`d', 'a\\'b"c\${d}', 'back\\\\slash']);
      console.log([String.fromCharCode(0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 127, 0x85, 0x9f, 0xa0, 122)]);
      console.log(['\\ud800', 'x\\udc00y', '\\ud83d\\ude00', '\\udbffq\\ud800\\udc00']);
      console.log({ s: "'\\ud800", t: 'é中文' });`,
  },
  {
    name: 'long_strings',
    js: `console.log(['short', 'a somewhat longer string that goes past the break length of eighty columns for sure']);
      console.log({ text: 'line one\\nline two\\nline three is here\\n' });
      console.log(['0123456789abcdef\\n', '0123456789abcdefg\\nh']);
      console.log({ nested: { deeper: 'this string is long enough to be split on its newline\\nsecond line' } });
      console.log(['x'.repeat(10005)]);
      console.log(['ab\\n'.repeat(30)]);`,
  },
  {
    name: 'symbols',
    js: `console.log(Symbol('x'), Symbol(), [Symbol('a b')], Symbol.iterator);
      console.log({ plain: 1, [Symbol('k')]: 1, [Symbol("it's")]: 2, [Symbol()]: 3 });`,
  },
  {
    name: 'number_grouping',
    js: `const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
      const wide = (i) => (i * i * 7919) % 100003;
      for (const n of [6, 7, 8, 10, 16, 26, 27, 50, 100, 101, 120]) { console.log(range(n, (i) => i)); console.log(range(n, wide)); }
      console.log(range(30, (i) => i % 10));
      console.log(range(40, (i) => ((i * 37) % 1000) / 8));
      console.log(range(33, (i) => -((i * 13) % 97)));`,
  },
  {
    name: 'string_grouping',
    js: `const words = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ff', 'g', 'hhhhhhh', 'ii', 'jjj'];
      for (let n = 7; n <= 40; n += 11) console.log(Array.from({ length: n }, (_, i) => words[(i * 7) % 10]));
      console.log(Array.from({ length: 24 }, (_, i) => i % 3 === 0 ? words[i % 10] : i * 11));
      console.log(['中文', 'abc', '😀', 'é', '日本語テキスト', 'x', 'yy', '한국어']);
      console.log([1, 2, 3, 4, 5, 6, [7, 8], { a: 1 }, null, undefined]);
      const wide = (i) => (i * i * 7919) % 100003;
      console.log({ inner: Array.from({ length: 30 }, (_, i) => wide(i)) });
      console.log({ a: { b: Array.from({ length: 26 }, (_, i) => i) } });`,
  },
  {
    name: 'line_breaking',
    js: `for (let w = 1; w <= 12; w++) { const o = {}; for (let i = 0; i < 6; i++) o['k' + i] = 'v'.repeat(w); console.log(o); }
      for (let n = 3; n <= 9; n++) { const o = {}; for (let i = 0; i < n; i++) o['property_' + String.fromCharCode(97 + i)] = i * 1000; console.log(o); }
      console.log([{ a: 1, b: 'two' }, { a: 3, b: 'four' }]);
      console.log(['w'.repeat(20), 'w'.repeat(20), 'w'.repeat(20), 'w'.repeat(20)]);
      console.log(['w'.repeat(15), 'w'.repeat(15), 'w'.repeat(15), 'w'.repeat(13)]);`,
  },
  {
    name: 'nesting_depth',
    js: `console.log({ a: { b: { c: { d: 1 } } } });
      console.log([[[[1]]]]);
      console.log({ a: [{ b: { c: 1 } }] });
      console.log({ a: { b: { c: {} } } });
      console.log({ a: { b: { c: [] } } });
      console.log({ a: { b: { c: new Map() } } });
      console.log({ a: { b: { c: new Map([[1, 2]]) } } });
      console.log({ a: { b: { c: new Set([1]) } } });
      const np = Object.create(null); np.x = 1;
      console.log({ a: { b: { c: np } } });
      console.log({ first: [1, 2, 3], second: { inner: [1, 2, 3] } });`,
  },
  {
    name: 'circular',
    js: `const o = { name: 'o' }; o.self = o; console.log(o);
      const a = [1]; a.push(a); console.log(a);
      const x = {}; const y = { x }; x.y = y; console.log([x, y]);
      const m = new Map(); m.set('me', m); console.log(m);
      const p = {}, q = {}; p.q = q; q.p = p; q.q = q; console.log(p);`,
  },
  {
    name: 'maps_and_sets',
    js: `console.log(new Map([['a', 1], ['b', { c: [1, 2] }]]));
      console.log(new Set([1, 'two', [3]]));
      console.log(new Map(), new Set());
      console.log(new Map([[{ k: 1 }, [1]]]));
      console.log(new Map(Array.from({ length: 101 }, (_, i) => [i, i * 2])));
      const withProp = new Map([['a', 1]]); withProp.extra = 1; console.log(withProp);
      const emptyWithProp = new Set(); emptyWithProp.x = 2; console.log(emptyWithProp);
      console.log(new Set([-0, 0]), [-0]);
      console.log({ m: new Map([['inner', new Map([['x', new Set([[1]])]])]]) });
      console.log(new Set(Array.from({ length: 30 }, (_, i) => i * 1000)));`,
  },
  {
    name: 'classes',
    js: `class Foo {} class Bar extends Foo {}
      const f = new Foo(); f.x = 1;
      console.log(f, new Bar(), [Foo, Bar]);
      const b = new Bar(); b.list = [1, 2]; b.child = f; console.log(b);
      console.log(new (class {})(), class {});
      class S {} S.n = 1; console.log(S);
      class Q { get [Symbol.toStringTag]() { return 'Z'; } }
      console.log(new Q());
      const ownTag = { a: 1 }; ownTag[Symbol.toStringTag] = 'T'; console.log(ownTag);
      console.log({ a: { b: { c: f } } });
      class Custom { toString() { return 'custom!'; } }
      console.log('%s|%s', new Custom(), new Foo());
      class MyArr extends Array {}
      const ma = new MyArr(); ma.push(1); ma.push(2); console.log(ma, new MyArr());
      class MyMap extends Map {}
      console.log(new MyMap().set('k', 1));`,
  },
  {
    name: 'null_prototype',
    js: `const empty = Object.create(null); const full = Object.create(null); full.a = 1; full.b = { c: 2 };
      console.log(empty, full, [full]);
      console.log(Object.create(empty));`,
  },
  {
    name: 'functions',
    js: `function foo() {}
      console.log(foo, function () {}, (() => { const arrow = () => {}; return arrow; })(), () => {});
      function g() {} g.a = 1; g.nested = { b: 2 }; console.log(g);
      console.log(Math.max, Math, JSON);
      console.log(foo.bind(null));
      console.log({ method() {}, list: [foo, foo] });
      console.log({ a: { b: { c: g, d: foo } } });
      console.log(Symbol, Map, TypeError);
      console.log(function () {}.bind(null), foo.bind(null).bind(null));`,
  },
  {
    name: 'accessors',
    js: `const o = { plain: 1 };
      Object.defineProperty(o, 'g', { get() { return 1; }, enumerable: true, configurable: true });
      Object.defineProperty(o, 's', { set(v) {}, enumerable: true, configurable: true });
      Object.defineProperty(o, 'gs', { get() { return 1; }, set(v) {}, enumerable: true, configurable: true });
      console.log(o);`,
  },
  {
    name: 'errors',
    js: `const errorWith = (E, m, k, v) => { const e = new E(m); e[k] = v; return e; };
      console.log(new Error('boom'));
      console.log(new TypeError('bad'), 1);
      console.log(new RangeError(''));
      console.log({ e: new Error('nested') });
      console.log([errorWith(Error, 'with code', 'code', 'E_X')]);
      console.log(errorWith(Error, 'props', 'n', 42));
      class MyError extends Error {}
      console.log(new MyError('mine'));
      class Plain extends Error {}
      const validation = new Plain('mine'); console.log(validation);
      validation.name = 'ValidationError'; console.log(validation);
      console.log(new Error('outer', { cause: new Error('inner') }));
      console.log(new Error('multi\\nline message'));
      console.log({ a: { b: { c: { d: errorWith(Error, 'deep', 'x', 1) } } } });
      console.log('%s', new Error('as %s'));
      console.log(new Error());`,
  },
  {
    name: 'boxed_primitives',
    js: `console.log(new Number(3), new String('ab'), new Boolean(false), Object(Symbol('s')), new Number(-0));
      const boxed = new String('ab'); boxed.x = 1; console.log(boxed);
      console.log(Number.prototype, String.prototype, Symbol.prototype);`,
  },
  {
    name: 'iterators',
    js: `const m = new Map([['a', 1], ['b', { x: 1 }]]);
      console.log(m.keys(), m.values(), m.entries());
      const s = new Set([1, 2]);
      console.log(s.values(), s.entries());
      const it = m.keys(); it.next(); console.log(it); it.next(); it.next(); console.log(it);
      console.log([1, 2][Symbol.iterator]());
      console.log('ab'[Symbol.iterator]());
      console.log(new Set(Array.from({ length: 103 }, (_, i) => i)).values());`,
  },
  {
    name: 'sparse_arrays',
    js: `const a = new Array(6); a[1] = 1; a[4] = 2; console.log(a, new Array(5), new Array(1));
      const b = [1, 2, 3]; b[10] = 4; console.log(b);
      const c = []; c[200] = 1; console.log(c);
      const d = [1, 2]; d.k = 'v'; d[Symbol('s')] = 3; console.log(d);
      const e = []; for (let i = 0; i < 120; i++) if (i % 7 !== 3) e[i] = i; console.log(e);
      const f = []; f.only = 1; console.log(f, []);
      const g = new Array(3); g[0] = undefined; console.log(g);
      const holes = new Array(150); holes[120] = 1; console.log(holes);`,
  },
  {
    name: 'object_keys',
    js: `const o = {};
      ['a', 'b-c', '1', '_x', '$y', 'with space', "it's", '__proto__', '', 'Z9', '9Z', 'é'].forEach((k, i) =>
        Object.defineProperty(o, k, { value: i, writable: true, enumerable: true, configurable: true }));
      console.log(o);
      const hidden = { shown: 1 }; Object.defineProperty(hidden, 'hidden', { value: 2, writable: true, configurable: true });
      console.log(hidden);
      const order = {}; order.b = 1; order['10'] = 2; order['2'] = 3; order.a = 4; console.log(order);`,
  },
  {
    name: 'format_specifiers',
    js: `console.log('%s', 'str');
      console.log('%s %s %s', 42, -0, null);
      console.log('%s|%s', undefined, Symbol('s'));
      console.log('%s', { a: { b: { c: 1 } } });
      console.log('%s', [1, [2, [3]]]);
      console.log('%d|%d|%d|%d|%d|%d|%d|%d', '42', 42.5, '0x10', {}, [], -0, null, '');
      console.log('%i|%i|%i|%i|%i', 42.9, '42.9px', '-0.5', 'abc', Symbol('x'));
      console.log('%f|%f|%f|%f', '3.14abc', 'x', -0, '  1e3');
      const circ = { a: 1 }; circ.self = circ;
      console.log('%j|%j|%j|%j', { a: [1, 'x'] }, circ, undefined, 'str');
      console.log('%o', { a: 1 });
      console.log('%o', [1, 2]);
      console.log('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
      console.log('%O', { a: { b: { c: { d: 1 } } } });
      const hidden = { shown: 1 }; Object.defineProperty(hidden, 'hidden', { value: [1], writable: true, configurable: true });
      console.log('%o|%O', hidden, hidden);
      console.log('%o', [[1], { a: [] }]);
      console.log('%o', new Map());
      console.log('%o', new String('ab'));
      console.log('%o', function foo() {});
      class PA { get g() { return 1; } m() { return 1; } }
      const pinst = new PA(); pinst.v = 1;
      console.log('%o', pinst);
      console.log('%o', PA);
      console.log('a%cb', 'color: red');
      console.log('100%%');
      console.log('100%%', 1);
      console.log('a%', 1);
      console.log('%s %s', 'a');
      console.log('%s', 'a', 'b', { c: 1 });
      console.log('%x %s', 1);
      console.log(1, '%s', 2);
      console.log('%%s %s', 'a');
      console.log('%s:%s', 'only');`,
  },
  {
    name: 'console_methods',
    js: `console.error('to stderr');
      console.warn('warned');
      console.info('info %d', 5);
      console.debug('debug');
      console.group('group');
      console.log({ multi: 'm'.repeat(40), line: 'l'.repeat(40) });
      console.group();
      console.error('inner error');
      console.groupEnd(); console.groupEnd(); console.groupEnd();
      console.log('after groups');
      console.assert(false, 'boom %d', 3);
      console.assert(false);
      console.assert(false, { a: 1 });
      console.assert(true, { a: 1 });
      console.count(); console.count(); console.count('x'); console.countReset('x'); console.count('x');
      const deep = { a: { b: { c: { d: 1 } } } };
      console.dir(deep, { depth: 0 }); console.dir(deep); console.dir(deep, { depth: null });
      console.trace('t %s', 'u');`,
  },
  {
    name: 'console_table',
    js: `console.table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4] }, 5, 'str']);
      console.table(new Set([1, 'a']).entries());
      console.table(new Set([1, 'a']));
      console.table(new Map([['k', { x: 1, y: 2, z: 3 }], ['j', 2]]));
      console.table(new Map([['k', 1]]).entries());
      console.table(new Map([['k', 1]]).keys());
      console.table({ r1: { '2': 'two', b: 1, '1': 'one' }, r2: { b: 2 } });
      console.table([[1, 2], [3]]);
      console.table([{ a: 1 }, { a: 2 }], ['a', 'z']);
      console.table([1, 2], ['a']);
      console.table(5); console.table(null); console.table('s'); console.table(() => 1);
      console.table([]);
      console.table({ 中文: '日本', é: 'x' });
      console.group('g'); console.table([1]); console.groupEnd();`,
  },
];
