/**
 * HIR expressions -> MIR instructions, in JS evaluation order: each operand is computed into a
 * temporary before the operation that uses it, so the C printer may pass operands in any order.
 */
import type { Arg, ClassNode, Expr, FunctionNode, ObjectProp } from '../../ir/hir.ts';
import type { Args, Operand } from '../mir.ts';
import type { FunctionBuilder } from './function-builder.ts';
import { buildAwait, buildYield, buildYieldStar } from './suspend.ts';

const UNDEFINED: Operand = { k: 'undefined' };

/** The kind code of tsn_define_method / tsn_set_function_name's prefix: method, getter, setter. */
const ACCESSOR_KIND = { method: 0, getter: 1, setter: 2 } as const;

/** Evaluates `e` for its effects only. */
export function buildEffect(b: FunctionBuilder, e: Expr): void {
  buildExpr(b, e);
}

/** Evaluates `e` and returns the operand holding its value. */
export function buildExpr(b: FunctionBuilder, e: Expr): Operand {
  switch (e.kind) {
    case 'number': return { k: 'number', value: e.value };
    case 'string': return { k: 'string', value: e.value };
    case 'boolean': return { k: 'bool', value: e.value };
    case 'null': return { k: 'null' };
    case 'undefined': return UNDEFINED;
    case 'read': return b.into((dest) => ({ k: 'load', dest, binding: e.binding, tdz: e.tdzCheck }));
    case 'global': return b.into((dest) => ({ k: 'getGlobal', dest, name: e.name }));
    case 'typeofGlobal': return b.into((dest) => ({ k: 'typeofGlobal', dest, name: e.name }));
    case 'callee': return { k: 'callee' };
    case 'assign': {
      const v = buildExpr(b, e.value);
      b.emit({ k: 'store', binding: e.target, src: v });
      return v;
    }
    case 'unary': {
      const v = buildExpr(b, e.operand);
      if (e.op === 'void') return UNDEFINED;
      const op = e.op;
      return b.into((dest) => ({ k: 'unary', dest, op, src: v }));
    }
    case 'binary': {
      const l = buildExpr(b, e.left);
      const r = buildExpr(b, e.right);
      return b.into((dest) => ({ k: 'binary', dest, op: e.op, left: l, right: r }));
    }
    case 'logical': {
      const result = b.temp();
      b.emit({ k: 'move', dest: result, src: buildExpr(b, e.left) });
      const value: Operand = { k: 'local', local: result };
      const right = b.newBlock('logical.right');
      const done = b.newBlock('logical.end');
      if (e.op === '??') b.terminate({ k: 'branch', cond: { k: 'nullish', value }, then: right, else: done }, right);
      else if (e.op === '&&') b.terminate({ k: 'branch', cond: { k: 'truthy', value }, then: right, else: done }, right);
      else b.terminate({ k: 'branch', cond: { k: 'truthy', value }, then: done, else: right }, right);
      b.emit({ k: 'move', dest: result, src: buildExpr(b, e.right) });
      b.goto(done);
      return value;
    }
    case 'cond': {
      const result = b.temp();
      const test = buildExpr(b, e.test);
      const then = b.newBlock('cond.then');
      const otherwise = b.newBlock('cond.else');
      const done = b.newBlock('cond.end');
      b.terminate({ k: 'branch', cond: { k: 'truthy', value: test }, then, else: otherwise }, then);
      b.emit({ k: 'move', dest: result, src: buildExpr(b, e.then) });
      b.terminate({ k: 'goto', target: done }, otherwise);
      b.emit({ k: 'move', dest: result, src: buildExpr(b, e.else) });
      b.goto(done);
      return { k: 'local', local: result };
    }
    case 'seq': {
      let last: Operand = UNDEFINED;
      for (const x of e.exprs) last = buildExpr(b, x);
      return last;
    }
    case 'toNumeric': {
      const v = buildExpr(b, e.operand);
      return b.into((dest) => ({ k: 'unary', dest, op: 'toNumeric', src: v }));
    }
    case 'toPropertyKey': {
      const v = buildExpr(b, e.operand);
      return b.into((dest) => ({ k: 'unary', dest, op: 'toPropertyKey', src: v }));
    }
    case 'member': {
      const o = buildExpr(b, e.object);
      return b.into((dest) => ({ k: 'getProp', dest, object: o, name: e.name }));
    }
    case 'index': {
      const o = buildExpr(b, e.object);
      const key = buildExpr(b, e.key);
      return b.into((dest) => ({ k: 'getIndex', dest, object: o, key }));
    }
    case 'setMember': {
      const o = buildExpr(b, e.object);
      const v = buildExpr(b, e.value);
      b.emit({ k: 'setProp', object: o, name: e.name, value: v, strict: b.fn.strict });
      return v;
    }
    case 'setIndex': {
      const o = buildExpr(b, e.object);
      const key = buildExpr(b, e.key);
      const v = buildExpr(b, e.value);
      b.emit({ k: 'setIndex', object: o, key, value: v, strict: b.fn.strict });
      return v;
    }
    case 'deleteMember': {
      const o = buildExpr(b, e.object);
      const key = buildExpr(b, e.key);
      return b.into((dest) => ({ k: 'runtime', dest, fn: b.fn.strict ? 'deleteProperty' : 'deletePropertySloppy', args: [o, key] }));
    }
    case 'superMember': {
      const home = buildExpr(b, e.home);
      const self = buildExpr(b, e.thisValue);
      const key = buildExpr(b, e.key);
      return b.into((dest) => ({ k: 'runtime', dest, fn: 'superGet', args: [home, self, key] }));
    }
    case 'call': {
      const callee = buildExpr(b, e.callee);
      const args = buildArgs(b, e.args);
      return b.into((dest) => ({ k: 'call', dest, callee, thisArg: UNDEFINED, args, text: e.text }));
    }
    case 'callMethod': {
      const o = buildExpr(b, e.object);
      if (e.staticName !== undefined) {
        const name = e.staticName;
        const args = buildArgs(b, e.args);
        return b.into((dest) => ({ k: 'callMethod', dest, object: o, name, args, text: e.text }));
      }
      const key = buildExpr(b, e.key);
      const f = b.into((dest) => ({ k: 'getIndex', dest, object: o, key }));
      const args = buildArgs(b, e.args);
      return b.into((dest) => ({ k: 'call', dest, callee: f, thisArg: o, args, text: e.text }));
    }
    case 'callWithThis': {
      const callee = buildExpr(b, e.callee);
      const thisArg = buildExpr(b, e.thisValue);
      const args = buildArgs(b, e.args);
      return b.into((dest) => ({ k: 'call', dest, callee, thisArg, args, text: e.text }));
    }
    case 'new': {
      const callee = buildExpr(b, e.callee);
      const args = buildArgs(b, e.args);
      return b.into((dest) => ({ k: 'construct', dest, callee, args, text: e.text }));
    }
    case 'superCall': return buildSuperCall(b, e.args);
    case 'function': return buildClosure(b, e.fn, undefined);
    case 'class': return buildClass(b, e.cls);
    case 'defineField': {
      const o = buildExpr(b, e.object);
      const key = buildExpr(b, e.key);
      const v = e.value.kind === 'function' ? buildClosure(b, e.value.fn, o) : buildExpr(b, e.value);
      if (e.accessor === undefined) b.emit({ k: 'runtime', dest: undefined, fn: 'defineField', args: [o, key, v] });
      else b.emit({ k: 'runtime', dest: undefined, fn: 'defineMethod', args: [{ k: 'asObject', of: o }, key, v, { k: 'int', value: ACCESSOR_KIND[e.accessor] }, { k: 'int', value: 0 }] });
      return UNDEFINED;
    }
    case 'object': return buildObject(b, e.props);
    case 'array': return buildArray(b, e.elements);
    case 'template': {
      let acc: Operand | undefined;
      for (const part of e.parts) {
        const v = buildExpr(b, part);
        const s = part.kind === 'string' ? v : b.into((dest) => ({ k: 'unary', dest, op: 'toString', src: v }));
        const left = acc;
        acc = left === undefined ? s : b.into((dest) => ({ k: 'runtime', dest, fn: 'strConcat', args: [left, s] }));
      }
      return acc ?? { k: 'string', value: '' };
    }
    case 'privateName': return b.into((dest) => ({ k: 'runtime', dest, fn: 'privateNameNew', args: [{ k: 'string', value: e.description }] }));
    case 'privateGet': {
      const o = buildExpr(b, e.object);
      const key = buildExpr(b, e.key);
      return b.into((dest) => ({ k: 'runtime', dest, fn: 'privateGet', args: [o, key, { k: 'cstring', value: e.brand }] }));
    }
    case 'privateSet': {
      const o = buildExpr(b, e.object);
      const key = buildExpr(b, e.key);
      const v = buildExpr(b, e.value);
      b.emit({ k: 'runtime', dest: undefined, fn: 'privateSet', args: [o, key, v, { k: 'cstring', value: e.brand }] });
      return v;
    }
    case 'privateIn': {
      const o = buildExpr(b, e.object);
      const key = buildExpr(b, e.key);
      return b.into((dest) => ({ k: 'runtime', dest, fn: 'privateIn', args: [o, key] }));
    }
    case 'yield': return buildYield(b, e.value === undefined ? UNDEFINED : buildExpr(b, e.value));
    case 'yieldStar': return buildYieldStar(b, buildExpr(b, e.value), e.text);
    case 'await': return buildAwait(b, buildExpr(b, e.value));
    case 'intrinsic': {
      const args = e.args.map((a) => buildExpr(b, a));
      switch (e.name) {
        case 'destructureIterable': return b.into((dest) => ({ k: 'runtime', dest, fn: 'destructureIterable', args }));
        case 'objectRest': return b.into((dest) => ({ k: 'runtime', dest, fn: 'objectRest', args }));
        case 'requireObjectCoercible': return b.into((dest) => ({ k: 'runtime', dest, fn: 'requireObjectCoercible', args }));
        case 'regExpCreate': return b.into((dest) => ({ k: 'runtime', dest, fn: 'regExpCreate', args }));
        case 'globalSet':
          b.emit({ k: 'runtime', dest: undefined, fn: 'globalSet', args: [args[0]!, args[1]!, { k: 'int', value: b.fn.strict ? 1 : 0 }] });
          return args[1]!;
        case 'globalDelete': return b.into((dest) => ({ k: 'runtime', dest, fn: 'globalDelete', args }));
        case 'argumentsObject': return b.into((dest) => ({ k: 'runtime', dest, fn: 'argumentsNew', args: [intLiteral(e.args[0]!)] }));
        case 'mappedParamGet': return b.into((dest) => ({ k: 'runtime', dest, fn: 'mappedParamGet', args: [args[0]!, intLiteral(e.args[1]!)] }));
        case 'mappedParamSet':
          b.emit({ k: 'runtime', dest: undefined, fn: 'mappedParamSet', args: [args[0]!, intLiteral(e.args[1]!), args[2]!] });
          return args[2]!;
        case 'constAssign':
          b.emit({ k: 'runtime', dest: undefined, fn: 'throwConstAssign', args: [] });
          return UNDEFINED;
      }
    }
  }
}

