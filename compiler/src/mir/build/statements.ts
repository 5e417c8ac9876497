/**
 * HIR statements -> MIR blocks. Loops, switches and labels become jump targets; try statements push
 * cleanups on the function's one cleanup stack, so break/continue/return unwind finally blocks,
 * iterator closes and handlers in one innermost-first order (ECMA-262 14.15.3, 7.4.11 IteratorClose).
 */
import type { Stmt } from '../../ir/hir.ts';
import type { Block, Operand } from '../mir.ts';
import { buildEffect, buildExpr, iterableText } from './expressions.ts';
import type { FinallyRegion, FunctionBuilder } from './function-builder.ts';
import { buildForAwait } from './for-await.ts';
import { buildAwait, buildGeneratorReturn } from './suspend.ts';

export function buildStmt(b: FunctionBuilder, s: Stmt): void {
  switch (s.kind) {
    case 'expr': buildEffect(b, s.expr); return;
    case 'init': b.emit({ k: 'store', binding: s.binding, src: buildExpr(b, s.value) }); return;
    case 'block':
      b.emit({ k: 'enterScope', scope: s.scope });
      for (const x of s.body) buildStmt(b, x);
      return;
    case 'if': {
      const test = buildExpr(b, s.test);
      const then = b.newBlock('if.then');
      const done = b.newBlock('if.end');
      const otherwise = s.else === undefined ? done : b.newBlock('if.else');
      b.terminate({ k: 'branch', cond: { k: 'truthy', value: test }, then, else: otherwise }, then);
      buildStmt(b, s.then);
      b.terminate({ k: 'goto', target: done }, otherwise);
      if (s.else !== undefined) {
        buildStmt(b, s.else);
        b.goto(done);
      }
      return;
    }
    case 'loop': buildLoop(b, s); return;
    case 'forOf': buildForOf(b, s); return;
    case 'forIn': buildForIn(b, s); return;
    case 'labeled': {
      const end = b.newBlock('label.end');
      b.targets.push({ label: s.label, kind: 'labeled', breakTo: end, breakDepth: b.cleanups.length, continueTo: undefined, continueDepth: 0 });
      buildStmt(b, s.body);
      b.targets.pop();
      b.goto(end);
      return;
    }
    case 'break':
    case 'continue': {
      const t = b.target(s.kind, s.label);
      b.unwindTo(s.kind === 'break' ? t.breakDepth : t.continueDepth);
      b.terminate({ k: 'goto', target: s.kind === 'break' ? t.breakTo : t.continueTo! });
      return;
    }
    case 'return': buildReturn(b, s.value === undefined ? undefined : buildExpr(b, s.value)); return;
    case 'throw': b.terminate({ k: 'throw', value: buildExpr(b, s.value) }); return;
    case 'try': buildTry(b, s); return;
    case 'switch': buildSwitch(b, s); return;
    case 'empty': return;
  }
}

/** `return value`: unwinds every cleanup, then applies the constructor rules (ECMA-262 10.2.2 [[Construct]] steps 10-12). */
export function buildReturn(b: FunctionBuilder, value: Operand | undefined): void {
  const fn = b.fn;
  if (b.kind === 'resumable') {
    // An async generator awaits the operand of `return` (15.x ReturnStatement evaluation).
    const awaited = value !== undefined && fn.async && fn.generator ? buildAwait(b, value) : value;
    buildGeneratorReturn(b, awaited ?? { k: 'undefined' });
    return;
  }
  b.unwindTo(0);
  const self = fn.thisBinding;
  if ((fn.kind === 'ctor' || fn.kind === 'derivedCtor') && self === undefined) throw new Error('internal: constructor without a this binding');
  if (fn.kind === 'ctor' && self !== undefined) {
    const thisValue = b.into((dest) => ({ k: 'load', dest, binding: self, tdz: false }));
    if (value === undefined) {
      b.terminate({ k: 'return', value: thisValue });
      return;
    }
    returnIfObject(b, value);
    b.terminate({ k: 'return', value: thisValue });
    return;
  }
  if (fn.kind === 'derivedCtor' && self !== undefined) {
    if (value !== undefined) {
      returnIfObject(b, value);
      const bad = b.newBlock('return.notUndefined');
      const ok = b.newBlock('return.undefined');
      b.terminate({ k: 'branch', cond: { k: 'isUndefined', value }, then: ok, else: bad }, bad);
      b.emit({ k: 'runtime', dest: undefined, fn: 'throwDerivedReturn', args: [] });
      b.terminate({ k: 'unreachable' }, ok);
    }
    const thisValue = b.into((dest) => ({ k: 'load', dest, binding: self, tdz: false }));
    const unbound = b.newBlock('return.thisTdz');
    const bound = b.newBlock('return.this');
    b.terminate({ k: 'branch', cond: { k: 'isEmpty', value: thisValue }, then: unbound, else: bound }, unbound);
    b.emit({ k: 'runtime', dest: undefined, fn: 'throwThisTdz', args: [] });
    b.terminate({ k: 'unreachable' }, bound);
    b.terminate({ k: 'return', value: thisValue });
    return;
  }
  b.terminate({ k: 'return', value: value ?? { k: 'undefined' } });
}

