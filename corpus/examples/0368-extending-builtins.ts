// Subclassing built-ins: Array, Error, Map; how console.log prints them, species for map/filter, length and instanceof.
class Stack<T> extends Array<T> {
  peek(): T | undefined {
    return this[this.length - 1];
  }
}
const s = new Stack<number>();
s.push(1, 2, 3);
console.log(s, s.length, s.peek(), Array.isArray(s), s instanceof Stack);
const mapped = s.map((x) => x * 10);
console.log(mapped, mapped instanceof Stack, (mapped as Stack<number>).peek());
console.log(s.filter((x) => x > 1), [...s], Array.from(s), s.slice(1));
console.log(JSON.stringify(s), String(s), s.concat([4]));

// Stack.of / Stack.from produce subclass instances.
console.log(Stack.of(7, 8), Stack.from("ab"));

// new Stack(n) with one number argument creates holes.
const holes = new Stack<number>(3);
console.log(holes, holes.length);

class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}
const err = new HttpError(404, "not found");
console.log(err instanceof HttpError, err instanceof Error, err.name, err.message, err.status);
console.log(String(err), `${err}`, Object.keys(err));

class DefaultMap<K, V> extends Map<K, V> {
  make: () => V;
  constructor(make: () => V) {
    super();
    this.make = make;
  }
  get(key: K): V {
    if (!this.has(key)) this.set(key, this.make());
    return super.get(key)!;
  }
}
const groups = new DefaultMap<string, string[]>(() => []);
for (const w of ["apple", "avocado", "banana", "blueberry", "cherry"]) groups.get(w[0]).push(w);
console.log(groups);
console.log(groups.size, [...groups.keys()], groups instanceof Map);

class CountingSet<T> extends Set<T> {
  adds = 0;
  add(v: T): this {
    this.adds++;
    return super.add(v);
  }
}
const cs = new CountingSet<number>([1, 2, 2, 3]);
cs.add(3);
console.log(cs, cs.size, cs.adds);
