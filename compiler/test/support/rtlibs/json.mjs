// json.mjs — the JavaScript equivalent of json.c.
import { T } from './testlib.mjs';

let trace = [];
const timesTen = (k, v) => (typeof v === 'number' ? v * 10 : v);
const dropB = (k, v) => (k === 'b' ? undefined : v);
const keyJson = (k) => 'K=' + k;
const selfForA = function (k, v) { return k === 'a' ? this : v; };
const reviveLog = function (k, v, ctx) {
  trace.push([k, v, ctx, typeof this === 'object' && this !== null]);
  if (typeof v === 'number') return v + 1;
  if (String(k) === 'drop') return undefined;
  return v;
};
const reviveReplace = function (k, v, ctx) {
  trace.push([k, ctx]);
  if (String(k) === 'a') this.b = 99;
  return v;
};

const badInputs = [
  '', ' ', 'xyz', '{', '{"a":1', '{"a" 1}', '{a:1}', '[1,]', '[1 2]', '{"a":1,}', '"abc', '"a\\x"',
  '"\\u12G4"', 'tru', 'nul', '01', '1.', '-', '1e', '.5', '[', ']', '"\t"', '"a\nb"', '1 2', '{"a":1}x',
  'undefined', 'NaN', 'Infinity', '[object Object]', '-Infinity', '[1,2', '{"a":', '"\\', '{"x":1,"y"}',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '{"abc": tru}', 'é', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,x]',
  '\n\n  x', '{"a":1 "b":2}', '[1,2 3]', '1e+', '-a', '+1', "'a'", '[1,,2]', '{,}', '{"a"}', '{"a":}', '123abc',
  'true false', '[1,\r\n2 x]', '[1,\r2,\n\n3 x]', 'trux', 't1', 'nul"', '"\\Ā"', '[\r\n\r\n', '\u2028', '-01', '0x',
  '1-2', '[[[[[[[[[[[[[[[[[[[[[[[[[[x', '{"a":[1,{"b":[2,{"c":x}]}]}', 'xxxxxxxxxxxxxxxxxxxxx', '01234567890123456789a',
];

const o = new Object();
o.b = 1;
o['2'] = 'two';
o.a = [1, , undefined, null, NaN, -0, 1e21, Infinity];
o['1'] = new Object();
o.u = undefined;
o.f = timesTen;
o.s = Symbol();
o.nested = [new Object(), [], [[]]];
T('basic', () => JSON.stringify(o));
T('indent 2', () => JSON.stringify(o, null, 2));
T('indent 20', () => JSON.stringify([1, [2]], null, 20));
T('indent 3.7', () => JSON.stringify([1], null, 3.7));
T('indent -1', () => JSON.stringify([1], null, -1));
T('indent str', () => JSON.stringify([1, [2]], null, '--------------x'));
T('indent Number', () => JSON.stringify([1], null, new Number(2)));
T('indent String', () => JSON.stringify([1], null, new String('ab')));
T('indent empty', () => JSON.stringify([new Object(), []], null, 4));
T('replacer fn', () => JSON.stringify(o, timesTen));
T('replacer drop', () => JSON.stringify(o, dropB));
T('replacer list', () => JSON.stringify(o, ['a', 1, 'a', new String('b'), new Object(), 2], 1));
T('replacer this', () => JSON.stringify(o, selfForA));
const tj = new Object();
tj.toJSON = keyJson;
const holder = new Object();
holder.x = tj;
holder.y = [tj];
T('toJSON', () => JSON.stringify(holder));
T('toJSON top', () => JSON.stringify(tj));
T('wrappers', () => JSON.stringify([new Number(5), new String('s'), new Boolean(false)]));
T('strings', () => JSON.stringify('a"\\\n\r\t\b\f\u0001\u001f\u007f\u2028\ud800\udc00\udc00x\ud800'));
T('top undefined', () => JSON.stringify(undefined));
T('top function', () => JSON.stringify(keyJson));
T('top symbol', () => JSON.stringify(Symbol()));
T('top numbers', () => [JSON.stringify(0.1), JSON.stringify(-0), JSON.stringify(NaN), JSON.stringify(true), JSON.stringify(null)]);
T('map set error', () => JSON.stringify([new Map(), new Set([1]), new Error('x')]));

const self = new Object();
self.x = 1;
self.self = self;
T('cycle self', () => JSON.stringify(self));
const deep = new Object(), p = new Object(), r = new Object();
deep.p = p;
p.q = [1, r];
r.r = deep;
T('cycle deep', () => JSON.stringify(deep));
const ca = [1];
ca.push(ca);
T('cycle array', () => JSON.stringify(ca));
const names = ['a', 'b', 'c', 'd', 'e', 'f'];
const l0 = new Object();
let cur = l0;
for (let i = 0; i < 6; i++) { const next = new Object(); cur[names[i]] = next; cur = next; }
cur.g = l0;
T('cycle long', () => JSON.stringify(l0));
const l1 = new Object();
let c1 = l1;
for (let i = 0; i < 4; i++) { const next = new Object(); c1[names[i]] = next; c1 = next; }
c1.z = l1.a;
T('cycle four', () => JSON.stringify(l1));
T('cycle via replacer', () => JSON.stringify(o, selfForA, 2));

T('parse values', () => [JSON.parse(' [1, -0, 0.5e-3, 1E+2, 123456789012345678901234567890, true, false, null, "x"] '),
  JSON.parse('-0'), JSON.parse('"\\ud834\\udd1e\\u00e9\\/\\b\\f\\n\\r\\t\\"\\\\"'), JSON.parse('"\\ud800"')]);
T('parse object', () => JSON.parse('{"__proto__":[1],"b":2,"1":3,"a":4,"b":5, "":{"":[]}}'));
T('parse proto own', () => JSON.parse('{"__proto__":1}').hasOwnProperty('__proto__'));
T('parse nested', () => JSON.parse('{"a":[{"b":{"c":[[[]]]}}],"d":"\\u0000"}'));
T('parse toString', () => JSON.parse([1]));
T('parse number arg', () => JSON.parse(12));
badInputs.forEach((s, i) => T('bad ' + i, () => JSON.parse(s)));
T('bad lone surrogate', () => JSON.parse('\ud800'));
T('bad null char', () => JSON.parse('[1\u0000]'));
T('reviver', () => [JSON.parse('{"a":[1,{"x":"y"}],"drop":true,"n":null}', reviveLog), trace]);
trace = [];
T('reviver mutation', () => [JSON.parse('{"a":1,"b":2,"c":[3]}', reviveReplace), trace]);
trace = [];
T('reviver primitive', () => [JSON.parse('5', reviveLog), trace]);
T('reviver non-callable', () => JSON.parse('[1]', 5));
