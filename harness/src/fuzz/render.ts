/**
 * Prints a generated program as TypeScript: a prelude (the print helper `p`, the fixed helpers used,
 * the hoisted `const` bindings and generated helper functions, one per line), then one line
 * `p(<expression>);` per expression. Every sub-expression is recorded with its 1-based line and column
 * (where the TypeScript node starts, as the compiler's fold sites report it), an operator name and its
 * own source text, so fold sites and probes can be mapped back to the tree.
 */
import { LIBRARY } from './library.ts';
import { ARRAY_METHODS, GLOBAL_FUNCTIONS, type FuzzProgram, type GenExpr, type ParamTag, type Tag } from './model.ts';
import { binaryCasts, needs, repairTree, tagOf, unaryCast, type Cast } from './typing.ts';

/** One sub-expression of the printed program. */
export interface RenderedNode {
  /** 1-based line and column (UTF-16 code units) where the node's text starts. */
  readonly line: number;
  readonly col: number;
  /** Operator name: `+`, `typeof`, `template`, `?:`, `Math.floor`, `.slice`, `call` (a helper), or a leaf kind (`number`, `string`, ...). */
  readonly op: string;
  /** The node's own source text, a complete expression. */
  readonly source: string;
  /** False when the node mentions a helper's parameter (it has no value outside the helper). */
  readonly evaluable: boolean;
}

/** One printed expression: its line, its source, and its nodes in post-order (the root last). */
export interface RenderedExpr {
  readonly line: number;
  readonly source: string;
  readonly nodes: readonly RenderedNode[];
}

/** A printed program. `prelude` is every line before the first expression line (with its newline). */
export interface RenderedProgram {
  readonly source: string;
  readonly prelude: string;
  readonly exprs: readonly RenderedExpr[];
  /** Nodes on prelude lines (generated helper bodies and const initialisers). */
  readonly preludeNodes: readonly RenderedNode[];
}

/** The print helper every program starts with: strings as JSON, -0 as `-0`, everything else through String(). */
const PRINT_HELPER = [
  "function show(v: unknown): string { return typeof v === 'string' ? JSON.stringify(v) : Object.is(v, -0) ? '-0' : String(v); }",
  'function p(v: unknown): void { console.log(show(v)); }',
];

interface Piece {
  readonly text: string;
  /** Nodes with offsets relative to `text`, post-order. */
  readonly nodes: readonly { offset: number; op: string; source: string; evaluable: boolean }[];
}

/** Hoisted declarations collected while printing. */
interface Hoisted {
  readonly consts: Piece[];
  readonly helpers: Piece[];
  readonly library: Set<string>;
}

function isAtomic(e: GenExpr): boolean {
  switch (e.kind) {
    case 'num': return !e.text.startsWith('-');
    case 'unary': case 'binary': case 'logical': case 'cond': return false;
    default: return true;
  }
}

function mentionsParam(e: GenExpr): boolean {
  switch (e.kind) {
    case 'param': return true;
    case 'num': case 'str': case 'bool': case 'null': case 'undefined': case 'const': case 'call': return false;
    case 'unary': return mentionsParam(e.operand);
    case 'binary': case 'logical': return mentionsParam(e.left) || mentionsParam(e.right);
    case 'cond': return mentionsParam(e.test) || mentionsParam(e.then) || mentionsParam(e.else);
    case 'template': return e.spans.some(mentionsParam);
    case 'math': case 'lib': return e.args.some(mentionsParam);
    case 'convert': return mentionsParam(e.arg);
    case 'length': case 'numMethod': return mentionsParam(e.receiver);
    case 'strMethod': return mentionsParam(e.receiver) || e.args.some(mentionsParam);
    case 'arrayMethod': return e.elements.some(mentionsParam) || e.args.some(mentionsParam);
  }
}

/** Concatenates strings and pieces, shifting the pieces' node offsets. */
function join(parts: readonly (string | Piece)[]): { text: string; nodes: Piece['nodes'][number][] } {
  let text = '';
  const nodes: Piece['nodes'][number][] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    for (const n of part.nodes) nodes.push({ ...n, offset: n.offset + text.length });
    text += part.text;
  }
  return { text, nodes };
}

