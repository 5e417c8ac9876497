/**
 * What makes a generated tree type-check under `strict`: the static type class of each expression
 * (`tagOf`), the operand casts each operator needs (`operandCast`), and `repairTree`, which rewrites
 * the operands TypeScript 5.6+ rejects syntactically — a literal that is always truthy or falsy on the
 * left of `&&`/`||`, in a `?:` test or under `!` (TS2872/TS2873), and a `??` left operand that is never
 * or always nullish (TS2869/TS2871) — into `true ? x : filler`, which TypeScript accepts and which
 * has the same value. The rules mirror the checker's getSyntacticTruthySemantics and
 * getSyntacticNullishnessSemantics (casts do not hide a literal from them).
 */
import { LIBRARY } from './library.ts';
import { ARRAY_METHODS, GLOBAL_FUNCTIONS, STRING_METHODS, type GenExpr, type Tag } from './model.ts';

/** The type class of `e` (after `repairTree`). */
export function tagOf(e: GenExpr): Tag {
  switch (e.kind) {
    case 'num': return 'number';
    case 'str': return 'string';
    case 'bool': return 'boolean';
    case 'null': return 'null';
    case 'undefined': return 'undefined';
    case 'const': return e.declaredAny ? 'any' : tagOf(e.init);
    case 'param': return e.tag;
    case 'unary':
      return e.op === '!' ? 'boolean' : e.op === 'typeof' ? 'string' : e.op === 'void' ? 'undefined' : 'number';
    case 'binary': {
      if (e.op !== '+') return ['<', '<=', '>', '>=', '==', '!=', '===', '!=='].includes(e.op) ? 'boolean' : 'number';
      const l = tagOf(e.left);
      const r = tagOf(e.right);
      if (l === 'string' || r === 'string') return 'string';
      return l === 'number' && r === 'number' ? 'number' : 'any';
    }
    case 'logical': {
      // TypeScript types `l && r` as l's type alone when l is never truthy (and so on), so only a
      // left operand of type any makes the result any; equal classes keep their class. For `??`, the
      // left operand's class is that of its non-nullish values.
      const r = tagOf(e.right);
      const l = e.op === '??' ? presentTag(e.left) ?? r : tagOf(e.left);
      if (l === 'any') return 'any';
      return l === r && l !== 'null' && l !== 'undefined' ? l : 'mixed';
    }
    case 'cond': {
      const t = tagOf(e.then);
      const f = tagOf(e.else);
      if (t === 'any' || f === 'any') return 'any';
      return t === f ? t : 'mixed';
    }
    case 'template': return 'string';
    case 'math': return 'number';
    case 'convert': return GLOBAL_FUNCTIONS[e.name][1];
    case 'length': return 'number';
    case 'strMethod': return STRING_METHODS[e.name][1];
    case 'numMethod': return 'string';
    case 'arrayMethod': return ARRAY_METHODS[e.name][1];
    case 'call': return tagOf(e.body);
    case 'lib': return LIBRARY[e.name]!.result;
  }
}

/** The class of the values of `e` that are not null or undefined; undefined when it is always nullish. */
function presentTag(e: GenExpr): Tag | undefined {
  if (e.kind === 'cond') {
    const a = presentTag(e.then);
    const b = presentTag(e.else);
    if (a === undefined || b === undefined || a === b) return a ?? b;
    return a === 'any' || b === 'any' ? 'any' : 'mixed';
  }
  const t = tagOf(e);
  return t === 'null' || t === 'undefined' ? undefined : t;
}

type Semantics = 'always' | 'never' | 'sometimes';

function union(a: Semantics, b: Semantics): Semantics {
  return a === b ? a : 'sometimes';
}

/** Whether TypeScript considers `e` syntactically always truthy, never truthy, or either. */
function truthySemantics(e: GenExpr): Semantics {
  switch (e.kind) {
    case 'num': return /^[0-9.]/.test(e.text) ? (e.text === '0' || e.text === '1' ? 'sometimes' : 'always') : 'sometimes';
    case 'str': return e.value === '' ? 'never' : 'always';
    case 'null': case 'undefined': return 'never';
    case 'unary': return e.op === 'void' ? 'never' : 'sometimes';
    case 'cond': return union(truthySemantics(e.then), truthySemantics(e.else));
    default: return 'sometimes';
  }
}

/** Whether TypeScript considers `e` syntactically always nullish, never nullish, or either. */
function nullishSemantics(e: GenExpr): Semantics {
  switch (e.kind) {
    case 'null': case 'undefined': return 'always';
    case 'cond': return union(nullishSemantics(e.then), nullishSemantics(e.else));
    case 'logical': case 'const': case 'param': case 'math': case 'convert': case 'length': case 'strMethod':
    case 'numMethod': case 'arrayMethod': case 'call': case 'lib':
      return 'sometimes';
    default: return 'never';
  }
}