function returnIfObject(b: FunctionBuilder, value: Operand): void {
  const isObject = b.into((dest) => ({ k: 'runtime', dest, fn: 'isObject', args: [value] }));
  const ret = b.newBlock('return.object');
  const other = b.newBlock('return.notObject');
  b.terminate({ k: 'branch', cond: { k: 'truthy', value: isObject }, then: ret, else: other }, ret);
  b.terminate({ k: 'return', value }, other);
}

function buildLoop(b: FunctionBuilder, s: Extract<Stmt, { kind: 'loop' }>): void {
  if (s.scope !== undefined) b.emit({ k: 'enterScope', scope: s.scope });
  for (const i of s.init) buildStmt(b, i);
  const head = b.newBlock('loop.head');
  const body = b.newBlock('loop.body');
  const cont = b.newBlock('loop.continue');
  const exit = b.newBlock('loop.exit');
  const perIteration = s.perIteration && s.scope !== undefined;
  b.goto(head);
  if (perIteration) b.emit({ k: 'copyScope', scope: s.scope! });
  if (s.test !== undefined && !s.postTest) {
    const t = buildExpr(b, s.test);
    b.terminate({ k: 'branch', cond: { k: 'truthy', value: t }, then: body, else: exit }, body);
  } else {
    b.goto(body);
  }
  const depth = b.cleanups.length;
  b.targets.push({ label: s.label, kind: 'loop', breakTo: exit, breakDepth: depth, continueTo: cont, continueDepth: depth });
  buildStmt(b, s.body);
  b.targets.pop();
  b.goto(cont);
  if (s.test !== undefined && s.postTest) {
    const t = buildExpr(b, s.test);
    const next = b.newBlock('loop.update');
    b.terminate({ k: 'branch', cond: { k: 'truthy', value: t }, then: next, else: exit }, next);
  }
  if (s.update !== undefined) {
    if (perIteration) b.emit({ k: 'copyScope', scope: s.scope! });
    buildEffect(b, s.update);
  }
  b.terminate({ k: 'goto', target: head }, exit);
}

function buildForOf(b: FunctionBuilder, s: Extract<Stmt, { kind: 'forOf' }>): void {
  if (s.await) {
    buildForAwait(b, s, buildIterationBody);
    return;
  }
  const iterable = buildExpr(b, s.iterable);
  const iter = b.local('iter', 'iter');
  b.emit({ k: 'runtime', dest: undefined, fn: 'iterOpen', args: [{ k: 'addr', local: iter }, iterable, iterableText(s.iterableText)] });
  const breakDepth = b.cleanups.length;
  b.cleanups.push({ k: 'iter', iter });
  const head = b.newBlock('forOf.head');
  const body = b.newBlock('forOf.body');
  const exit = b.newBlock('forOf.exit');
  const value = b.local(s.valueTemp.name);
  b.goto(head);
  b.terminate({ k: 'branch', cond: { k: 'iterStep', iter, out: value }, then: body, else: exit }, body);
  b.emit({ k: 'store', binding: s.valueTemp, src: { k: 'local', local: value } });
  buildIterationBody(b, s, head, exit, breakDepth);
  b.cleanups.pop();
  b.switchTo(exit);
}

function buildForIn(b: FunctionBuilder, s: Extract<Stmt, { kind: 'forIn' }>): void {
  const object = buildExpr(b, s.object);
  const keys = b.into((dest) => ({ k: 'runtime', dest, fn: 'forInKeys', args: [object] }));
  const index = b.local('index', 'int');
  b.emit({ k: 'move', dest: index, src: { k: 'int', value: 0 } });
  const head = b.newBlock('forIn.head');
  const body = b.newBlock('forIn.body');
  const exit = b.newBlock('forIn.exit');
  const value = b.local(s.valueTemp.name);
  b.goto(head);
  b.terminate({ k: 'branch', cond: { k: 'forInNext', keys, object, index, out: value }, then: body, else: exit }, body);
  b.emit({ k: 'store', binding: s.valueTemp, src: { k: 'local', local: value } });
  buildIterationBody(b, s, head, exit, b.cleanups.length);
  b.switchTo(exit);
}

