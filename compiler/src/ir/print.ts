/**
 * The readable text form of HIR (`tsn build --emit=hir`, stage tests): each function as a header
 * line and its statements indented, expressions in a compact prefix form, bindings as name#id.
 * Deterministic: it depends only on the HIR.
 */
import type { Arg, Binding, ClassNode, Expr, FunctionNode, ObjectProp, Program, Stmt } from './hir.ts';

function b(x: Binding): string {
  return `${x.name}#${x.id}`;
}

function args(list: readonly Arg[]): string {
  return list.map((a) => (a.spread ? '...' : '') + expr(a.expr)).join(', ');
}

function prop(p: ObjectProp): string {
  switch (p.kind) {
    case 'init': return `${expr(p.key)}: ${expr(p.value)}`;
    case 'spread': return `...${expr(p.value)}`;
    case 'method': case 'getter': case 'setter': return `${p.kind} ${expr(p.key)}: @fn_${p.fn.id}`;
  }
}

function cls(c: ClassNode): string {
  const members = c.members.map((m) => `${m.isStatic ? 'static ' : ''}${m.kind} ${expr(m.key)}: @fn_${m.fn.id}`);
  return `class ${JSON.stringify(c.name)}${c.heritage === undefined ? '' : ` extends ${expr(c.heritage)}`} ctor @fn_${c.ctor.id} { ${members.join('; ')} }`;
}

export function expr(e: Expr): string {
  switch (e.kind) {
    case 'number': return Object.is(e.value, -0) ? '-0' : String(e.value);
    case 'string': return JSON.stringify(e.value);
    case 'boolean': return String(e.value);
    case 'null': case 'undefined': case 'callee': return e.kind;
    case 'read': return `${b(e.binding)}${e.tdzCheck ? '!' : ''}`;
    case 'global': return `global ${e.name}`;
    case 'typeofGlobal': return `typeof global ${e.name}`;
    case 'assign': return `(${b(e.target)} = ${expr(e.value)})`;
    case 'unary': return `(${e.op} ${expr(e.operand)})`;
    case 'binary': case 'logical': return `(${expr(e.left)} ${e.op} ${expr(e.right)})`;
    case 'cond': return `(${expr(e.test)} ? ${expr(e.then)} : ${expr(e.else)})`;
    case 'seq': return `(${e.exprs.map(expr).join(', ')})`;
    case 'toNumeric': return `toNumeric(${expr(e.operand)})`;
    case 'toPropertyKey': return `toPropertyKey(${expr(e.operand)})`;
    case 'member': return `${expr(e.object)}.${e.name}`;
    case 'index': return `${expr(e.object)}[${expr(e.key)}]`;
    case 'setMember': return `(${expr(e.object)}.${e.name} = ${expr(e.value)})`;
    case 'setIndex': return `(${expr(e.object)}[${expr(e.key)}] = ${expr(e.value)})`;
    case 'deleteMember': return `delete ${expr(e.object)}[${expr(e.key)}]`;
    case 'superMember': return `super[${expr(e.key)}]`;
    case 'call': return `${expr(e.callee)}(${args(e.args)})`;
    case 'callMethod': return `${expr(e.object)}.${e.staticName ?? `[${expr(e.key)}]`}(${args(e.args)})`;
    case 'callWithThis': return `${expr(e.callee)}.call(${expr(e.thisValue)}${e.args.length > 0 ? ', ' : ''}${args(e.args)})`;
    case 'new': return `new ${expr(e.callee)}(${args(e.args)})`;
    case 'superCall': return `super(${args(e.args)})`;
    case 'function': return `@fn_${e.fn.id}`;
    case 'defineField': return `defineField(${expr(e.object)}, ${expr(e.key)}, ${expr(e.value)}${e.accessor === undefined ? '' : `, ${e.accessor}`})`;
    case 'class': return cls(e.cls);
    case 'object': return `{ ${e.props.map(prop).join(', ')} }`;
    case 'array': return `[${e.elements.map((a) => (a === null ? '<hole>' : (a.spread ? '...' : '') + expr(a.expr))).join(', ')}]`;
    case 'template': return `\`${e.parts.map(expr).join(' ')}\``;
    case 'privateName': return `privateName ${e.description}`;
    case 'privateGet': return `${expr(e.object)}.#[${expr(e.key)}]`;
    case 'privateSet': return `(${expr(e.object)}.#[${expr(e.key)}] = ${expr(e.value)})`;
    case 'privateIn': return `(#[${expr(e.key)}] in ${expr(e.object)})`;
    case 'await': return `(await ${expr(e.value)})`;
    case 'yield': return `(yield${e.value === undefined ? '' : ` ${expr(e.value)}`})`;
    case 'yieldStar': return `(yield* ${expr(e.value)})`;
    case 'intrinsic': return `%${e.name}(${e.args.map(expr).join(', ')})`;
  }
}

