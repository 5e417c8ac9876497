/** Test helper: process liveness as the kernel sees it. */
import { readFileSync } from 'node:fs';

/** True when `pid` is a running process (a zombie waiting to be reaped by init is not). */
export function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
