/**
 * The named stderr normalisations, all of them, in the order they are applied. Nothing else is ever
 * normalised: stdout and exit codes are compared byte for byte, and stderr only after these.
 *
 * What the pinned Node 24 prints on stderr for an uncaught exception (observed with
 * `node --experimental-strip-types`, ESM programs):
 *
 * - An Error thrown by user code (`throw new Error("boom")`, an engine TypeError such as reading a
 *   property of undefined, a subclass):
 *       file:///abs/path/prog.ts:LINE        <- location of the throw
 *       <the source line>
 *       <spaces>^                            <- caret under the throw
 *       <blank line>
 *       TypeError: boom                      <- util.inspect of the error: its stack's first line(s)
 *           at f (file:///abs/path/prog.ts:2:22)
 *           at ModuleJob.run (node:internal/...)
 *       <blank line>
 *       Node.js v24.21.0
 *   A subclass whose `name` is not its constructor's name prints `Plain [Error]: p`; a multi-line
 *   message keeps its lines before the frames. When the error has extra own properties (e.g.
 *   `e.code = "E_X"`, class fields, `cause`, AggregateError's `errors`), util.inspect appends ` {` to
 *   the LAST frame line and prints the properties as a block (`  code: 'E_X',`, `}`); nested errors
 *   inside that block carry their own, further indented frames, and a frame line ending an array
 *   element carries a trailing `,`.
 * - A thrown non-Error (`throw "x"`, `throw 42`, `throw null`, `throw { a: 1 }`, `throw [1]`):
 *       <blank line>
 *       node:internal/modules/run_main:107
 *           triggerUncaughtException(
 *           ^
 *       x                                    <- util.inspect of the value (strings unquoted)
 *       (Use `node --trace-uncaught ...` to show where the exception was thrown)   <- primitives only
 *       <blank line>
 *       Node.js v24.21.0
 *   (the blank line comes before the header instead of after it). An unhandled promise rejection
 *   prints a `node:internal/process/promises:N` header and an UnhandledPromiseRejection error.
 * - `console.error("x"); process.exit(3)` prints just `x` and exits 3: nothing to normalise.
 *
 * The native runtime prints only the error part (no header, frames or trailer). Applying every
 * normalisation below to Node's stderr yields exactly that part, e.g. `TypeError: boom\n`,
 * `Error: with props {\n  code: 'E_X',\n  n: 42\n}\n`, `42\n`, `{ a: 1, b: 'two' }\n`; applying them
 * to the native stderr leaves it unchanged.
 *
 * Texts are handled as latin1 strings (one char per byte), so normalising never alters bytes it
 * does not remove, whatever the encoding.
 */

/** One named normalisation: a pure function from stderr text to stderr text. */
export interface Normalisation {
  /** Stable name, listed in every report. */
  readonly name: string;
  /** One line saying what it removes. */
  readonly description: string;
  readonly apply: (stderr: string) => string;
}

/** `<location>:<line>`, the source line, the caret line: the header Node prints above an uncaught exception. */
const HEADER = /^(?:file:\/\/|node:)[^\n]*:\d+\n[^\n]*\n[ \t]*\^+[ \t]*\n/gm;

/**
 * Removes the last uncaught-exception header (location line, source line, caret line) and the one
 * blank line that separates it from the error (the one after it, or else the one before it).
 */
function removeErrorHeader(stderr: string): string {
  let last: RegExpExecArray | null = null;
  for (const match of stderr.matchAll(HEADER)) last = match as RegExpExecArray;
  if (last === null) return stderr;
  let start = last.index;
  let end = start + last[0].length;
  if (stderr[end] === '\n') end += 1;
  else if (start >= 1 && (start === 1 || stderr[start - 2] === '\n')) start -= 1;
  return stderr.slice(0, start) + stderr.slice(end);
}

const FRAME = /^ {4,}(?:at \S.*|\.\.\. \d+ lines? matching cause stack trace \.\.\.)$/;

/**
 * Removes V8 stack-frame lines (`    at ...`, at any indentation of 4+ spaces, and inspect's
 * `... N lines matching cause stack trace ...`). The ` {` or `,` that util.inspect appended to the last
 * frame of a run moves to the line before the run, so the structure around the error stays intact.
 */
function removeStackFrames(stderr: string): string {
  const lines = stderr.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FRAME.test(lines[i])) {
      kept.push(lines[i]);
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && FRAME.test(lines[j + 1])) j++;
    const suffix = lines[j].endsWith(' {') ? ' {' : lines[j].endsWith(',') ? ',' : '';
    if (suffix !== '' && kept.length > 0) kept[kept.length - 1] += suffix;
    i = j;
  }
  return kept.join('\n');
}

const TRACE_HINT = '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';

/** Removes the hint line Node prints after an uncaught primitive. */
function removeTraceUncaughtHint(stderr: string): string {
  return stderr.split(TRACE_HINT).join('');
}

/** Removes the blank line and `Node.js vX.Y.Z` line that end Node's stderr after an uncaught exception. */
function removeVersionTrailer(stderr: string): string {
  return stderr.replace(/\nNode\.js v\d+\.\d+\.\d+\n$/, '');
}

/** Every normalisation, in application order. */
export const NORMALISATIONS: readonly Normalisation[] = [
  {
    name: 'node-error-header',
    description: "removes Node's uncaught-exception header (file URL:line, source line, caret line) and its blank line",
    apply: removeErrorHeader,
  },
  {
    name: 'node-stack-frames',
    description: 'removes V8 stack-frame lines ("    at ...") below the "Name: message" line, keeping inspect\'s " {" / ","',
    apply: removeStackFrames,
  },
  {
    name: 'node-trace-uncaught-hint',
    description: 'removes the "(Use `node --trace-uncaught ...` ...)" line printed after an uncaught primitive',
    apply: removeTraceUncaughtHint,
  },
  {
    name: 'node-version-trailer',
    description: 'removes the final blank line and "Node.js vX.Y.Z" line',
    apply: removeVersionTrailer,
  },
];

/**
 * Applies every normalisation, in order, to raw stderr bytes (either side) and returns the normalised
 * bytes. Bytes outside the removed parts are preserved exactly.
 */
export function normalizeStderr(stderr: Uint8Array): Buffer {
  let text = Buffer.from(stderr).toString('latin1');
  for (const n of NORMALISATIONS) text = n.apply(text);
  return Buffer.from(text, 'latin1');
}
