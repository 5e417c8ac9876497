// A helper is a generator-like object: calling next() or return() on it from inside its own
// callback is "Generator is already running"; the error completes the helper and closes the source.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e instanceof Error ? `${e.name}: ${e.message}` : e);
  }
}
let closes = 0;
const src = () => {
  let i = 0;
  return Iterator.from({
    next: (): IteratorResult<number> => ({ value: i++, done: i > 5 }),
    return: (): IteratorResult<number> => { closes++; return { value: undefined, done: true }; },
  });
};
const h1: IteratorObject<number, undefined> = src().map((x): number => (x === 1 ? h1.next().value ?? -1 : x));
attempt("next inside map", () => [h1.next(), h1.next()]);
attempt("after the error", () => [h1.next(), closes]);
const h2: IteratorObject<number, undefined> = src().filter(() => { h2.return?.(); return true; });
attempt("return inside filter", () => h2.next());
attempt("closed", () => closes);
const h3: IteratorObject<number, undefined> = src().take(3);
const outer = [1, 2].values().map((x) => [x, h3.next().value]);
attempt("another helper inside a callback", () => outer.toArray());