function num(text: string): GenExpr {
  return { kind: 'num', value: Number(text), text };
}

function str(value: string): GenExpr {
  return { kind: 'str', value, text: JSON.stringify(value) };
}

function keep(e: GenExpr, filler: GenExpr): GenExpr {
  return { kind: 'cond', test: { kind: 'bool', value: true }, then: e, else: filler };
}

/** `e` made acceptable in a truthiness position (same value). */
function truthyOperand(e: GenExpr): GenExpr {
  const sem = truthySemantics(e);
  if (sem === 'sometimes') return e;
  if (tagOf(e) === 'string') return keep(e, str(sem === 'always' ? '' : 'x'));
  return keep(e, num('0'));
}

/** `e` made acceptable as the left operand of `??` (same value). */
function nullishOperand(e: GenExpr): GenExpr {
  const sem = nullishSemantics(e);
  if (sem === 'sometimes') return e;
  return keep(e, sem === 'never' ? { kind: 'null' } : num('0'));
}

/** Rewrites every operand TypeScript rejects syntactically (see the module doc); values are unchanged. */
export function repairTree(e: GenExpr): GenExpr {
  switch (e.kind) {
    case 'num': case 'str': case 'bool': case 'null': case 'undefined': case 'param': return e;
    case 'const': return { ...e, init: repairTree(e.init) };
    case 'unary': {
      const operand = repairTree(e.operand);
      return { ...e, operand: e.op === '!' ? truthyOperand(operand) : operand };
    }
    case 'binary': return { ...e, left: repairTree(e.left), right: repairTree(e.right) };
    case 'logical': {
      const left = repairTree(e.left);
      return { ...e, left: e.op === '??' ? nullishOperand(left) : truthyOperand(left), right: repairTree(e.right) };
    }
    case 'cond': return { kind: 'cond', test: truthyOperand(repairTree(e.test)), then: repairTree(e.then), else: repairTree(e.else) };
    case 'template': return { ...e, spans: e.spans.map(repairTree) };
    case 'math': return { ...e, args: e.args.map(repairTree) };
    case 'convert': return { ...e, arg: repairTree(e.arg) };
    case 'length': return { ...e, receiver: repairTree(e.receiver) };
    case 'strMethod': return { ...e, receiver: repairTree(e.receiver), args: e.args.map(repairTree) };
    case 'numMethod': return { ...e, receiver: repairTree(e.receiver) };
    case 'arrayMethod': return { ...e, elements: e.elements.map(repairTree), args: e.args.map(repairTree) };
    case 'call': return { ...e, body: repairTree(e.body), loop: e.loop && { ...e.loop, step: repairTree(e.loop.step) }, args: e.args.map(repairTree) };
    case 'lib': return { ...e, args: e.args.map(repairTree) };
  }
}

/**
 * The cast an operand needs in its position: `undefined` for none, or the type to cast to (`any`, or
 * the wide type of an equality whose operands share one class, so literal types do not trip TS2367).
 */
export type Cast = 'any' | 'number' | 'string' | 'boolean' | undefined;

/** Casts for the two operands of binary operator `op`. */
export function binaryCasts(op: string, left: GenExpr, right: GenExpr): [Cast, Cast] {
  const l = tagOf(left);
  const r = tagOf(right);
  if (['==', '!=', '===', '!=='].includes(op)) {
    if (l === r && (l === 'number' || l === 'string' || l === 'boolean')) return [l, l];
    return ['any', 'any'];
  }
  if (['<', '<=', '>', '>='].includes(op)) {
    if (l === r && (l === 'number' || l === 'string')) return [undefined, undefined];
    return [needs(l, 'number'), needs(r, 'number')];
  }
  if (op === '+') {
    if (l === 'string' || r === 'string') return [undefined, undefined];
    return [needs(l, 'number'), needs(r, 'number')];
  }
  return [needs(l, 'number'), needs(r, 'number')];
}

/** `any` when an operand of class `tag` must be cast to be used where `want` is expected. */
export function needs(tag: Tag, want: Tag): Cast {
  return tag === want || tag === 'any' ? undefined : 'any';
}

/** The cast of the operand of unary `op`. */
export function unaryCast(op: string, operand: GenExpr): Cast {
  const t = tagOf(operand);
  if (op === '-' || op === '~') return needs(t, 'number');
  if (op === '+') return t === 'number' || t === 'string' || t === 'boolean' || t === 'any' ? undefined : 'any';
  return undefined;
}
