/**
 * The fixed CI sample: a test belongs to the sample of about `size` tests when the hash of its path falls
 * below `size / total`. Membership depends only on the path and the ratio, so the sample is stable as
 * long as the suite's size is, and spreads over every directory.
 */
import { createHash } from 'node:crypto';

/** The tests of `ids` in the sample of about `size`, in input order. */
export function sampleTests(ids: readonly string[], size: number): string[] {
  if (size >= ids.length) return [...ids];
  const threshold = size / ids.length;
  return ids.filter((id) => createHash('sha256').update(id).digest().readUInt32BE(0) / 0x1_0000_0000 < threshold);
}
