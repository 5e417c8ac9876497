/**
 * Process-wide registry of what an interrupted run must undo: temporary files and folders still being
 * written, and the process groups of programs still running. `installInterruptHandlers` makes SIGINT,
 * SIGTERM and SIGHUP kill every registered process group (SIGKILL), remove every registered temporary
 * path, and exit with 128 + the signal number, as a shell reports it.
 */
import { rmSync } from 'node:fs';
import { constants } from 'node:os';

const tempPaths = new Set<string>();
const processGroups = new Set<number>();

/** Registers a temporary file or folder to remove if the run is interrupted. */
export function trackTempPath(p: string): void {
  tempPaths.add(p);
}

/** Forgets a temporary path (it was renamed into place or removed). */
export function untrackTempPath(p: string): void {
  tempPaths.delete(p);
}

/** Registers a running child's process group id (the child was spawned detached, so pgid = pid). */
export function trackProcessGroup(pgid: number): void {
  processGroups.add(pgid);
}

/** Forgets a process group (its leader has exited and the group was killed). */
export function untrackProcessGroup(pgid: number): void {
  processGroups.delete(pgid);
}

/**
 * Sends SIGKILL to the whole process group `pgid` (negative pid), ignoring a group that no longer
 * exists (ESRCH) or that we may not signal (EPERM).
 */
export function killProcessGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ESRCH' && code !== 'EPERM') throw error;
  }
}

/** True when `pid` names a live process (one we may not signal counts as alive). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Synchronously kills every registered process group and removes every registered temporary path. */
export function cleanupNow(): void {
  for (const pgid of processGroups) killProcessGroup(pgid);
  processGroups.clear();
  for (const p of tempPaths) rmSync(p, { recursive: true, force: true });
  tempPaths.clear();
}

/**
 * Installs handlers so that SIGINT, SIGTERM and SIGHUP clean up (see `cleanupNow`) and exit with
 * 128 + signal number, and so that a normal exit also removes leftovers. `onInterrupt` runs first
 * (e.g. to print a note). Returns a function that uninstalls the handlers.
 */
export function installInterruptHandlers(onInterrupt?: (signal: NodeJS.Signals) => void): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const handler = (signal: NodeJS.Signals): void => {
    onInterrupt?.(signal);
    cleanupNow();
    process.exit(128 + constants.signals[signal]);
  };
  for (const s of signals) process.on(s, handler);
  process.on('exit', cleanupNow);
  return () => {
    for (const s of signals) process.off(s, handler);
    process.off('exit', cleanupNow);
  };
}
