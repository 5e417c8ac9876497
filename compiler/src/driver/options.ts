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
}

/** Default values of the optional build options, in one place. */
export const DEFAULT_OPT_LEVEL = 2 as const;