/** The part of for-of and for-in after the step: the head's fresh bindings, the body, and the back edge. */
function buildIterationBody(b: FunctionBuilder, s: Extract<Stmt, { kind: 'forOf' | 'forIn' }>, head: Block, exit: Block, breakDepth: number): void {
  const cont = b.newBlock('iteration.continue');
  b.emit({ k: 'enterScope', scope: s.scope });
  for (const x of s.bindStmts) buildStmt(b, x);
  b.targets.push({ label: s.label, kind: 'loop', breakTo: exit, breakDepth, continueTo: cont, continueDepth: b.cleanups.length });
  buildStmt(b, s.body);
  b.targets.pop();
  b.goto(cont);
  b.terminate({ k: 'goto', target: head });
}

function buildTry(b: FunctionBuilder, s: Extract<Stmt, { kind: 'try' }>): void {
  if (s.finallyBody === undefined) {
    buildTryCatch(b, s);
    return;
  }
  const region: FinallyRegion = {
    entry: b.newBlock('finally'), completion: b.local('completion', 'int'), exception: b.local('exception'), continuations: [],
  };
  const handler = b.local('handler', 'handler');
  const body = b.newBlock('try.body');
  const landing = b.newBlock('finally.landing');
  const after = b.newBlock('try.end');
  b.terminate({ k: 'tryEnter', handler, body, landing }, body);
  const depth = b.cleanups.length;
  b.cleanups.push({ k: 'finally', handler, landing, region });
  buildTryCatch(b, s);
  b.cleanups.pop();
  b.emit({ k: 'tryPop', handler });
  b.emit({ k: 'move', dest: region.completion, src: { k: 'int', value: 1 } });
  b.terminate({ k: 'goto', target: region.entry }, landing);
  b.emit({ k: 'tryPop', handler });
  b.emit({ k: 'runtime', dest: region.exception, fn: 'caughtException', args: [] });
  b.emit({ k: 'move', dest: region.completion, src: { k: 'int', value: 0 } });
  b.goto(region.entry);
  if (b.cleanups.length !== depth) throw new Error('internal: unbalanced cleanup stack');
  buildStmt(b, s.finallyBody);
  const rethrow = b.newBlock('finally.rethrow');
  b.terminate({
    k: 'switch', value: region.completion,
    cases: [{ value: 0, target: rethrow }, { value: 1, target: after }, ...region.continuations.map((c) => ({ value: c.code, target: c.target }))],
    otherwise: after,
  }, rethrow);
  b.terminate({ k: 'throw', value: { k: 'local', local: region.exception } }, after);
}

function buildTryCatch(b: FunctionBuilder, s: Extract<Stmt, { kind: 'try' }>): void {
  if (s.catchBody === undefined) {
    buildStmt(b, s.block);
    return;
  }
  const handler = b.local('handler', 'handler');
  const body = b.newBlock('try.body');
  const landing = b.newBlock('catch');
  const after = b.newBlock('catch.end');
  b.terminate({ k: 'tryEnter', handler, body, landing }, body);
  b.cleanups.push({ k: 'handler', handler, landing });
  buildStmt(b, s.block);
  b.cleanups.pop();
  b.emit({ k: 'tryPop', handler });
  b.terminate({ k: 'goto', target: after }, landing);
  b.emit({ k: 'tryPop', handler });
  b.emit({ k: 'enterScope', scope: s.catchScope! });
  if (s.catchBinding !== undefined) {
    const caught = b.into((dest) => ({ k: 'runtime', dest, fn: 'caughtException', args: [] }));
    b.emit({ k: 'store', binding: s.catchBinding, src: caught });
  }
  const catchBlock = s.catchBody as Extract<Stmt, { kind: 'block' }>;
  for (const x of catchBlock.body) buildStmt(b, x);
  b.goto(after);
}

function buildSwitch(b: FunctionBuilder, s: Extract<Stmt, { kind: 'switch' }>): void {
  const d = buildExpr(b, s.discriminant);
  const exit = b.newBlock('switch.exit');
  const caseBlocks = s.cases.map(() => b.newBlock('switch.case'));
  b.emit({ k: 'enterScope', scope: s.scope });
  s.cases.forEach((c, i) => {
    if (c.test === undefined) return;
    const t = buildExpr(b, c.test);
    const next = b.newBlock('switch.test');
    b.terminate({ k: 'branch', cond: { k: 'strictEquals', left: d, right: t }, then: caseBlocks[i]!, else: next }, next);
  });
  const dflt = s.cases.findIndex((c) => c.test === undefined);
  b.terminate({ k: 'goto', target: dflt >= 0 ? caseBlocks[dflt]! : exit }, caseBlocks[0] ?? exit);
  b.targets.push({ label: s.label, kind: 'switch', breakTo: exit, breakDepth: b.cleanups.length, continueTo: undefined, continueDepth: 0 });
  s.cases.forEach((c, i) => {
    b.switchTo(caseBlocks[i]!);
    for (const x of c.body) buildStmt(b, x);
    b.terminate({ k: 'goto', target: caseBlocks[i + 1] ?? exit });
  });
  b.targets.pop();
  b.switchTo(exit);
}
