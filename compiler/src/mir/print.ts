/**
 * The readable text form of MIR (`tsn build --emit=mir`, stage tests). One function per paragraph:
 *
 *   fn fn_3 (function f) {
 *     locals: %0 t, %1 iter: iter, %2 x volatile, %3 s frame
 *     bb0 (entry):
 *       %0 = getProp %2 .length
 *       goto bb1
 *   }
 *
 * Deterministic: it depends only on the MIR.
 */
import type { Args, Block, Cond, Instr, Local, MirFunction, MirProgram, Operand, Terminator } from './mir.ts';

function local(l: Local): string {
  return `%${l.id}`;
}

function operand(o: Operand): string {
  switch (o.k) {
    case 'local': return local(o.local);
    case 'number': return Object.is(o.value, -0) ? '-0' : String(o.value);
    case 'string': return JSON.stringify(o.value);
    case 'bool': return String(o.value);
    case 'undefined': case 'null': case 'empty': case 'callee': case 'resumeValue': case 'nullEnv': return o.k;
    case 'thisArg': return 'this';
    case 'newTarget': return 'new.target';
    case 'arg': return `arg[${o.index}]`;
    case 'restArgs': return `args[${o.index}..]`;
    case 'cstring': return o.value === undefined ? 'c:NULL' : `c:${JSON.stringify(o.value)}`;
    case 'int': return `i:${o.value}`;
    case 'code': return `@fn_${o.fn.id}`;
    case 'env': return `env(scope ${o.scope.id})`;
    case 'outerEnv': return `fenv${'^'.repeat(o.hops)}`;
    case 'addr': return `&${local(o.local)}`;
    case 'asObject': return `obj(${operand(o.of)})`;
    case 'arrayLength': return `len(${operand(o.of)})`;
    case 'arrayElements': return `elems(${operand(o.of)})`;
  }
}

function args(a: Args): string {
  return a.k === 'list' ? `(${a.items.map(operand).join(', ')})` : `(...${operand(a.array)})`;
}

function binding(b: { readonly id: number; readonly name: string }): string {
  return `${b.name}#${b.id}`;
}

export function printInstr(i: Instr): string {
  switch (i.k) {
    case 'move': return `${local(i.dest)} = ${operand(i.src)}`;
    case 'load': return `${local(i.dest)} = load ${binding(i.binding)}${i.tdz ? ' tdz' : ''}`;
    case 'store': return `store ${binding(i.binding)} = ${operand(i.src)}`;
    case 'enterScope': return `enterScope ${i.scope.id}`;
    case 'copyScope': return `copyScope ${i.scope.id}`;
    case 'envNew': return `${local(i.dest)} = envNew ${operand(i.parent)} size ${i.size}`;
    case 'envCopy': return `envCopy ${local(i.env)}`;
    case 'loadSlot': return `${local(i.dest)} = ${operand(i.env)}[${i.index}]`;
    case 'storeSlot': return `${operand(i.env)}[${i.index}] = ${operand(i.src)}`;
    case 'loadStatic': return `${local(i.dest)} = static ${binding(i.binding)}`;
    case 'storeStatic': return `static ${binding(i.binding)} = ${operand(i.src)}`;
    case 'checkTdz': return `checkTdz ${operand(i.src)} ${i.isThis ? 'this' : JSON.stringify(i.name)}`;
    case 'unary': return `${local(i.dest)} = ${i.op} ${operand(i.src)}`;
    case 'binary': return `${local(i.dest)} = ${operand(i.left)} ${i.op} ${operand(i.right)}`;
    case 'getGlobal': return `${local(i.dest)} = global ${i.name}`;
    case 'typeofGlobal': return `${local(i.dest)} = typeof global ${i.name}`;
    case 'getProp': return `${local(i.dest)} = ${operand(i.object)}.${i.name}`;
    case 'setProp': return `${operand(i.object)}.${i.name} = ${operand(i.value)}${i.strict ? '' : ' (sloppy)'}`;
    case 'getIndex': return `${local(i.dest)} = ${operand(i.object)}[${operand(i.key)}]`;
    case 'setIndex': return `${operand(i.object)}[${operand(i.key)}] = ${operand(i.value)}${i.strict ? '' : ' (sloppy)'}`;
    case 'call': return `${local(i.dest)} = call ${operand(i.callee)} this ${operand(i.thisArg)} ${args(i.args)}`;
    case 'callMethod': return `${local(i.dest)} = callMethod ${operand(i.object)}.${i.name} ${args(i.args)}`;
    case 'construct': return `${local(i.dest)} = new ${operand(i.callee)} ${args(i.args)}`;
    case 'superConstruct': return `${local(i.dest)} = super ${args(i.args)}`;
    case 'closure': return `${local(i.dest)} = closure @fn_${i.fn.id} env ${operand(i.env)}`;
    case 'newArray': return `${local(i.dest)} = [${i.items.map(operand).join(', ')}]`;
    case 'classCreate': return `${local(i.dest)} = class ${JSON.stringify(i.name)} ctor @fn_${i.ctor.id} extends ${operand(i.parent)} proto ${local(i.proto)} env ${operand(i.env)}`;
    case 'runtime': return `${i.dest === undefined ? '' : `${local(i.dest)} = `}runtime ${i.fn}(${i.args.map(operand).join(', ')})`;
    case 'tryPop': return `tryPop ${local(i.handler)}`;
  }
}

