/**
 * The engine interface: what runs a scenario. Two engines exist, `native` (tsn compiles, the executable
 * runs) and `node` (the pinned Node runs the same scenario through node-host.ts), so the runner's own
 * reading of the suite is checked against a real engine.
 */
import type { Execution } from './execution.ts';
import type { Scenario } from './scenarios.ts';
import type { Suite } from './suite.ts';

/** The engines `--engine` accepts. */
export const ENGINES = ['native', 'node'] as const;

/** One engine name. */
export type EngineName = (typeof ENGINES)[number];

/** What every engine run needs. */
export interface RunContext {
  readonly suite: Suite;
  /** A private folder of this runner process for its files (removed at the end). */
  readonly workDir: string;
  /** Per-scenario limit on running the program, milliseconds. */
  readonly timeoutMs: number;
}

/** An engine. */
export interface Engine {
  readonly name: EngineName;
  /** Why the engine cannot run `scenario` at all (checked before running it), or undefined. */
  unsupported(scenario: Scenario): string | undefined;
  /** Runs `scenario`; never rejects for a test's behaviour (only for runner bugs). */
  run(scenario: Scenario, context: RunContext): Promise<Execution>;
}
