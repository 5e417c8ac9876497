/**
 * A test's frontmatter (INTERPRETING.md "Metadata"), read with the npm package test262-parser (its YAML
 * block between `/*---` and `---*\/`), validated into a typed record.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const parser = require('test262-parser') as { parseFile(file: { file: string; contents: string }): ParsedFile };

interface ParsedFile {
  readonly attrs: {
    readonly flags: Record<string, boolean>;
    readonly includes: readonly unknown[];
    readonly features?: readonly unknown[];
    readonly negative?: { readonly phase?: unknown; readonly type?: unknown };
  };
}

/** The flags INTERPRETING.md defines. */
export type Flag = 'onlyStrict' | 'noStrict' | 'module' | 'raw' | 'async' | 'generated' | 'CanBlockIsFalse' | 'CanBlockIsTrue' | 'non-deterministic';

/** When a negative test's error must occur. */
export type NegativePhase = 'parse' | 'resolution' | 'runtime';

/** The typed frontmatter of one test. */
export interface TestMetadata {
  readonly flags: ReadonlySet<string>;
  /** Harness files to evaluate before the test (`assert.js` and `sta.js` are added by the scenario). */
  readonly includes: readonly string[];
  readonly features: readonly string[];
  /** Present for negative tests: the phase and the error constructor's name. */
  readonly negative?: { readonly phase: NegativePhase; readonly type: string };
}

/** The frontmatter is malformed; the message names the file. */
export class MetadataError extends Error {}

function strings(value: readonly unknown[] | undefined, what: string, file: string): string[] {
  return (value ?? []).map((v) => {
    if (typeof v !== 'string') throw new MetadataError(`${file}: ${what} must be strings`);
    return v;
  });
}

/** Parses the frontmatter of the test `file` (a label for messages) with source `contents`. Throws MetadataError. */
export function readMetadata(file: string, contents: string): TestMetadata {
  let parsed: ParsedFile;
  try {
    parsed = parser.parseFile({ file, contents });
  } catch (e) {
    throw new MetadataError(e instanceof Error ? e.message : String(e));
  }
  const { attrs } = parsed;
  const flags = new Set(Object.keys(attrs.flags).filter((f) => attrs.flags[f] === true));
  const includes = strings(attrs.includes, 'includes', file);
  const features = strings(attrs.features, 'features', file);
  if (attrs.negative === undefined) return { flags, includes, features };
  const { phase, type } = attrs.negative;
  if (phase !== 'parse' && phase !== 'resolution' && phase !== 'runtime') throw new MetadataError(`${file}: negative.phase must be parse, resolution or runtime`);
  if (typeof type !== 'string') throw new MetadataError(`${file}: negative.type must be a constructor name`);
  return { flags, includes, features, negative: { phase, type } };
}
