/**
 * Counts of outcomes per directory, down to single files (the shape test262.fyi publishes): every node
 * has the counts of the scenarios beneath it; directories have `children`, keyed by name, sorted.
 */
import { OUTCOMES, type Outcome } from './outcomes.ts';
import type { ScenarioResult } from './run.ts';

/** Scenario counts by outcome. */
export type Counts = Record<Outcome, number>;

/** One directory or file of the tree. */
export interface CountTree {
  readonly counts: Counts;
  readonly children?: Record<string, CountTree>;
}

/** Zero counts. */
export function emptyCounts(): Counts {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Counts;
}

interface MutableNode { counts: Counts; children?: Map<string, MutableNode> }

function freeze(node: MutableNode): CountTree {
  if (node.children === undefined) return { counts: node.counts };
  const names = [...node.children.keys()].sort();
  return { counts: node.counts, children: Object.fromEntries(names.map((n) => [n, freeze(node.children!.get(n)!)])) };
}

/** The tree of `results`, rooted at test/. */
export function countTree(results: readonly ScenarioResult[]): CountTree {
  const root: MutableNode = { counts: emptyCounts(), children: new Map() };
  for (const r of results) {
    let node = root;
    node.counts[r.outcome]++;
    const parts = r.test.split('/');
    parts.forEach((part, i) => {
      const children = node.children ??= new Map();
      let child = children.get(part);
      if (child === undefined) {
        child = { counts: emptyCounts(), ...(i < parts.length - 1 ? { children: new Map() } : {}) };
        children.set(part, child);
      }
      child.counts[r.outcome]++;
      node = child;
    });
  }
  return freeze(root);
}

/** Total scenarios of `counts`. */
export function total(counts: Counts): number {
  return OUTCOMES.reduce((n, o) => n + counts[o], 0);
}

/** PASS share of `counts` as a percentage with one decimal ("-" when empty). */
export function rate(counts: Counts): string {
  const n = total(counts);
  return n === 0 ? '-' : `${((100 * counts.PASS) / n).toFixed(1)}%`;
}

/** The nodes at `depth` (1: annexB, built-ins, ...; 2: built-ins/Array, ...) with their paths, sorted. */
export function level(tree: CountTree, depth: number, prefix = ''): Array<{ path: string; counts: Counts }> {
  if (tree.children === undefined) return [];
  return Object.entries(tree.children).flatMap(([name, child]) => {
    const p = prefix === '' ? name : `${prefix}/${name}`;
    return depth === 1 ? (child.children === undefined ? [] : [{ path: p, counts: child.counts }]) : level(child, depth - 1, p);
  });
}
