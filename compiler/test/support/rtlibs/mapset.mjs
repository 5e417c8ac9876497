// mapset.mjs — the JavaScript equivalent of mapset.c.
import { T } from './testlib.mjs';

let trace = [];
let target;
const mutating = (v, k) => {
  trace.push(String(k) + '=' + String(v));
  if (k === 1) target.delete(2);
  if (k === 3) target.set(10, 'ten');
  if (k === 10) target.delete(1);
  if (k === 4) target.set(1, 'one again');
};
const setMutating = (v) => {
  trace.push(String(v));
  if (v < 5) target.add(v + 10);
  if (v === 11) target.clear();
};
const argsThis = function (v, k, coll) { trace.push([v, k, coll === target, this]); };
const parity = (x) => (x % 2 === 0 ? 'even' : 'odd');
const drain = (it) => { const out = []; for (let i = 0; i < 1000; i++) { const r = it.next(); if (r.done) return out; out.push(r.value); } return out; };
const takeTrace = () => { const r = trace; trace = []; return r; };

const obj = new Object(), arr = [];
const m = new Map();
T('set chain', () => m.set(1, 'a') === m);
m.set(NaN, 'nan');
m.set(-0, 'zero');
m.set('k', 'str');
m.set(obj, 'obj');
m.set(arr, 'arr');
m.set(undefined, 'undef');
m.set(null, 'null');
m.set(1, 'a2');
T('map', () => m);
T('size', () => m.size);
T('get', () => [m.get(NaN), m.get(0), m.get(-0), m.get('k' + ''), m.get(obj), m.get(new Object()), m.get([]), m.get(undefined), m.get()]);
T('has', () => [m.has(1), m.has('1'), m.has(null), m.has(2)]);
T('zero key is +0', () => Object.is(m.keys().next().value, 1));
T('delete', () => [m.delete('k'), m.delete('k'), m.size]);
T('keys', () => drain(m.keys()));
T('values', () => drain(m.values()));
T('entries', () => drain(m.entries()));
T('iterator is entries', () => Map.prototype[Symbol.iterator] === Map.prototype.entries);
T('clear', () => [m.clear(), m.size, m]);
T('from entries', () => new Map([[1, 2], ['x'], [1, 3]]));
T('from map', () => new Map(new Map([[5, 6]])));
T('from null', () => new Map(null));
T('from non-iterable', () => new Map(5));
T('from non-entry', () => new Map([1]));
T('call without new', () => Map());
T('set without new', () => Set());
T('bad receiver', () => Map.prototype.get.call(new Set(), 1));
T('bad size receiver', () => Map.prototype.size);

target = new Map([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
target.forEach(mutating);
T('forEach mutation', () => [takeTrace(), target]);
target.forEach(argsThis, 'THIS');
T('forEach args', () => takeTrace());
T('forEach bad', () => target.forEach(5));

const big = new Map();
for (let i = 0; i < 20; i++) big.set(i, i * i);
const it = big.keys();
const first = [];
for (let i = 0; i < 5; i++) first.push(it.next().value);
for (let i = 0; i < 18; i += 2) big.delete(i);
for (let i = 100; i < 160; i++) big.set(i, 0);
for (let i = 100; i < 150; i++) big.delete(i);
T('iterator across rebuilds', () => [first, drain(it), big.size]);
const it2 = big.values();
it2.next();
big.clear();
big.set('after', 'clear');
T('iterator across clear', () => drain(it2));
T('done stays done', () => [drain(it2), (big.set('later', 1), drain(it2))]);

const s = new Set([1, 2, 2, NaN, NaN, -0, 0, '2']);
T('set', () => s);
T('set size', () => s.size);
T('set add chain', () => s.add(3) === s);
T('set has', () => [s.has(NaN), s.has(-0), s.has('1')]);
T('set delete', () => [s.delete(2), s.delete(2), s]);
T('set entries', () => drain(s.entries()));
T('set keys is values', () => Set.prototype.keys === Set.prototype.values);
T('set from string', () => new Set('hello'));
T('set from non-iterable', () => new Set(true));
target = new Set([1, 2]);
target.forEach(setMutating);
T('set forEach mutation', () => [takeTrace(), target]);
target = new Set(['x']);
target.forEach(argsThis);
T('set forEach args', () => takeTrace());

const s1 = new Set([1, 2, 3, 4]), s2 = new Set([3, 4, 5]);
T('union', () => [s1.union(s2), s2.union(s1)]);
T('intersection', () => [s1.intersection(s2), s2.intersection(s1)]);
T('difference', () => [s1.difference(s2), s2.difference(s1)]);
T('symmetricDifference', () => [s1.symmetricDifference(s2), s2.symmetricDifference(s1)]);
T('subset superset disjoint', () => [s1.isSubsetOf(s2), new Set([3]).isSubsetOf(s2), s1.isSupersetOf(new Set([1, 4])),
  s1.isSupersetOf(s2), s1.isDisjointFrom(new Set([9])), s1.isDisjointFrom(s2)]);
T('with map', () => s1.union(new Map([[9, 1]])));
const setLike = new Object();
setLike.size = 4;
setLike.has = (v) => v < 3;
setLike.keys = () => [0, -0, 2, 7].values();
T('set-like', () => [s1.union(setLike), s1.intersection(setLike), new Set([1, 2, 3, 4, 5]).intersection(setLike),
  s1.difference(setLike), s1.symmetricDifference(setLike), s1.isSupersetOf(setLike)]);
T('union number', () => s1.union(5));
T('union array', () => s1.union([1]));
const neg = new Object();
neg.size = -1;
T('union negative size', () => s1.union(neg));
neg.size = 1;
T('union no has', () => s1.union(neg));
T('union bad receiver', () => Set.prototype.union.call(new Object(), s1));
T('groupBy', () => Map.groupBy([1, 2, 3, 4, 5], parity));
T('groupBy null', () => Map.groupBy(null, parity));
T('groupBy bad fn', () => Map.groupBy([1], 5));
T('tags', () => [Map.prototype.constructor === Map ? 'ok' : 'bad', Object.prototype.toString.call(m), Object.prototype.toString.call(s),
  Object.prototype.toString.call(m.keys()), Object.prototype.toString.call(s.values())]);
T('lengths', () => [Map.length, Map.prototype.set.length, Set.prototype.forEach.length]);