function stmts(list: readonly Stmt[], indent: string, out: string[]): void {
  for (const s of list) stmt(s, indent, out);
}

function stmt(s: Stmt, indent: string, out: string[]): void {
  const inner = indent + '  ';
  const label = (l: string | undefined): string => (l === undefined ? '' : `${l}: `);
  switch (s.kind) {
    case 'expr': out.push(indent + expr(s.expr)); return;
    case 'init': out.push(`${indent}init ${b(s.binding)} = ${expr(s.value)}`); return;
    case 'block': out.push(`${indent}block scope ${s.scope.id}`); stmts(s.body, inner, out); return;
    case 'if':
      out.push(`${indent}if ${expr(s.test)}`);
      stmt(s.then, inner, out);
      if (s.else !== undefined) {
        out.push(`${indent}else`);
        stmt(s.else, inner, out);
      }
      return;
    case 'loop':
      out.push(`${indent}${label(s.label)}loop${s.postTest ? ' (post-test)' : ''}${s.test === undefined ? '' : ` while ${expr(s.test)}`}${s.update === undefined ? '' : ` update ${expr(s.update)}`}`);
      stmts(s.init, inner + 'init ', out);
      stmt(s.body, inner, out);
      return;
    case 'forOf': case 'forIn':
      out.push(`${indent}${label(s.label)}${s.kind} ${b(s.valueTemp)} ${s.kind === 'forOf' ? 'of ' + expr(s.iterable) : 'in ' + expr(s.object)}`);
      stmts(s.bindStmts, inner, out);
      stmt(s.body, inner, out);
      return;
    case 'labeled': out.push(`${indent}${s.label}:`); stmt(s.body, inner, out); return;
    case 'break': case 'continue': out.push(`${indent}${s.kind}${s.label === undefined ? '' : ' ' + s.label}`); return;
    case 'return': out.push(`${indent}return${s.value === undefined ? '' : ' ' + expr(s.value)}`); return;
    case 'throw': out.push(`${indent}throw ${expr(s.value)}`); return;
    case 'try':
      out.push(`${indent}try`);
      stmt(s.block, inner, out);
      if (s.catchBody !== undefined) {
        out.push(`${indent}catch${s.catchBinding === undefined ? '' : ' ' + b(s.catchBinding)}`);
        stmt(s.catchBody, inner, out);
      }
      if (s.finallyBody !== undefined) {
        out.push(`${indent}finally`);
        stmt(s.finallyBody, inner, out);
      }
      return;
    case 'switch':
      out.push(`${indent}${label(s.label)}switch ${expr(s.discriminant)}`);
      for (const c of s.cases) {
        out.push(`${inner}${c.test === undefined ? 'default' : 'case ' + expr(c.test)}:`);
        stmts(c.body, inner + '  ', out);
      }
      return;
    case 'empty': return;
  }
}

export function printHirFunction(fn: FunctionNode): string {
  const params = fn.params.map((p) => (p.rest ? '...' : '') + b(p.binding)).join(', ');
  const out = [`fn_${fn.id} ${fn.kind}${fn.async ? ' async' : ''}${fn.generator ? '*' : ''} ${fn.name || '(anonymous)'}(${params})`];
  stmts(fn.prologue, '  prologue ', out);
  stmts(fn.body, '  ', out);
  return out.join('\n');
}

export function printHirProgram(p: Program): string {
  return p.functions.map(printHirFunction).join('\n\n') + '\n';
}
