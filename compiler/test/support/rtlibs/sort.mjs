// sort.mjs — the JavaScript equivalent of sort.c.
import { T } from './testlib.mjs';

let compares = 0;
const numeric = (a, b) => { compares++; return a - b; };
const greaterBool = (a, b) => { compares++; return a > b; };
const byKey = (a, b) => { compares++; return a.k - b.k; };
const alwaysNaN = () => { compares++; return NaN; };
const stringResult = (a, b) => { compares++; return a < b ? '-1' : '1'; };
const chaotic = (a, b) => {
  compares++;
  let h = (Math.imul(a | 0, 2654435761) ^ Math.imul(b | 0, 40503)) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  h = (h ^ (h >>> 15)) >>> 0;
  return (h % 3) - 1;
};
const thrower = () => { throw new TypeError('cmp failed'); };

function randomArray(n, range, seed) {
  const a = [];
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    a.push((seed >>> 8) % range);
  }
  return a;
}
const withCount = (result) => { const r = [result, compares]; compares = 0; return r; };
const keyed = (k, t) => { const o = new Object(); o.k = k; o.t = t; return o; };

T('default', () => [10, 9, 1, 100, -1, -10, 0.5, -0, 'b', 'a', 'B', ''].sort());
T('default mix', () => [3, undefined, 1, , 'b', 10, null, true, 'a', 2, undefined].sort());
T('default surrogates', () => ['\uff61', '\ud83d\ude00', '\ue000', 'z'].sort());
const obj = new Object();
obj.toString = () => 'x';
T('default objects', () => ['y', obj, 'w', [1, 2], []].sort());
T('numeric', () => withCount([10, 9, 1, 100, -1].sort(numeric)));
T('bool comparator', () => withCount([5, 1, 4, 2, 3].sort(greaterBool)));
T('bool comparator 40', () => withCount(randomArray(40, 50, 7).sort(greaterBool)));
T('nan comparator', () => withCount([3, 1, 2].sort(alwaysNaN)));
T('string comparator', () => withCount([3, 1, 2, 5, 4].sort(stringResult)));
T('stable', () => [keyed(1, 'a'), keyed(0, 'b'), keyed(1, 'c'), keyed(0, 'd'), keyed(1, 'e'), keyed(0, 'f')].sort(byKey));
T('chaotic 10', () => withCount(randomArray(10, 100, 1).sort(chaotic)));
T('chaotic 100', () => withCount(randomArray(100, 100, 2).sort(chaotic)));
T('chaotic 1000', () => withCount(randomArray(1000, 1000, 3).sort(chaotic)));
T('numeric 2000', () => withCount(randomArray(2000, 100000, 4).sort(numeric)));
T('numeric runs', () => withCount(randomArray(300, 1000, 5).toSorted().concat(randomArray(300, 10, 6)).sort(numeric)));
const desc = [];
for (let i = 500; i > 0; i--) desc.push(i % 97);
T('descending runs', () => withCount(desc.sort(numeric)));
T('default 300', () => randomArray(300, 1000, 8).sort());
T('holes kept at end', () => [3, , 1, undefined, ,].sort());
T('sort returns this', () => desc === desc.sort());
T('bad comparator', () => [1].sort(5));
T('bad comparator obj', () => [1].sort(new Object()));
T('bad comparator str', () => [].sort('ab'));
T('throwing comparator', () => [2, 1].sort(thrower));
T('symbols', () => [Symbol()].sort());
T('symbols compare', () => [Symbol(), 1].sort());
const like = new Object();
like.length = 4;
like['0'] = 'd';
like['1'] = 'a';
like['3'] = 'b';
T('array-like', () => Array.prototype.sort.call(like));
const orig = [3, , 1];
T('toSorted', () => [orig.toSorted(), orig]);
T('toSorted cmp', () => [3, 20, 100].toSorted(numeric));
T('toSorted bad', () => [].toSorted(null));
