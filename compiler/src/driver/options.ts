/**
 * The one typed object of options that change what `tsn build` produces. Every cache key (the runtime
 * library's, the harness's build cache) is derived from this object, never from ad-hoc flags.
 */
export interface BuildOptions {
  /** Entry module: a `.ts` file; for a multi-file program, its `main.ts`. Absolute or cwd-relative. */
  readonly entry: string;
  /** Path of the executable to write. */
  readonly output: string;
  /** Comptime folding: `on` (default) folds what is known at compile time, `off` switches every fold off. */
  readonly comptime: 'on' | 'off';
  /** C optimisation level handed to the C compiler (`-O<n>`); default 2. */
  readonly optLevel: 0 | 1 | 2 | 3;
  /** When set, the generated C is also written to this path. */
  readonly emitC?: string;
  /** When set, the HIR after comptime (ir/print.ts) / the MIR after its passes (mir/print.ts) is written to this path. */
  readonly emitHir?: string;
  readonly emitMir?: string;
  /** When set, the comptime fold report (JSON lines) is written to this path. */
  readonly foldReport?: string;
  /** C compiler command; default `$CC` or `cc`. */
  readonly cc?: string;
  /** What type errors do (default `error`); see CheckMode. */
  readonly check?: CheckMode;
}

/**
 * Type checking is a choice, as Node never type-checks (`--experimental-strip-types` erases types):
 * `error` rejects a program with type errors (exit 1), `warn` prints them as warnings and builds,
 * `off` reports none. Syntax errors (TypeScript's parser, and its grammar checks, codes 1000-1999)
 * and tsn's own diagnostics are errors under every mode.
 */
export type CheckMode = 'error' | 'warn' | 'off';

/** Every CheckMode, for command-line validation. */
export const CHECK_MODES: readonly CheckMode[] = ['error', 'warn', 'off'];

/** Default values of the optional build options, in one place. */
export const DEFAULT_OPT_LEVEL = 2 as const;
export const DEFAULT_CHECK: CheckMode = 'error';
