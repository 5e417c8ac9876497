/**
 * Constant propagation: which bindings hold a known constant, and where reading them is sure to see
 * that constant rather than a TDZ error.
 *
 * A binding is propagatable when it is a `const` or `let` with exactly one `init` statement, never
 * assigned (Binding.mutated false), not declared in a switch (lowering does not track TDZ across
 * cases), and its init folded to a primitive. Such a read is replaced by the value when
 * - the read cannot observe TDZ (`read.tdzCheck === false`: after the declaration in the same function), or
 * - the binding is *safe*: its init is a top-level statement of its function preceded only by inert
 *   statements (constants, function definitions; see fold.ts), so no program code, and no closure
 *   that could read it, can run before it is initialised.
 *
 * The same rules decide what a comptime evaluation at a fold site may read from outside (OuterScope):
 * a safe binding, or one initialised by an earlier top-level statement of the site's own function;
 * known functions (purity.ts) likewise — function declarations are hoisted, so always initialised.
 */
import type { Binding, Expr, FunctionNode } from '../ir/hir.ts';
import type { OuterBinding, OuterScope } from './evaluator.ts';
import type { ProgramFacts } from './purity.ts';
import type { Primitive } from './values.ts';

/** Where a fold happens: a function and the index of its top-level statement (prologue then body). */
export interface FoldSiteContext {
  readonly fn: FunctionNode;
  readonly ordinal: number;
}

/** The OuterScope of one fold site; `orderDependent` turns true once a lookup depended on statement order
 * (then the evaluation's result holds at this site only and is not memoised). */
export interface SiteScope extends OuterScope {
  orderDependent: boolean;
}

export class ConstTable {
  private readonly facts: ProgramFacts;
  private readonly constants = new Map<Binding, Primitive>();
  /** Bindings initialised by a top-level statement: its function and ordinal. */
  private readonly topLevel = new Map<Binding, FoldSiteContext>();
  private readonly safe = new Set<Binding>();

  constructor(facts: ProgramFacts) {
    this.facts = facts;
  }

  /** True when `b` can hold a propagated constant (const/let, bound once, never assigned, not in a switch). */
  propagatable(b: Binding): boolean {
    return (b.kind === 'const' || b.kind === 'let') && !b.mutated && this.facts.initCount.get(b) === 1 && !this.facts.switchScopes.has(b.scope);
  }

  /** Records that the single init of `b` (propagatable) gives the constant `value`. */
  recordConstant(b: Binding, value: Primitive): void {
    this.constants.set(b, value);
  }

  /** Records that `b` is initialised by top-level statement `at`. */
  recordTopLevel(b: Binding, at: FoldSiteContext): void {
    this.topLevel.set(b, at);
  }

  /** Marks `b` safe: no read anywhere can observe it uninitialised. */
  markSafe(b: Binding): void {
    this.safe.add(b);
  }

  /** The constant a read stands for, when it may be propagated (see the module doc). */
  propagate(read: Extract<Expr, { kind: 'read' }>): { value: Primitive } | undefined {
    const b = read.binding;
    if (!this.constants.has(b) || !this.propagatable(b)) return undefined;
    if (read.tdzCheck && !this.safe.has(b)) return undefined;
    return { value: this.constants.get(b) };
  }

  /** Whether `b` is surely initialised when top-level statement `site` of `site.fn` runs; notes a use of statement order. */
  private initialisedAt(b: Binding, site: FoldSiteContext, scope: SiteScope): boolean {
    if (this.safe.has(b)) return true;
    const at = this.topLevel.get(b);
    scope.orderDependent = true;
    return at !== undefined && at.fn === site.fn && at.ordinal < site.ordinal;
  }

  /** What an evaluation at `site` may read from outside (OuterScope of evaluator.ts). */
  outerAt(site: FoldSiteContext): SiteScope {
    const scope: SiteScope = { orderDependent: false, lookup: (b) => this.lookup(b, site, scope) };
    return scope;
  }

  private lookup(b: Binding, site: FoldSiteContext, scope: SiteScope): OuterBinding {
    const fn = this.facts.functions.get(b);
    if (fn !== undefined) {
      return b.kind === 'function' || this.initialisedAt(b, site, scope) ? { fn } : { bail: `calls '${b.name}', which may not be initialised yet` };
    }
    if (this.constants.has(b) && this.propagatable(b)) {
      return this.initialisedAt(b, site, scope) ? { value: this.constants.get(b) } : { bail: `reads '${b.name}', which may not be initialised yet` };
    }
    if (b.mutated || b.kind === 'var') return { bail: `reads mutable binding '${b.name}'` };
    if (this.propagatable(b) && !this.topLevel.has(b) && b.scope.fn === site.fn) return { bail: `reads '${b.name}', which may not be initialised yet` };
    if (b.kind === 'const' || b.kind === 'let') return { bail: `reads '${b.name}', which is not a constant` };
    return { bail: `reads outer binding '${b.name}'` };
  }
}