/** A C int operand from a HIR number literal (intrinsic arguments fixed at compile time). */
function intLiteral(e: Expr): Operand {
  if (e.kind !== 'number') throw new Error(`internal: expected a number literal, got ${e.kind}`);
  return { k: 'int', value: e.value };
}

/** Evaluates call arguments: a list, or (with any spread) one array built element by element. */
export function buildArgs(b: FunctionBuilder, args: readonly Arg[]): Args {
  if (args.some((a) => a.spread)) return { k: 'spread', array: buildSpreadArray(b, args) };
  return { k: 'list', items: args.map((a) => buildExpr(b, a.expr)) };
}

function buildSpreadArray(b: FunctionBuilder, elements: readonly (Arg | null)[]): Operand {
  const arr = b.into((dest) => ({ k: 'runtime', dest, fn: 'newArray0', args: [] }));
  for (const el of elements) {
    if (el === null) {
      b.emit({ k: 'runtime', dest: undefined, fn: 'arrayAppendHole', args: [arr] });
      continue;
    }
    const v = buildExpr(b, el.expr);
    if (el.spread) b.emit({ k: 'runtime', dest: undefined, fn: 'arrayAppendIterable', args: [arr, v, iterableText(el.text)] });
    else b.emit({ k: 'runtime', dest: undefined, fn: 'arrayPush', args: [arr, v] });
  }
  return arr;
}

