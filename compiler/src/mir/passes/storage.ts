/**
 * Storage (escape) analysis: decides where each HIR binding lives from the MIR that uses it, after
 * every HIR transform (comptime folding included), so a binding whose only outside use was folded
 * away needs no environment record. Module bindings are C statics; a binding read or written by a
 * function other than its own lives in its scope's environment record; every other binding is a
 * local of its function (promoted to a MIR local by the bindings pass). Re-runnable: it recomputes
 * every decision from the instructions present.
 */
import type { Binding, FunctionNode, Scope } from '../../ir/hir.ts';
import type { MirFunction, MirProgram } from '../mir.ts';

/** Every load/store of a binding in `f`, with the function the access happens in. */
function forEachBindingAccess(f: MirFunction, visit: (b: Binding) => void): void {
  for (const block of f.blocks) {
    for (const i of block.instrs) {
      if (i.k === 'load' || i.k === 'store' || i.k === 'loadStatic' || i.k === 'storeStatic') visit(i.binding);
    }
  }
}

export function analyzeStorage(program: MirProgram): void {
  const usedFrom = new Map<Binding, Set<FunctionNode>>();
  const scopes = new Set<Scope>();
  for (const f of [...program.functions, ...program.moduleChunks]) {
    forEachBindingAccess(f, (b) => {
      let fns = usedFrom.get(b);
      if (fns === undefined) usedFrom.set(b, (fns = new Set()));
      fns.add(f.source);
      scopes.add(b.scope);
    });
    for (const block of f.blocks) for (const i of block.instrs) if (i.k === 'enterScope' || i.k === 'copyScope') scopes.add(i.scope);
  }
  for (const scope of [...scopes].sort((a, b) => a.id - b.id)) {
    scope.envSize = 0;
    for (const b of scope.bindings) {
      if (scope.kind === 'module') {
        b.storage = 'module';
        continue;
      }
      const fns = usedFrom.get(b);
      const escapes = fns !== undefined && [...fns].some((fn) => fn !== scope.fn);
      b.storage = escapes ? 'env' : 'local';
      b.envIndex = escapes ? scope.envSize++ : -1;
    }
  }
}
