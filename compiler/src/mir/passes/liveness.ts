/**
 * Liveness of MIR locals (backward dataflow over the blocks), and the two decisions it drives:
 * - volatile: a C local that is live into a try's landing block and assigned somewhere its protected
 *   body can reach may have been changed between the setjmp and the longjmp, so C needs it volatile
 *   (C17 7.13.2.1); no other local is;
 * - inFrame (resumable functions): a local live across a suspend point must survive the C function's
 *   return, so it becomes a field of the heap frame; handlers never do (they are re-pushed on resume).
 * Re-runnable: both flags are recomputed from scratch.
 */
import type { Block, Local, MirFunction } from '../mir.ts';
import { instrDef, instrUses, mapInstrOperands, successors, termDef, termUses } from '../visit.ts';

/** Live-in sets per block. */
export function liveIn(f: MirFunction): Map<Block, Set<Local>> {
  const gen = new Map<Block, Set<Local>>();
  const kill = new Map<Block, Set<Local>>();
  for (const b of f.blocks) {
    const g = new Set<Local>();
    const k = new Set<Local>();
    const use = (l: Local): void => {
      if (!k.has(l)) g.add(l);
    };
    for (const i of b.instrs) {
      instrUses(i).forEach(use);
      const d = instrDef(i);
      if (d !== undefined) k.add(d);
    }
    if (b.term !== undefined) {
      termUses(b.term).forEach(use);
      const d = termDef(b.term);
      if (d !== undefined) k.add(d);
    }
    gen.set(b, g);
    kill.set(b, k);
  }
  const live = new Map<Block, Set<Local>>(f.blocks.map((b) => [b, new Set<Local>()]));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = f.blocks.length - 1; i >= 0; i--) {
      const b = f.blocks[i]!;
      const out = new Set<Local>();
      if (b.term !== undefined) for (const s of successors(b.term)) for (const l of live.get(s) ?? []) out.add(l);
      const inSet = new Set(gen.get(b));
      const k = kill.get(b)!;
      for (const l of out) if (!k.has(l)) inSet.add(l);
      if (inSet.size !== live.get(b)!.size) {
        live.set(b, inSet);
        changed = true;
      }
    }
  }
  return live;
}

/** Locals assigned in any block reachable from `start`. */
function assignedFrom(start: Block): Set<Local> {
  const seen = new Set<Block>();
  const out = new Set<Local>();
  const work = [start];
  while (work.length > 0) {
    const b = work.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    for (const i of b.instrs) {
      const d = instrDef(i);
      if (d !== undefined) out.add(d);
      mapInstrOperands(i, (o) => {
        if (o.k === 'addr') out.add(o.local); // written through the pointer
        return o;
      });
      if (i.k === 'classCreate') out.add(i.proto);
    }
    if (b.term !== undefined) {
      const d = termDef(b.term);
      if (d !== undefined) out.add(d);
      if (b.term.k === 'branch' && (b.term.cond.k === 'iterStep' || b.term.cond.k === 'forInNext')) out.add(b.term.cond.k === 'iterStep' ? b.term.cond.iter : b.term.cond.index);
      work.push(...successors(b.term));
    }
  }
  return out;
}

export function assignVolatileAndFrame(f: MirFunction): void {
  const live = liveIn(f);
  for (const l of f.locals) {
    l.volatile = false;
    l.inFrame = false;
  }
  for (const b of f.blocks) {
    if (b.term?.k !== 'tryEnter') continue;
    const assigned = assignedFrom(b.term.body);
    for (const l of live.get(b.term.landing) ?? []) if (assigned.has(l)) l.volatile = true;
  }
  if (f.kind === 'resumable') {
    for (const resume of f.resumePoints.values()) {
      for (const l of live.get(resume) ?? []) if (l.repr !== 'handler') l.inFrame = true;
    }
    for (const l of f.locals) if (l.inFrame) l.volatile = false;
  }
}