function buildArray(b: FunctionBuilder, elements: readonly (Arg | null)[]): Operand {
  if (elements.some((e) => e !== null && e.spread)) return buildSpreadArray(b, elements);
  const items = elements.map((e): Operand => (e === null ? { k: 'empty' } : buildExpr(b, e.expr)));
  return b.into((dest) => ({ k: 'newArray', dest, items }));
}

function buildObject(b: FunctionBuilder, props: readonly ObjectProp[]): Operand {
  const obj = b.into((dest) => ({ k: 'runtime', dest, fn: 'newObject', args: [] }));
  for (const p of props) {
    switch (p.kind) {
      case 'init': {
        const key = buildExpr(b, p.key);
        const v = buildExpr(b, p.value);
        if (isAnonymousDefinition(p.value) && p.key.kind !== 'string') b.emit({ k: 'runtime', dest: undefined, fn: 'setFunctionName', args: [v, key, { k: 'cstring', value: '' }] });
        b.emit({ k: 'runtime', dest: undefined, fn: 'defineOwn', args: [{ k: 'asObject', of: obj }, key, v] });
        break;
      }
      case 'spread': b.emit({ k: 'runtime', dest: undefined, fn: 'objectSpread', args: [obj, buildExpr(b, p.value)] }); break;
      case 'method':
      case 'getter':
      case 'setter': {
        const key = buildExpr(b, p.key);
        const f = buildClosure(b, p.fn, obj);
        const kind = ACCESSOR_KIND[p.kind];
        if (p.fn.name === '' || p.kind !== 'method') b.emit({ k: 'runtime', dest: undefined, fn: 'setFunctionName', args: [f, key, { k: 'cstring', value: NAME_PREFIX[kind] }] });
        b.emit({ k: 'runtime', dest: undefined, fn: 'defineMethod', args: [{ k: 'asObject', of: obj }, key, f, { k: 'int', value: kind }, { k: 'int', value: 1 }] });
        break;
      }
    }
  }
  return obj;
}

