/**
 * Generic access to the operands, destinations and successors of MIR nodes, for passes: every
 * analysis and rewrite goes through these three, so a new node kind is handled in one place.
 */
import type { Args, Block, Cond, Instr, Local, Operand, Terminator } from './mir.ts';

type MapOperand = (o: Operand) => Operand;

function mapArgs(a: Args, f: MapOperand): Args {
  return a.k === 'list' ? { k: 'list', items: a.items.map(f) } : { k: 'spread', array: f(a.array) };
}

/** A copy of `i` with every operand replaced by f(operand) (destinations unchanged). */
export function mapInstrOperands(i: Instr, f: MapOperand): Instr {
  switch (i.k) {
    case 'move': return { ...i, src: f(i.src) };
    case 'load': case 'enterScope': case 'copyScope': case 'getGlobal': case 'typeofGlobal': case 'envCopy': case 'tryPop': case 'loadStatic':
      return i;
    case 'store': case 'storeStatic': return { ...i, src: f(i.src) };
    case 'envNew': return { ...i, parent: f(i.parent) };
    case 'loadSlot': return { ...i, env: f(i.env) };
    case 'storeSlot': return { ...i, env: f(i.env), src: f(i.src) };
    case 'checkTdz': return { ...i, src: f(i.src) };
    case 'unary': return { ...i, src: f(i.src) };
    case 'binary': return { ...i, left: f(i.left), right: f(i.right) };
    case 'getProp': return { ...i, object: f(i.object) };
    case 'setProp': return { ...i, object: f(i.object), value: f(i.value) };
    case 'getIndex': return { ...i, object: f(i.object), key: f(i.key) };
    case 'setIndex': return { ...i, object: f(i.object), key: f(i.key), value: f(i.value) };
    case 'call': return { ...i, callee: f(i.callee), thisArg: f(i.thisArg), args: mapArgs(i.args, f) };
    case 'callMethod': return { ...i, object: f(i.object), args: mapArgs(i.args, f) };
    case 'construct': return { ...i, callee: f(i.callee), args: mapArgs(i.args, f) };
    case 'superConstruct': return { ...i, args: mapArgs(i.args, f) };
    case 'closure': return { ...i, env: f(i.env) };
    case 'newArray': return { ...i, items: i.items.map(f) };
    case 'classCreate': return { ...i, parent: f(i.parent), env: f(i.env) };
    case 'runtime': return { ...i, args: i.args.map(f) };
  }
}

function mapCond(c: Cond, f: MapOperand): Cond {
  switch (c.k) {
    case 'truthy': case 'nullish': case 'isEmpty': case 'isUndefined': return { ...c, value: f(c.value) };
    case 'strictEquals': return { ...c, left: f(c.left), right: f(c.right) };
    case 'forInNext': return { ...c, keys: f(c.keys), object: f(c.object) };
    case 'iterStep': case 'resumeMode': return c;
  }
}

/** A copy of `t` with every operand replaced by f(operand). */
export function mapTermOperands(t: Terminator, f: MapOperand): Terminator {
  switch (t.k) {
    case 'goto': case 'switch': case 'tryEnter': case 'unreachable': return t;
    case 'branch': return { ...t, cond: mapCond(t.cond, f) };
    case 'return': case 'throw': case 'suspend': return { ...t, value: f(t.value) };
  }
}

/** The locals an operand reads (an `addr` operand both reads and may write its local). */
export function operandLocals(o: Operand): Local[] {
  switch (o.k) {
    case 'local': case 'addr': return [o.local];
    case 'asObject': case 'arrayLength': case 'arrayElements': return operandLocals(o.of);
    default: return [];
  }
}

/** Locals read by an instruction. */
export function instrUses(i: Instr): Local[] {
  const out: Local[] = [];
  mapInstrOperands(i, (o) => {
    out.push(...operandLocals(o));
    return o;
  });
  if (i.k === 'tryPop') out.push(i.handler);
  if (i.k === 'envCopy') out.push(i.env);
  if (i.k === 'classCreate') out.push(i.proto);
  return out;
}

/** The local an instruction writes, if any. */
export function instrDef(i: Instr): Local | undefined {
  return 'dest' in i ? i.dest : undefined;
}

/** Locals read by a terminator (including those its condition writes through: iterStep's iterator). */
export function termUses(t: Terminator): Local[] {
  const out: Local[] = [];
  mapTermOperands(t, (o) => {
    out.push(...operandLocals(o));
    return o;
  });
  if (t.k === 'branch' && t.cond.k === 'iterStep') out.push(t.cond.iter);
  if (t.k === 'branch' && t.cond.k === 'forInNext') out.push(t.cond.index);
  if (t.k === 'switch') out.push(t.value);
  if (t.k === 'tryEnter') out.push(t.handler);
  return out;
}

/** The local a terminator's condition writes (the stepped value of for-of/for-in). */
export function termDef(t: Terminator): Local | undefined {
  if (t.k === 'branch' && (t.cond.k === 'iterStep' || t.cond.k === 'forInNext')) return t.cond.out;
  return undefined;
}

/** The blocks control may go to after `t` (a suspend's resume block is reached through the dispatch). */
export function successors(t: Terminator): Block[] {
  switch (t.k) {
    case 'goto': return [t.target];
    case 'branch': return [t.then, t.else];
    case 'switch': return [...t.cases.map((c) => c.target), t.otherwise];
    case 'tryEnter': return [t.body, t.landing];
    case 'suspend': return [t.resume];
    case 'return': case 'throw': case 'unreachable': return [];
  }
}
