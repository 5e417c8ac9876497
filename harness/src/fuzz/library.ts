/**
 * Fixed pure helper functions that generated programs call with constant arguments: loops, recursion,
 * string building, `Math.imul` hashing. They exercise the comptime evaluator (a call of a pure
 * function with constant arguments folds to its value) and, with comptime off, the run-time paths.
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
};

/** Names of the fixed helpers, sorted (deterministic generation). */
export const LIBRARY_NAMES: readonly string[] = Object.keys(LIBRARY).sort();
