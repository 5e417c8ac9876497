/**
 * Fixed pure helper functions that generated programs call with constant arguments: loops, recursion,
 * string building, `Math.imul` hashing, and data the evaluator must model exactly: arrays (push,
 * splice, sort, map/filter/reduce with closures, destructuring, NaN in indexOf vs includes), objects
 * (integer-like keys ordered first, delete, JSON.stringify), closures over per-iteration `let`
 * bindings, switch fallthrough, for-of over code points. They exercise the comptime evaluator (a call
 * of a pure function with constant arguments folds to its value) and, with comptime off, the run-time paths.
 * Each one is total: any argument value (NaN, -0, 1e21, a lone surrogate) ends quickly without
 * throwing, because counts are masked (`n & 31`) or bounded. Each source is one line, so fold sites
 * inside it map to its line.
 */
import type { ParamTag, Tag } from './model.ts';

/** One fixed helper: its parameter types, the type class of its result, and its one-line source. */
export interface LibraryFunction {
  readonly params: readonly ParamTag[];
  readonly result: Tag;
  readonly source: string;
}

export const LIBRARY: Readonly<Record<string, LibraryFunction>> = {
  fibLoop: {
    params: ['number'], result: 'number',
    source: 'function fibLoop(n: number): number { let a = 0; let b = 1; for (let i = 0; i < (n & 63); i++) { const t = a + b; a = b; b = t; } return a; }',
  },
  fibRec: {
    params: ['number'], result: 'number',
    source: 'function fibRec(n: number): number { const k = n & 15; return k < 2 ? k : fibRec(k - 1) + fibRec(k - 2); }',
  },
  gcd: {
    params: ['number', 'number'], result: 'number',
    source: 'function gcd(x: number, y: number): number { let a = Math.abs(x | 0); let b = Math.abs(y | 0); while (b !== 0) { const t = a % b; a = b; b = t; } return a; }',
  },
  popcount: {
    params: ['number'], result: 'number',
    source: 'function popcount(n: number): number { let x = n >>> 0; let c = 0; while (x !== 0) { x = (x & (x - 1)) >>> 0; c++; } return c; }',
  },
  collatz: {
    params: ['number'], result: 'number',
    source: 'function collatz(n: number): number { let x = ((n >>> 0) % 1000) + 1; let steps = 0; while (x !== 1 && steps < 300) { x = x % 2 === 0 ? x / 2 : 3 * x + 1; steps++; } return steps; }',
  },
  repeatJoin: {
    params: ['string', 'number'], result: 'string',
    source: "function repeatJoin(s: string, n: number): string { let r = ''; for (let i = 0; i < (n & 7); i++) { r += s + '|' + i; } return r; }",
  },
  hashString: {
    params: ['string'], result: 'number',
    source: 'function hashString(s: string): number { let h = 7; for (let i = 0; i < s.length; i++) { h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0; } return h; }',
  },
  reverseString: {
    params: ['string'], result: 'string',
    source: "function reverseString(s: string): string { let r = ''; for (let i = s.length - 1; i >= 0; i--) { r += s.charAt(i); } return r; }",
  },
  sumTo: {
    params: ['number'], result: 'number',
    source: 'function sumTo(n: number): number { let s = 0; const m = n % 500; for (let i = 0; i < m; i += 0.5) { s += i * i; } return s; }',
  },
  digitsOf: {
    params: ['number'], result: 'string',
    source: "function digitsOf(n: number): string { let x = Math.trunc(Math.abs(n) % 1e9); let out = ''; do { out = (x % 10) + ',' + out; x = Math.floor(x / 10); } while (x > 0); return out; }",
  },
  choose: {
    params: ['boolean', 'string', 'number'], result: 'string',
    source: 'function choose(c: boolean, s: string, n: number): string { if (c) { return s + n; } return `${n}:${s.length}`; }',
  },
  charHistogram: {
    params: ['string'], result: 'string',
    source: 'function charHistogram(s: string): string { const h: Record<string, number> = {}; for (const ch of s.slice(0, 24)) { h[ch] = (h[ch] ?? 0) + 1; } return JSON.stringify(h); }',
  },
  sortedChars: {
    params: ['string'], result: 'string',
    source: "function sortedChars(s: string): string { const parts = s.slice(0, 16).split(''); parts.sort(); parts.reverse(); return parts.join('-'); }",
  },
  mapFilter: {
    params: ['number'], result: 'string',
    source: "function mapFilter(n: number): string { const xs: number[] = []; for (let i = 0; i < (n & 15); i++) { xs.push(i * n); } return xs.map((x) => x % 7).filter((x) => x > 2 || x !== x).join(','); }",
  },
  closureSum: {
    params: ['number'], result: 'number',
    source: 'function closureSum(n: number): number { const fs: (() => number)[] = []; for (let i = 0; i < (n & 7); i++) { fs.push(() => i * i + n); } let s = 0; for (const f of fs) { s += f(); } return s; }',
  },
  switchFall: {
    params: ['number'], result: 'string',
    source: "function switchFall(n: number): string { let out = ''; switch (n & 7) { case 0: out += 'a'; case 1: out += 'b'; break; case 2: case 3: out += 'c'; default: out += 'd'; case 6: out += 'e'; } return out; }",
  },
  objectKeys: {
    params: ['string', 'number'], result: 'string',
    source: "function objectKeys(s: string, n: number): string { const o: Record<string, number> = { b: 1, a: 2 }; o[s] = n; o[String(n & 3)] = -0; delete o.b; return Object.keys(o).join(',') + '=' + Object.values(o).join(','); }",
  },
  arrayOps: {
    params: ['number'], result: 'string',
    source: "function arrayOps(n: number): string { const a = [3, 1, 2, n]; a.splice(1, 1, n % 5); a.unshift(a.length); return a.indexOf(n) + ':' + a.slice(-3).join('|') + ':' + a.includes(n) + ':' + a.lastIndexOf(3); }",
  },
  gridSums: {
    params: ['number'], result: 'string',
    source: "function gridSums(n: number): string { const grid: number[][] = []; for (let r = 0; r < 3; r++) { const row: number[] = []; for (let c = 0; c < 3; c++) { row.push((r * 3 + c) * n); } grid.push(row); } return grid.map((row) => row.reduce((s, v) => s + v, 0)).join(';'); }",
  },
  destructure: {
    params: ['string', 'number'], result: 'string',
    source: "function destructure(s: string, n: number): string { const [a, b = 'z', ...rest] = s.slice(0, 8).split(''); const { length } = rest; return JSON.stringify({ a, b, n, length, rest }); }",
  },
};

/** Names of the fixed helpers, sorted (deterministic generation). */
export const LIBRARY_NAMES: readonly string[] = Object.keys(LIBRARY).sort();
