/**
 * The bindings pass: turns binding accesses into storage accesses once the storage pass has decided
 * where each binding lives. Local bindings become MIR locals (with an explicit TDZ check where the
 * HIR asked for one), environment bindings become slots of a record reached through the function's
 * own record locals or the closure's chain, module bindings become C statics. `enterScope`
 * becomes the allocation of the scope's record (when it has slots) plus TDZ markers in its lexical
 * locals, `copyScope` a record copy, and `env` operands a concrete record. Idempotent: a second run
 * finds nothing left to rewrite.
 */
import type { Binding, Scope } from '../../ir/hir.ts';
import type { Instr, Local, MirFunction, Operand } from '../mir.ts';
import { mapInstrOperands, mapTermOperands } from '../visit.ts';

/** The nearest scope at or above `scope` that has an environment record. */
function firstEnvScope(scope: Scope | undefined): Scope | undefined {
  while (scope !== undefined && scope.envSize === 0) scope = scope.parent;
  return scope;
}

export function lowerBindings(f: MirFunction): void {
  const owner = f.source;
  const bindingLocal = (b: Binding): Local => {
    let l = f.bindingLocals.get(b);
    if (l === undefined) {
      l = { id: f.locals.length, name: b.name, repr: 'boxed', volatile: false, inFrame: false };
      f.locals.push(l);
      f.bindingLocals.set(b, l);
    }
    return l;
  };
  const envLocal = (s: Scope): Local => {
    let l = f.envLocals.get(s);
    if (l === undefined) {
      l = { id: f.locals.length, name: `env${s.id}`, repr: 'env', volatile: false, inFrame: false };
      f.locals.push(l);
      f.envLocals.set(s, l);
    }
    return l;
  };
  /** Above this function's own scopes: the closure's captured record (none for the module). */
  const outermost: Operand = f.source.kind === 'module' ? { k: 'nullEnv' } : { k: 'outerEnv', hops: 0 };
  /** The innermost record enclosing `scope` (inclusive): this function's own, or the closure's. */
  const envAt = (scope: Scope): Operand => {
    let s: Scope | undefined = scope;
    while (s !== undefined && s.fn === owner) {
      if (s.envSize > 0) return { k: 'local', local: envLocal(s) };
      s = s.parent;
    }
    return outermost;
  };
  /** The record that holds `scope`'s slots. */
  const recordOf = (scope: Scope): Operand => {
    if (scope.fn === owner) return { k: 'local', local: envLocal(scope) };
    let hops = 0;
    let s = firstEnvScope(owner.scope.parent);
    while (s !== undefined && s !== scope) {
      hops++;
      s = firstEnvScope(s.parent);
    }
    if (s === undefined) throw new Error(`internal: no environment for scope ${scope.id} in ${f.name}`);
    return { k: 'outerEnv', hops };
  };
  const resolve = (o: Operand): Operand => (o.k === 'env' ? envAt(o.scope) : o);

  for (const block of f.blocks) {
    const out: Instr[] = [];
    for (const raw of block.instrs) {
      const i = mapInstrOperands(raw, resolve);
      switch (i.k) {
        case 'load': {
          const b = i.binding;
          if (b.storage === 'local') out.push({ k: 'move', dest: i.dest, src: { k: 'local', local: bindingLocal(b) } });
          else if (b.storage === 'env') out.push({ k: 'loadSlot', dest: i.dest, env: recordOf(b.scope), index: b.envIndex });
          else out.push({ k: 'loadStatic', dest: i.dest, binding: b });
          if (i.tdz) out.push({ k: 'checkTdz', src: { k: 'local', local: i.dest }, name: b.name, isThis: b.kind === 'this' });
          break;
        }
        case 'store': {
          const b = i.binding;
          if (b.storage === 'local') out.push({ k: 'move', dest: bindingLocal(b), src: i.src });
          else if (b.storage === 'env') out.push({ k: 'storeSlot', env: recordOf(b.scope), index: b.envIndex, src: i.src });
          else out.push({ k: 'storeStatic', binding: b, src: i.src });
          break;
        }
        case 'enterScope': {
          const s = i.scope;
          if (s.envSize > 0) {
            const parent: Operand = s.parent === undefined ? outermost : envAt(s.parent);
            out.push({ k: 'envNew', dest: envLocal(s), parent, size: s.envSize });
          }
          for (const b of s.bindings) {
            if (b.storage === 'local' && b.lexical && s.kind !== 'module') out.push({ k: 'move', dest: bindingLocal(b), src: { k: 'empty' } });
          }
          break;
        }
        case 'copyScope':
          if (i.scope.envSize > 0) out.push({ k: 'envCopy', env: envLocal(i.scope) });
          break;
        default:
          out.push(i);
      }
    }
    block.instrs.length = 0;
    block.instrs.push(...out);
    if (block.term !== undefined) block.term = mapTermOperands(block.term, resolve);
  }
}
