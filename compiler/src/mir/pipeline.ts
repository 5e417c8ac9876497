/**
 * The MIR pass pipeline: storage analysis over the whole program, then per function the bindings
 * pass, dead blocks and liveness. With `verify`, the verifier runs after building and after each
 * pass (tests and TSN_VERIFY_MIR=1 turn it on).
 */
import type { Program } from '../ir/hir.ts';
import { buildProgram } from './build/index.ts';
import type { MirProgram } from './mir.ts';
import { lowerBindings } from './passes/bindings.ts';
import { removeDeadBlocks } from './passes/dead-blocks.ts';
import { assignVolatileAndFrame } from './passes/liveness.ts';
import { analyzeStorage } from './passes/storage.ts';
import { verifyFunction } from './passes/verify.ts';

export function compileToMir(program: Program, verify = process.env['TSN_VERIFY_MIR'] === '1'): MirProgram {
  const mir = buildProgram(program);
  const all = [...mir.functions, ...mir.moduleChunks];
  if (verify) all.forEach((f) => verifyFunction(f, 'built'));
  analyzeStorage(mir);
  for (const f of all) {
    lowerBindings(f);
    if (verify) verifyFunction(f, 'lowered');
    removeDeadBlocks(f);
    if (verify) verifyFunction(f, 'lowered');
    assignVolatileAndFrame(f);
  }
  return mir;
}
