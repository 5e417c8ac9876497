/**
 * FileCheck-style matching of a stage dump (in the spirit of LLVM's FileCheck and rustc's mir-opt
 * tests) against the directives in a stage test's comments:
 *   // CHECK: text        the next line (after the previous match) containing text
 *   // CHECK-NEXT: text   the line right after the previous match contains text
 *   // CHECK-NOT: text    no line between the previous match and the next one (or the end) contains text
 * `text` is literal except for {{regex}} parts. Returns undefined when every directive holds, else a
 * message naming the failing directive and where the search stood.
 */

export interface Directive {
  readonly kind: 'CHECK' | 'CHECK-NEXT' | 'CHECK-NOT';
  readonly pattern: string;
  /** 1-based line of the directive in the test file. */
  readonly line: number;
}

/** The directives of a test source, in order. */
export function parseDirectives(source: string): Directive[] {
  const out: Directive[] = [];
  source.split('\n').forEach((text, i) => {
    const m = /\/\/\s*(CHECK(?:-NEXT|-NOT)?):\s?(.*)$/.exec(text);
    if (m !== null) out.push({ kind: m[1] as Directive['kind'], pattern: m[2]!.trimEnd(), line: i + 1 });
  });
  return out;
}

function toRegExp(pattern: string): RegExp {
  const parts = pattern.split(/(\{\{.*?\}\})/);
  const source = parts.map((p) => (p.startsWith('{{') && p.endsWith('}}') ? `(?:${p.slice(2, -2)})` : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(source);
}

export function fileCheck(output: string, directives: readonly Directive[]): string | undefined {
  const lines = output.split('\n');
  let pos = 0; // first line the next CHECK may match
  let lastMatch = -1;
  let pendingNot: Directive[] = [];
  const notsHold = (from: number, to: number): string | undefined => {
    for (const d of pendingNot) {
      const re = toRegExp(d.pattern);
      for (let i = from; i < to; i++) if (re.test(lines[i]!)) return `CHECK-NOT at line ${d.line} ('${d.pattern}') matched output line ${i + 1}: ${lines[i]}`;
    }
    return undefined;
  };
  for (const d of directives) {
    const re = toRegExp(d.pattern);
    if (d.kind === 'CHECK-NOT') {
      pendingNot.push(d);
      continue;
    }
    let found = -1;
    if (d.kind === 'CHECK-NEXT') {
      if (lastMatch >= 0 && lastMatch + 1 < lines.length && re.test(lines[lastMatch + 1]!)) found = lastMatch + 1;
    } else {
      for (let i = pos; i < lines.length; i++) if (re.test(lines[i]!)) { found = i; break; }
    }
    if (found < 0) return `${d.kind} at line ${d.line} ('${d.pattern}') not found after output line ${lastMatch + 1}`;
    const notFailure = notsHold(pos, found);
    if (notFailure !== undefined) return notFailure;
    pendingNot = [];
    lastMatch = found;
    pos = found + 1;
  }
  return notsHold(pos, lines.length);
}