function cond(c: Cond): string {
  switch (c.k) {
    case 'truthy': return `truthy ${operand(c.value)}`;
    case 'nullish': return `nullish ${operand(c.value)}`;
    case 'strictEquals': return `${operand(c.left)} === ${operand(c.right)}`;
    case 'isEmpty': return `isEmpty ${operand(c.value)}`;
    case 'isUndefined': return `isUndefined ${operand(c.value)}`;
    case 'iterStep': return `iterStep ${local(c.iter)} -> ${local(c.out)}`;
    case 'forInNext': return `forInNext ${operand(c.keys)} ${operand(c.object)} ${local(c.index)}++ -> ${local(c.out)}`;
    case 'resumeMode': return `resumeMode ${c.mode}`;
  }
}

function bb(b: Block): string {
  return `bb${b.id}`;
}

export function printTerm(t: Terminator): string {
  switch (t.k) {
    case 'goto': return `goto ${bb(t.target)}`;
    case 'branch': return `branch ${cond(t.cond)} ? ${bb(t.then)} : ${bb(t.else)}`;
    case 'switch': return `switch ${local(t.value)} [${t.cases.map((c) => `${c.value}: ${bb(c.target)}`).join(', ')}] else ${bb(t.otherwise)}`;
    case 'return': return `return ${operand(t.value)}`;
    case 'throw': return `throw ${operand(t.value)}`;
    case 'tryEnter': return `tryEnter ${local(t.handler)} body ${bb(t.body)} landing ${bb(t.landing)}`;
    case 'suspend': return `suspend${t.awaits ? ' await' : ''} ${operand(t.value)} state ${t.state} resume ${bb(t.resume)}`;
    case 'unreachable': return 'unreachable';
  }
}

export function printFunction(f: MirFunction): string {
  const locals = f.locals.map((l) => `${local(l)} ${l.name}${l.repr === 'boxed' ? '' : `: ${l.repr}`}${l.volatile ? ' volatile' : ''}${l.inFrame ? ' frame' : ''}`);
  const lines = [`fn ${f.name} (${f.kind} ${f.source.name || '(anonymous)'}) {`, `  locals: ${locals.join(', ')}`];
  for (const b of f.blocks) {
    lines.push(`  ${bb(b)} (${b.note}):`);
    for (const i of b.instrs) lines.push(`    ${printInstr(i)}`);
    lines.push(`    ${b.term === undefined ? '<unterminated>' : printTerm(b.term)}`);
  }
  lines.push('}');
  return lines.join('\n');
}

export function printProgram(p: MirProgram): string {
  return [...p.functions, ...p.moduleChunks].map(printFunction).join('\n\n') + '\n';
}
