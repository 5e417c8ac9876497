/**
 * Per-program header directives: the leading `//` comment lines of a program's entry file may say
 *   // parity-args: ["--flag", "a value"]     (a JSON array of strings: argv after the program path)
 *   // parity-env: {"NAME": "value"}          (a JSON object of strings: added to the fixed environment)
 * Only the comment block at the top of the file (before the first line that is neither blank nor a
 * `//` comment) is read. JSON is the one syntax so arguments with spaces need no quoting rules.
 */

/** The directives of one program (empty when absent). */
export interface Directives {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** A directive that cannot be used; `message` names the file and line and says what is wrong. */
export class DirectiveError extends Error {}

const DIRECTIVE = /^\/\/\s*parity-(args|env)\s*:(.*)$/;

/**
 * Reads the directives from `source` (the entry file's text); `fileLabel` names the file in errors.
 * Errors: DirectiveError for malformed JSON, a wrong JSON shape, a repeated or unknown `parity-` directive.
 */
export function parseDirectives(source: string, fileLabel: string): Directives {
  let args: readonly string[] = [];
  let env: Record<string, string> = {};
  const seen = new Set<string>();
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    const where = `${fileLabel}:${i + 1}`;
    if (/^\/\/\s*parity-/.test(line) && !DIRECTIVE.test(line)) {
      throw new DirectiveError(`${where}: unknown directive (use "// parity-args: [...]" or "// parity-env: {...}")`);
    }
    const match = DIRECTIVE.exec(line);
    if (match === null) continue;
    const [, kind, text] = match;
    if (seen.has(kind)) throw new DirectiveError(`${where}: parity-${kind} given twice`);
    seen.add(kind);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new DirectiveError(`${where}: parity-${kind} is not valid JSON (${(error as Error).message})`);
    }
    if (kind === 'args') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        throw new DirectiveError(`${where}: parity-args must be a JSON array of strings, e.g. ["a", "b c"]`);
      }
      args = value;
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)
        || !Object.values(value).every((v) => typeof v === 'string')) {
        throw new DirectiveError(`${where}: parity-env must be a JSON object of strings, e.g. {"NAME": "value"}`);
      }
      env = value as Record<string, string>;
    }
  }
  return { args, env };
}
