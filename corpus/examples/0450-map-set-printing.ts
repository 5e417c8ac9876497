// console.log of Maps and Sets: sizes, nested collections at depth, object keys, long collections breaking lines, empty ones.
console.log(new Map(), new Set());
console.log(new Map([["a", 1]]), new Set(["a"]));
console.log(new Map<unknown, unknown>([[{ k: 1 }, [1, 2]], [[3], new Set([4])], [null, undefined], [NaN, -0]]));
console.log(new Set<unknown>([{ a: 1 }, [1, [2, [3, [4]]]], "str", 5, true, null, undefined]));

// Nested maps: depth cut-off shows [Map]/[Set]/[Object].
const nested = new Map([["outer", new Map([["inner", new Map([["deep", new Map([["deeper", 1]])]])]])]]);
console.log(nested);
console.log({ level1: { level2: { set: new Set([1]), map: new Map([[1, 2]]) } } });

// Long collections break across lines; more than 100 entries are truncated.
const big = new Map<string, number>();
for (let i = 0; i < 12; i++) big.set("key" + i, i * i);
console.log(big);
console.log(new Set(Array.from({ length: 30 }, (_, i) => i)));
console.log(new Set(Array.from({ length: 120 }, (_, i) => i)));
console.log(new Map(Array.from({ length: 102 }, (_, i) => [i, String(i)] as [number, string])));

// Strings with quotes as keys and values.
console.log(new Map([["it's", 'say "hi"'], ["plain", "both ' and \""]]));

// Collections inside arrays and as object values.
console.log([new Map([[1, 1]]), new Set([2])], { m: new Map(), s: new Set([[]]) });

// Map with class instance keys and values.
class Key {
  id: number;
  constructor(id: number) {
    this.id = id;
  }
}
console.log(new Map([[new Key(1), new Key(2)]]));

// JSON and String forms.
console.log(String(new Map()), `${new Set([1])}`, JSON.stringify({ m: new Map([[1, 2]]), s: new Set([1]) }));
