/**
 * A fast-check arbitrary of lists whose shrinker suits long programs of independent lines: it first
 * bisects (keep the first half, else the second half), so a failure in one line of a 500-line program
 * is isolated in about 2*log2(500) evaluations of ever smaller programs, where `fc.array`, which only
 * drops items from the front, evaluates dozens of near-full-size programs. Then it drops single items
 * of short lists, then shrinks each item with the item arbitrary's own shrinker.
 */
import fc from 'fast-check';

/** Lists no longer than this also try dropping each single item. */
const DROP_EACH_BELOW = 16;

/** Lists of `item` with lengths uniform in 0..maxLength (items keep the generator's bias). */
export class ListArbitrary<T> extends fc.Arbitrary<T[]> {
  readonly item: fc.Arbitrary<T>;
  readonly maxLength: number;

  constructor(item: fc.Arbitrary<T>, maxLength: number) {
    super();
    this.item = item;
    this.maxLength = maxLength;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T[]> {
    const length = mrng.nextInt(0, this.maxLength);
    const items: fc.Value<T>[] = [];
    for (let i = 0; i < length; i++) items.push(this.item.generate(mrng, biasFactor));
    return listValue(items);
  }

  canShrinkWithoutContext(_value: unknown): _value is T[] {
    return false; // item contexts are needed to shrink items
  }

  shrink(_value: T[], context: unknown): fc.Stream<fc.Value<T[]>> {
    if (!Array.isArray(context)) return fc.Stream.nil();
    return new fc.Stream(this.candidates(context as fc.Value<T>[])).map(listValue);
  }

  private *candidates(items: readonly fc.Value<T>[]): Generator<fc.Value<T>[]> {
    const n = items.length;
    if (n > 1) {
      const half = Math.ceil(n / 2);
      yield items.slice(0, half);
      yield items.slice(half);
    }
    if (n > 2 && n < DROP_EACH_BELOW) for (let i = 0; i < n; i++) yield [...items.slice(0, i), ...items.slice(i + 1)];
    for (let i = 0; i < n; i++) {
      for (const smaller of this.item.shrink(items[i]!.value, items[i]!.context)) yield [...items.slice(0, i), smaller, ...items.slice(i + 1)];
    }
  }
}

/** The list value of `items`, remembering each item's context for later shrinks. */
function listValue<T>(items: fc.Value<T>[]): fc.Value<T[]> {
  return new fc.Value(items.map((v) => v.value), items);
}
