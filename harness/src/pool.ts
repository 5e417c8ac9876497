/** A bounded-concurrency map, for running programs `--jobs` at a time. */

/**
 * Calls `work` on every item with at most `limit` calls in flight, and resolves to the results in
 * input order. `onDone` is called as each call settles (completion order). Rejects with the first error.
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  onDone?: (result: R, index: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
      onDone?.(results[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
