/**
 * The state of building one MIR function: its locals and blocks, the block being filled, the jump
 * targets of break/continue, and the one cleanup stack (clang's EHScopeStack in spirit) that every
 * exit unwinds innermost first: pending finally blocks, open iterators and try handlers alike.
 */
import type { Binding, FunctionNode, Scope } from '../../ir/hir.ts';
import type { Block, Instr, Local, MirFunction, MirKind, Operand, Repr, Terminator } from '../mir.ts';

/** A try statement's finally block, entered from every exit of its protected region with a
 * completion code in `completion` (0: throw `exception`; 1: fall through; 2+: a continuation). */
export interface FinallyRegion {
  readonly entry: Block;
  readonly completion: Local;
  readonly exception: Local;
  readonly continuations: { readonly code: number; readonly target: Block }[];
}

/**
 * What an exit must undo, innermost last:
 * - handler: a try-catch's setjmp handler (popped on exit; re-pushed when a generator resumes);
 * - finally: a try-finally's handler plus its finally block (run on every exit but a suspend);
 * - iter: an open for-of iterator (closed on break/return).
 */
export type Cleanup =
  | { readonly k: 'handler'; readonly handler: Local; readonly landing: Block }
  | { readonly k: 'finally'; readonly handler: Local; readonly landing: Block; readonly region: FinallyRegion }
  | { readonly k: 'iter'; readonly iter: Local };

/** A break/continue target; depths are cleanup-stack heights to unwind to. */
export interface JumpTarget {
  readonly label: string | undefined;
  /** 'loop' takes unlabelled break and continue; 'switch' unlabelled break; 'labeled' only labelled break. */
  readonly kind: 'loop' | 'switch' | 'labeled';
  readonly breakTo: Block;
  readonly breakDepth: number;
  readonly continueTo: Block | undefined;
  readonly continueDepth: number;
}

export class FunctionBuilder {
  readonly locals: Local[] = [];
  readonly blocks: Block[] = [];
  readonly entry: Block;
  /** The block instructions are appended to. */
  current: Block;
  readonly cleanups: Cleanup[] = [];
  readonly targets: JumpTarget[] = [];
  readonly resumePoints = new Map<number, Block>();
  readonly name: string;
  readonly kind: MirKind;
  readonly fn: FunctionNode;
  private nextState = 1;

  constructor(name: string, kind: MirKind, fn: FunctionNode) {
    this.name = name;
    this.kind = kind;
    this.fn = fn;
    this.entry = this.newBlock('entry');
    this.current = this.entry;
  }

  local(name: string, repr: Repr = 'boxed'): Local {
    const l: Local = { id: this.locals.length, name, repr, volatile: false, inFrame: false };
    this.locals.push(l);
    return l;
  }

  temp(): Local {
    return this.local('t');
  }

  newBlock(note: string): Block {
    const b: Block = { id: this.blocks.length, instrs: [], term: undefined, note };
    this.blocks.push(b);
    return b;
  }

  emit(i: Instr): void {
    this.current.instrs.push(i);
  }

  /** Ends the current block with `t` and continues in a fresh (unreachable until targeted) block. */
  terminate(t: Terminator, next?: Block): void {
    if (this.current.term === undefined) this.current.term = t;
    this.current = next ?? this.newBlock('after');
  }

  /** Ends the current block with a jump to `b` and continues filling `b`. */
  goto(b: Block): void {
    this.terminate({ k: 'goto', target: b }, b);
  }

  /** Continues filling `b` (the current block must already be terminated or be abandoned). */
  switchTo(b: Block): void {
    this.current = b;
  }

  /** A fresh resume-point number of a resumable function. */
  newState(): number {
    return this.nextState++;
  }

  /** Evaluates `make()` into a new temporary and returns it as an operand. */
  into(make: (dest: Local) => Instr): Operand {
    const dest = this.temp();
    this.emit(make(dest));
    return { k: 'local', local: dest };
  }

  /**
   * Unwinds the cleanup stack down to height `depth`, innermost first, on a jump, return or
   * generator return: pops handlers, closes iterators, and routes through each finally block (whose
   * completion continues the unwinding). The stack itself is left as it was, for the code after.
   */
  unwindTo(depth: number): void {
    for (let i = this.cleanups.length - 1; i >= depth; i--) {
      const c = this.cleanups[i]!;
      switch (c.k) {
        case 'handler': this.emit({ k: 'tryPop', handler: c.handler }); break;
        case 'iter': this.emit({ k: 'runtime', dest: undefined, fn: 'iterClose', args: [{ k: 'addr', local: c.iter }] }); break;
        case 'finally': {
          this.emit({ k: 'tryPop', handler: c.handler });
          const code = c.region.continuations.length + 2;
          const cont = this.newBlock('finally.continue');
          c.region.continuations.push({ code, target: cont });
          this.emit({ k: 'move', dest: c.region.completion, src: { k: 'int', value: code } });
          this.terminate({ k: 'goto', target: c.region.entry }, cont);
          break;
        }
      }
    }
  }

  /**
   * The code of a suspend point: before suspending, every handler is popped (the C stack that holds
   * them is left); on resume, they are re-established outermost first, each with its own landing
   * block. Open iterators need nothing here: the generator runtime detaches the ones opened by the
   * body while it is suspended. Code after the call runs on resume.
   */
  suspend(value: Operand, note: string, awaits = false): void {
    for (let i = this.cleanups.length - 1; i >= 0; i--) {
      const c = this.cleanups[i]!;
      if (c.k !== 'iter') this.emit({ k: 'tryPop', handler: c.handler });
    }
    const state = this.newState();
    const resume = this.newBlock(`${note}.resume`);
    this.resumePoints.set(state, resume);
    this.terminate({ k: 'suspend', value, state, resume, awaits }, resume);
    for (const c of this.cleanups) {
      if (c.k === 'iter') continue;
      const inside = this.newBlock(`${note}.reenter`);
      this.terminate({ k: 'tryEnter', handler: c.handler, body: inside, landing: c.landing }, inside);
    }
  }

  /** Finds the target of break/continue (with an optional label). */
  target(kind: 'break' | 'continue', label: string | undefined): JumpTarget {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i]!;
      if (kind === 'continue' && t.continueTo === undefined) continue;
      if (label !== undefined ? t.label !== label : kind === 'break' && t.kind === 'labeled') continue;
      return t;
    }
    throw new Error(`internal: no target for ${kind} ${label ?? ''}`);
  }

  finish(pos = this.fn.pos): MirFunction {
    // Blocks never terminated are the continuations after return/throw/break (no edge reaches them).
    for (const b of this.blocks) b.term ??= { k: 'unreachable' };
    return {
      name: this.name, kind: this.kind, source: this.fn, locals: this.locals, blocks: this.blocks, entry: this.entry,
      resumePoints: this.resumePoints, bindingLocals: new Map<Binding, Local>(), envLocals: new Map<Scope, Local>(), pos,
    };
  }
}