/** Creates a closure of `fn` over the current environment; `home` sets a method's home object. */
function buildClosure(b: FunctionBuilder, fn: FunctionNode, home: Operand | undefined): Operand {
  const f = b.into((dest) => ({ k: 'closure', dest, fn, env: { k: 'env', scope: fn.scope.parent! } }));
  if (home !== undefined) b.emit({ k: 'runtime', dest: undefined, fn: 'setHome', args: [f, { k: 'asObject', of: home }] });
  if (fn.source !== undefined) b.emit({ k: 'runtime', dest: undefined, fn: 'setSource', args: [f, { k: 'string', value: fn.source }] });
  return f;
}

function buildSuperCall(b: FunctionBuilder, hirArgs: readonly Arg[]): Operand {
  const self = b.fn.thisBinding;
  if (self === undefined) throw new Error('internal: super() outside a derived constructor');
  const args = buildArgs(b, hirArgs);
  const result = b.into((dest) => ({ k: 'superConstruct', dest, args }));
  const current = b.into((dest) => ({ k: 'load', dest, binding: self, tdz: false }));
  const twice = b.newBlock('super.twice');
  const ok = b.newBlock('super.bind');
  b.terminate({ k: 'branch', cond: { k: 'isEmpty', value: current }, then: ok, else: twice }, twice);
  b.emit({ k: 'runtime', dest: undefined, fn: 'throwSuperTwice', args: [] });
  b.terminate({ k: 'unreachable' }, ok);
  b.emit({ k: 'store', binding: self, src: result });
  if (b.fn.fieldsInit !== undefined) b.emit({ k: 'runtime', dest: undefined, fn: 'callFieldsInit', args: [{ k: 'code', fn: b.fn.fieldsInit }, result] });
  return result;
}

