// Tests currying and partial application: manual curried arrows, a generic curry by arity, bind for partials, placeholders.
const add3 = (a: number) => (b: number) => (c: number): number => a + b + c;
console.log(add3(1)(2)(3), [1, 2, 3].map(add3(10)(20)));
function curry(fn: (...args: any[]) => unknown): (...args: any[]) => any {
  const arity = fn.length;
  const step = (collected: unknown[]) => (...next: unknown[]): unknown => {
    const all = [...collected, ...next];
    return all.length >= arity ? fn(...all) : step(all);
  };
  return step([]);
}
const vol = curry((l: number, w: number, h: number) => l * w * h);
console.log(vol(2)(3)(4), vol(2, 3)(4), vol(2)(3, 4), vol(2, 3, 4), vol()()(2)(3)(4));
const partialVol = vol(10);
console.log(partialVol(1)(1), partialVol(2, 2), partialVol(3)(3));
function greet(greeting: string, punctuation: string, name: string): string {
  return `${greeting}, ${name}${punctuation}`;
}
const hello = greet.bind(null, "Hello");
const helloBang = hello.bind(null, "!");
console.log(hello("?", "Ann"), helloBang("Bob"), hello.length, helloBang.length, helloBang.name);
const _ = Object.freeze({ placeholder: true });
function partial(fn: (...a: any[]) => unknown, ...preset: unknown[]): (...a: unknown[]) => unknown {
  return (...later: unknown[]) => {
    const queue = [...later];
    const args = preset.map((p) => (p === _ ? queue.shift() : p));
    return fn(...args, ...queue);
  };
}
const greetAnn = partial(greet, _, _, "Ann");
console.log(greetAnn("Hi", "."), partial(greet, "Yo", _, "Cy")("!!"));
const adders = [1, 2, 3].map((n) => (x: number) => x + n);
console.log(adders.map((f) => f(100)));
const multiply = (a: number) => (b: number): number => a * b;
const double = multiply(2);
const triple = multiply(3);
console.log([1, 2, 3].map(double), [1, 2, 3].map(triple), multiply(-0)(5));
const uncurry = (f: (a: number) => (b: number) => number) => (a: number, b: number): number => f(a)(b);
console.log(uncurry(multiply)(6, 7));
const flip = <A, B, C>(f: (a: A, b: B) => C) => (b: B, a: A): C => f(a, b);
console.log(flip((a: string, b: number) => a.repeat(b))(3, "ab"));
