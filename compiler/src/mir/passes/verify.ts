/**
 * The MIR verifier, run after every pass in tests and debug builds (TSN_VERIFY_MIR=1 or
 * `verify: true` in the pipeline): every block is terminated and belongs to its function, every
 * local used belongs to the function, after the bindings pass no binding-level node is left, and
 * resumable functions only suspend in resumable functions. Throws an Error naming the function,
 * block and problem.
 */
import type { Block, Local, MirFunction } from '../mir.ts';
import { instrDef, instrUses, successors, termUses } from '../visit.ts';

export function verifyFunction(f: MirFunction, stage: 'built' | 'lowered'): void {
  const blocks = new Set<Block>(f.blocks);
  const locals = new Set<Local>(f.locals);
  const fail = (b: Block, what: string): never => {
    throw new Error(`MIR verifier (${stage}): ${f.name} bb${b.id} (${b.note}): ${what}`);
  };
  for (const b of f.blocks) {
    if (b.term === undefined) fail(b, 'block without terminator');
    for (const i of b.instrs) {
      for (const l of [...instrUses(i), ...(instrDef(i) ? [instrDef(i)!] : [])]) if (!locals.has(l)) fail(b, `foreign local ${l.name} in ${i.k}`);
      if (stage === 'lowered' && (i.k === 'load' || i.k === 'store' || i.k === 'enterScope' || i.k === 'copyScope')) fail(b, `${i.k} left after the bindings pass`);
    }
    for (const l of termUses(b.term!)) if (!locals.has(l)) fail(b, `foreign local ${l.name} in terminator`);
    for (const s of successors(b.term!)) if (!blocks.has(s)) fail(b, `successor bb${s.id} not in function`);
    if (b.term!.k === 'suspend' && f.kind !== 'resumable') fail(b, 'suspend outside a resumable function');
  }
  for (const [state, block] of f.resumePoints) if (!blocks.has(block)) throw new Error(`MIR verifier: ${f.name}: resume point ${state} lost`);
}
