/**
 * What an engine reports for one scenario, before it is judged against the test's expectations
 * (verdict.ts). Both engines (native tsn and the pinned Node) produce this one shape.
 */

/** A thrown JavaScript error, as the engine printed it: the constructor name and the message. */
export interface Thrown {
  readonly name: string;
  readonly message: string;
}

/** The result of running one scenario on an engine. */
export type Execution =
  /** The engine lacks a construct or host hook the test needs (TSN9001/TSN9002, a `$262` hook, a flag). */
  | { readonly kind: 'unsupported'; readonly reason: string; readonly output: string }
  /** The compiler failed internally (exit code 2, an exception, the C compiler failing). */
  | { readonly kind: 'internal-error'; readonly reason: string; readonly output: string }
  /** The program was rejected before running: at parse time or at module resolution, with the error's name. */
  | { readonly kind: 'early-error'; readonly phase: 'parse' | 'resolution'; readonly thrown: Thrown; readonly output: string }
  /** The program ran. `thrown`: the uncaught error it ended with, if any. */
  | {
    readonly kind: 'ran';
    readonly exitCode: number | undefined;
    readonly signal: string | undefined;
    readonly timedOut: boolean;
    readonly stdout: string;
    readonly thrown: Thrown | undefined;
    readonly output: string;
  };

/** Longest output kept per scenario (the HTML report shows it). */
export const OUTPUT_CAP = 4000;

/** `text` cut to OUTPUT_CAP characters, with a marker when cut. */
export function capOutput(text: string): string {
  return text.length <= OUTPUT_CAP ? text : `${text.slice(0, OUTPUT_CAP)}\n[... ${text.length - OUTPUT_CAP} more characters]`;
}
