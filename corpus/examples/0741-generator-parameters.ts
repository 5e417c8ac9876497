// Parameter forms of generator functions: rest parameters, destructuring with defaults,
// optional parameters and the length property.
function* rest(first: string, ...others: number[]) {
  yield first;
  yield* others;
}
function* destructure({ a = 1, b = 2 } = {}, [x, y = "y"]: string[] = ["x"]) {
  yield { a, b, x, y };
}
function* optional(n?: number) { yield n ?? "none"; }
console.log([...rest("s", 1, 2, 3)], [...rest("only")]);
console.log(destructure().next().value, destructure({ b: 20 }, ["p", "q"]).next().value);
console.log([...optional()], [...optional(0)]);
console.log(rest.length, destructure.length, optional.length, rest.name);
const arrow = (f: (...xs: number[]) => Generator<number>) => [...f(4, 5)];
console.log(arrow(function* (...xs) { for (const x of xs) yield x * 2; }));