/** `piece` as an operand: cast (`(x as any)`), parenthesised when not atomic, or as is. */
function operand(e: GenExpr, piece: Piece, cast: Cast, forceParens = false): (string | Piece)[] {
  if (cast !== undefined) return isAtomic(e) ? ['(', piece, ` as ${cast})`] : ['((', piece, `) as ${cast})`];
  return !isAtomic(e) || forceParens ? ['(', piece, ')'] : [piece];
}

function escapeTemplateChunk(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '`' || ch === '$') out += `\\${ch}`;
    else if (c < 0x20 || c === 0x7f || (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

function leafOp(e: GenExpr): string {
  switch (e.kind) {
    case 'num': return 'number';
    case 'str': return 'string';
    case 'bool': return 'boolean';
    default: return e.kind;
  }
}

function print(e: GenExpr, hoisted: Hoisted): Piece {
  const parts = printParts(e, hoisted);
  const { text, nodes } = join(parts.parts);
  nodes.push({ offset: 0, op: parts.op, source: text, evaluable: !mentionsParam(e) });
  return { text, nodes };
}

function args(list: readonly GenExpr[], wants: readonly (ParamTag | 'number' | 'string' | undefined)[], hoisted: Hoisted): (string | Piece)[] {
  const out: (string | Piece)[] = [];
  list.forEach((a, i) => {
    if (i > 0) out.push(', ');
    const want = wants[i];
    const cast = want === undefined ? undefined : needs(tagOf(a), want);
    out.push(...(cast === undefined ? [print(a, hoisted)] : operand(a, print(a, hoisted), cast)));
  });
  return out;
}

function printParts(e: GenExpr, hoisted: Hoisted): { parts: (string | Piece)[]; op: string } {
  switch (e.kind) {
    case 'num': case 'str': return { parts: [e.text], op: leafOp(e) };
    case 'bool': return { parts: [String(e.value)], op: 'boolean' };
    case 'null': case 'undefined': return { parts: [e.kind], op: e.kind };
    case 'param': return { parts: [`a${e.index}`], op: 'param' };
    case 'const': {
      const name = `c${hoisted.consts.length}`;
      const init = print(e.init, hoisted);
      hoisted.consts.push(join([`const ${name}${e.declaredAny ? ': any' : ''} = `, init, ';']));
      return { parts: [name], op: 'const' };
    }
    case 'unary': {
      const inner = operand(e.operand, print(e.operand, hoisted), unaryCast(e.op, e.operand), true);
      return { parts: [e.op === 'typeof' || e.op === 'void' ? `${e.op} ` : e.op, ...inner], op: e.op };
    }
    case 'binary': {
      const [lc, rc] = binaryCasts(e.op, e.left, e.right);
      const left = operand(e.left, print(e.left, hoisted), lc);
      const right = operand(e.right, print(e.right, hoisted), rc);
      // A `>` followed by `(` or a template can close type arguments opened by an earlier `<` or `<<`
      // (`f(a < b, c > (d))` is a generic call): print such an `a > b` as the equivalent `b < a` (the
      // same IsLessThan(b, a) on primitives), so no `>` token is ever followed by one.
      if (e.op === '>' && /^[(`]/.test(join(right).text)) return { parts: [...right, ' < ', ...left], op: '<' };
      return { parts: [...left, ` ${e.op} `, ...right], op: e.op };
    }
    case 'logical':
      return { parts: [...operand(e.left, print(e.left, hoisted), undefined), ` ${e.op} `, ...operand(e.right, print(e.right, hoisted), undefined)], op: e.op };
    case 'cond':
      return {
        parts: [...operand(e.test, print(e.test, hoisted), undefined), ' ? ', ...operand(e.then, print(e.then, hoisted), undefined), ' : ',
          ...operand(e.else, print(e.else, hoisted), undefined)],
        op: '?:',
      };
    case 'template': {
      const parts: (string | Piece)[] = ['`', escapeTemplateChunk(e.quasis[0] ?? '')];
      e.spans.forEach((s, i) => parts.push('${', print(s, hoisted), '}', escapeTemplateChunk(e.quasis[i + 1] ?? '')));
      parts.push('`');
      return { parts, op: 'template' };
    }
    case 'math':
      return { parts: [`Math.${e.name}(`, ...args(e.args, e.args.map(() => 'number'), hoisted), ')'], op: `Math.${e.name}` };
    case 'convert': {
      const want = GLOBAL_FUNCTIONS[e.name][0];
      return { parts: [`${e.name}(`, ...args([e.arg], [want === 'any' ? undefined : want], hoisted), ')'], op: e.name };
    }
    case 'length':
      return { parts: [...operand(e.receiver, print(e.receiver, hoisted), undefined), '.length'], op: '.length' };
    case 'strMethod':
      return { parts: [...operand(e.receiver, print(e.receiver, hoisted), undefined), `.${e.name}(`, ...args(e.args, [], hoisted), ')'], op: `.${e.name}` };
    case 'numMethod': {
      const receiver = operand(e.receiver, print(e.receiver, hoisted), undefined, e.receiver.kind === 'num');
      return { parts: [...receiver, `.${e.name}(${e.arg === undefined ? '' : e.arg})`], op: `.${e.name}` };
    }
    case 'arrayMethod': {
      const elements = args(e.elements, [], hoisted);
      if (e.name === 'length') return { parts: ['[', ...elements, '].length'], op: '.length' };
      const wants = ARRAY_METHODS[e.name][0];
      const argParts = e.args.flatMap((a, i) => [
        ...(i === 0 ? [] : [', ']),
        ...(wants[i] === 'any' ? operand(a, print(a, hoisted), 'any') : [print(a, hoisted)]),
      ]);
      return { parts: ['[', ...elements, `].${e.name}(`, ...argParts, ')'], op: `.${e.name}` };
    }
    case 'call': {
      const name = `h${hoisted.helpers.length}`;
      hoisted.helpers.push({ text: '', nodes: [] }); // reserve the name before printing the body
      const params = e.params.map((t, i) => `a${i}: ${t}`).join(', ');
      const body = print(e.body, hoisted);
      const acc = `a${e.params.length}`;
      const counter = `a${e.params.length + 1}`;
      hoisted.helpers[Number(name.slice(1))] = join(e.loop === undefined
        ? [`function ${name}(${params}) { return `, body, '; }']
        : [`function ${name}(${params}) { let ${acc}: ${declaredType(tagOf(e.body))} = `, body, `; for (let ${counter} = 0; ${counter} < ${e.loop.count}; ${counter}++) { ${acc} = `,
          print(e.loop.step, hoisted), `; } return ${acc}; }`]);
      return { parts: [`${name}(`, ...args(e.args, e.params, hoisted), ')'], op: 'call' };
    }
    case 'lib': {
      hoisted.library.add(e.name);
      return { parts: [`${e.name}(`, ...args(e.args, LIBRARY[e.name]!.params, hoisted), ')'], op: 'call' };
    }
  }
}

/** The TypeScript type declaring a variable of class `tag`. */
function declaredType(tag: Tag): string {
  return tag === 'number' || tag === 'string' || tag === 'boolean' ? tag : 'any';
}

function nodesAt(line: number, piece: Piece, startCol: number): RenderedNode[] {
  return piece.nodes.map((n) => ({ line, col: startCol + n.offset, op: n.op, source: n.source, evaluable: n.evaluable }));
}

/** Prints `program` (after `repairTree`); deterministic: names are numbered in printing order. */
export function renderProgram(program: FuzzProgram): RenderedProgram {
  const hoisted: Hoisted = { consts: [], helpers: [], library: new Set() };
  const exprPieces = program.exprs.map((e) => print(repairTree(e), hoisted));
  const preludeLines: Piece[] = [
    ...PRINT_HELPER.map((text) => ({ text, nodes: [] })),
    ...[...hoisted.library].sort().map((name) => ({ text: LIBRARY[name]!.source, nodes: [] })),
    ...hoisted.consts,
    ...hoisted.helpers,
  ];
  const preludeNodes = preludeLines.flatMap((piece, i) => nodesAt(i + 1, piece, 1));
  const prelude = preludeLines.map((l) => `${l.text}\n`).join('');
  const exprs = exprPieces.map((piece, i): RenderedExpr => {
    const line = preludeLines.length + i + 1;
    return { line, source: piece.text, nodes: nodesAt(line, piece, 'p('.length + 1) };
  });
  return { source: prelude + exprs.map((e) => `p(${e.source});\n`).join(''), prelude, exprs, preludeNodes };
}

/** A program that prints each of `sources` (expressions valid in `rendered`'s prelude) on its own line. */
export function probeSource(rendered: RenderedProgram, sources: readonly string[]): string {
  return rendered.prelude + sources.map((s) => `p(${s});\n`).join('');
}