function buildClass(b: FunctionBuilder, cls: ClassNode): Operand {
  const parent: Operand = cls.heritage === undefined ? { k: 'empty' } : buildExpr(b, cls.heritage);
  const classScope = cls.ctor.scope.parent!;
  b.emit({ k: 'enterScope', scope: classScope });
  for (const p of cls.privateNames) {
    const v = b.into((dest) => ({ k: 'runtime', dest, fn: 'privateNameNew', args: [{ k: 'string', value: p.name }] }));
    b.emit({ k: 'store', binding: p, src: v });
  }
  for (const fk of cls.fieldKeys) {
    const key = buildExpr(b, fk.key);
    b.emit({ k: 'store', binding: fk.binding, src: b.into((dest) => ({ k: 'unary', dest, op: 'toPropertyKey', src: key })) });
  }
  const proto = b.local('proto', 'object');
  const ctor = b.into((dest) => ({ k: 'classCreate', dest, proto, parent, ctor: cls.ctor, name: cls.name, env: { k: 'env', scope: classScope } }));
  if (cls.ctor.source !== undefined) b.emit({ k: 'runtime', dest: undefined, fn: 'setSource', args: [ctor, { k: 'string', value: cls.ctor.source }] });
  const protoValue: Operand = { k: 'local', local: proto };
  for (const m of cls.members) {
    const target: Operand = m.isStatic ? ctor : protoValue;
    const key = buildExpr(b, m.key);
    const f = buildClosure(b, m.fn, target);
    const kind = ACCESSOR_KIND[m.kind];
    if (m.fn.name === '' || m.kind !== 'method') b.emit({ k: 'runtime', dest: undefined, fn: 'setFunctionName', args: [f, key, { k: 'cstring', value: NAME_PREFIX[kind] }] });
    b.emit({ k: 'runtime', dest: undefined, fn: 'defineMethod', args: [{ k: 'asObject', of: target }, key, f, { k: 'int', value: kind }, { k: 'int', value: 0 }] });
  }
  for (const m of cls.privateMethods) {
    const f = buildClosure(b, m.fn, m.isStatic ? ctor : protoValue);
    b.emit({ k: 'store', binding: m.binding, src: f });
  }
  if (cls.innerBinding !== undefined) b.emit({ k: 'store', binding: cls.innerBinding, src: ctor });
  if (cls.staticInit !== undefined) b.emit({ k: 'runtime', dest: undefined, fn: 'callStaticInit', args: [{ k: 'code', fn: cls.staticInit }, ctor] });
  return ctor;
}

const NAME_PREFIX = ['', 'get ', 'set '] as const;

/** An anonymous function or class definition: named by the property it initialises (NamedEvaluation). */
function isAnonymousDefinition(e: Expr): boolean {
  return (e.kind === 'function' && e.fn.name === '') || (e.kind === 'class' && e.cls.name === '');
}

/** The operand naming an iterable in V8's "x is not iterable": its source text when V8's
 * CallPrinter can render the operand, NULL (the generic message) otherwise. */
export function iterableText(text: string | undefined): Operand {
  return { k: 'cstring', value: text === '(intermediate value)' ? undefined : text };
}
