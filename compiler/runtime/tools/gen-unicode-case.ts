/**
 * Generates `compiler/runtime/unicode_case.c`: the full Unicode case-mapping tables of the pinned Node
 * (V8 + ICU root locale), as String.prototype.toUpperCase / toLowerCase apply them.
 *
 * Run with the pinned Node 24 from the repository root:
 *   node compiler/runtime/tools/gen-unicode-case.ts
 * The build never runs this script; the generated file is committed.
 *
 * Sources of truth, all observed through the running Node (never a Unicode data file):
 *  - per code point mappings: `String.fromCodePoint(cp).toUpperCase()` / `.toLowerCase()` for every
 *    code point outside the surrogate block; results of one code point become delta ranges, longer
 *    results (ß -> SS, İ -> i̇) a small exception table;
 *  - the Final_Sigma context of ECMA-262 22.1.3.28 / Unicode SpecialCasing: ICU classifies every code
 *    point as case-ignorable (skipped while looking for a cased neighbour), cased, or neither. Both
 *    classes are measured by lower-casing probes around U+03A3 (see `sigmaClass`), then the whole
 *    algorithm is re-checked against Node in both directions before anything is written.
 * Output is deterministic: tables are sorted by code point.
 */
import { writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const SIGMA = 0x3a3;
const FINAL_SIGMA = 'ς';

/** A run of code points `start, start+stride, ..., end` that all map to `cp + delta`. */
interface DeltaRange { start: number; end: number; stride: number; delta: number }
/** A code point whose mapping is several code points (stored as UTF-16 units). */
interface MultiMapping { cp: number; units: number[] }
/** Inclusive code point interval. */
interface Interval { start: number; end: number }

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

function allCodePoints(): number[] {
  const out: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (!isSurrogate(cp)) out.push(cp);
  return out;
}

function codeUnits(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

/** Measures one direction of case mapping: single-code-point results as a map, longer ones as a list. */
function measure(map: (s: string) => string): { single: Map<number, number>; multi: MultiMapping[] } {
  const single = new Map<number, number>();
  const multi: MultiMapping[] = [];
  for (const cp of allCodePoints()) {
    const s = String.fromCodePoint(cp);
    const r = map(s);
    if (r === s) continue;
    const cps = [...r];
    if (cps.length === 1) single.set(cp, cps[0].codePointAt(0)!);
    else multi.push({ cp, units: codeUnits(r) });
  }
  return { single, multi };
}

/**
 * Compresses a code point -> code point map into delta ranges. A range of stride 2 is only formed
 * when the code points it skips are unmapped, so no two ranges ever overlap.
 */
function deltaRanges(single: Map<number, number>): DeltaRange[] {
  const cps = [...single.keys()].sort((a, b) => a - b);
  const deltaOf = (cp: number) => single.get(cp)! - cp;
  const out: DeltaRange[] = [];
  let i = 0;
  while (i < cps.length) {
    const start = cps[i];
    const delta = deltaOf(start);
    let stride = 1;
    let end = start;
    let j = i + 1;
    if (j < cps.length && deltaOf(cps[j]) === delta && cps[j] === start + 2 && !single.has(start + 1)) stride = 2;
    while (j < cps.length && cps[j] === end + stride && deltaOf(cps[j]) === delta && (stride === 1 || !single.has(end + 1))) {
      end = cps[j];
      j++;
    }
    out.push({ start, end, stride, delta });
    i = j;
  }
  return out;
}

function intervals(pred: (cp: number) => boolean): Interval[] {
  const out: Interval[] = [];
  for (const cp of allCodePoints()) {
    if (!pred(cp)) continue;
    const last = out[out.length - 1];
    if (last !== undefined && (last.end === cp - 1 || (last.end === 0xd7ff && cp === 0xe000))) last.end = cp;
    else out.push({ start: cp, end: cp });
  }
  return out;
}

/**
 * ICU's classification of `cp` for the Final_Sigma context: 'ignorable' (skipped), 'cased' (a cased
 * neighbour that is not ignorable; ICU tests ignorability first) or 'none', measured by how U+03A3
 * lower-cases next to it.
 */
function sigmaClass(cp: number): 'ignorable' | 'cased' | 'none' {
  const c = String.fromCodePoint(cp);
  const endsFinal = (s: string) => s.toLowerCase().endsWith(FINAL_SIGMA);
  if (endsFinal(c + 'Σ')) return 'cased';
  if (endsFinal('A' + c + 'Σ')) return 'ignorable';
  return 'none';
}

function inIntervals(list: Interval[], cp: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < list[mid].start) hi = mid - 1;
    else if (cp > list[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Re-checks the whole lower-casing model unicode_case.c's user applies (per code point mappings, and
 * for U+03A3 the Final_Sigma rule: look back past ignorables for a cased code point, look ahead past
 * ignorables for none) against Node, with every code point placed before and after a sigma. Throws
 * on the first disagreement.
 */
function verifySigma(lower: Map<number, string>, cased: Interval[], ignorable: Interval[]): void {
  const kind = (cp: number) => (inIntervals(ignorable, cp) ? 'ignorable' : inIntervals(cased, cp) ? 'cased' : 'none');
  const model = (s: string): string => {
    const cps = [...s].map((ch) => ch.codePointAt(0)!);
    const seek = (from: number, step: number): boolean => {
      for (let k = from; k >= 0 && k < cps.length; k += step) {
        const c = kind(cps[k]);
        if (c !== 'ignorable') return c === 'cased';
      }
      return false;
    };
    return cps
      .map((cp, k) => (cp === SIGMA ? (seek(k - 1, -1) && !seek(k + 1, 1) ? FINAL_SIGMA : 'σ') : (lower.get(cp) ?? String.fromCodePoint(cp))))
      .join('');
  };
  for (const cp of allCodePoints()) {
    const c = String.fromCodePoint(cp);
    for (const probe of [c + 'Σ', 'A' + c + 'Σ', 'AΣ' + c, 'AΣ' + c + 'B', 'Σ' + c]) {
      if (model(probe) !== probe.toLowerCase()) {
        throw new Error(`Final_Sigma model disagrees with Node at U+${cp.toString(16)} in ${JSON.stringify(probe)}`);
      }
    }
  }
}

const hex = (n: number) => '0x' + n.toString(16).toUpperCase().padStart(4, '0');

function emitRows<T>(items: T[], perLine: number, fmt: (t: T) => string): string {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push('  ' + items.slice(i, i + perLine).map(fmt).join(', ') + ',');
  return lines.join('\n');
}

function emitDirection(name: string, ranges: DeltaRange[], multi: MultiMapping[]): string {
  const pool: number[] = [];
  const rows = multi.map((m) => {
    const row = `{${hex(m.cp)}, ${pool.length}, ${m.units.length}}`;
    pool.push(...m.units);
    return row;
  });
  return [
    `static const tsn_case_range ${name}_ranges[${ranges.length}] = {`,
    emitRows(ranges, 3, (r) => `{${hex(r.start)}, ${hex(r.end)}, ${r.stride}, ${r.delta}}`),
    '};',
    `static const uint16_t ${name}_pool[${pool.length}] = {`,
    emitRows(pool, 10, hex),
    '};',
    `static const tsn_case_multi ${name}_multi[${multi.length}] = {`,
    emitRows(rows, 4, (r) => r),
    '};',
  ].join('\n');
}

function emitIntervals(name: string, list: Interval[]): string {
  return [`static const tsn_case_interval ${name}[${list.length}] = {`, emitRows(list, 5, (r) => `{${hex(r.start)}, ${hex(r.end)}}`), '};'].join('\n');
}

function main(): void {
  const upper = measure((s) => s.toUpperCase());
  const lower = measure((s) => s.toLowerCase());
  const classes = new Map<number, string>();
  for (const cp of allCodePoints()) classes.set(cp, sigmaClass(cp));
  const cased = intervals((cp) => classes.get(cp) === 'cased');
  const ignorable = intervals((cp) => classes.get(cp) === 'ignorable');
  const lowerStrings = new Map<number, string>();
  for (const [cp, to] of lower.single) lowerStrings.set(cp, String.fromCodePoint(to));
  for (const m of lower.multi) lowerStrings.set(m.cp, String.fromCharCode(...m.units));
  verifySigma(lowerStrings, cased, ignorable);
  const maxUnits = Math.max(2, ...upper.multi.map((m) => m.units.length), ...lower.multi.map((m) => m.units.length));

  const text = `/*
 * unicode_case.c — GENERATED by compiler/runtime/tools/gen-unicode-case.ts from Node ${process.version}
 * (ICU ${process.versions.icu}, Unicode ${process.versions.unicode}). Do not edit; regenerate with
 *   node compiler/runtime/tools/gen-unicode-case.ts
 * Full case mappings of String.prototype.toUpperCase / toLowerCase per code point, and the
 * cased / case-ignorable classes that decide the Final_Sigma context. See unicode_case.h.
 */
#include "unicode_case.h"

#if TSN_CASE_MAX_UNITS < ${maxUnits}
#error "TSN_CASE_MAX_UNITS too small for the generated tables"
#endif

typedef struct { uint32_t start, end; uint8_t stride; int32_t delta; } tsn_case_range;
typedef struct { uint32_t cp; uint16_t offset, length; } tsn_case_multi;
typedef struct { uint32_t start, end; } tsn_case_interval;

${emitDirection('upper', deltaRanges(upper.single), upper.multi)}

${emitDirection('lower', deltaRanges(lower.single), lower.multi)}

${emitIntervals('cased', cased)}

${emitIntervals('ignorable', ignorable)}

static int write_code_point(uint32_t cp, uint16_t *out) {
  if (cp < 0x10000) { out[0] = (uint16_t)cp; return 1; }
  cp -= 0x10000;
  out[0] = (uint16_t)(0xD800 + (cp >> 10));
  out[1] = (uint16_t)(0xDC00 + (cp & 0x3FF));
  return 2;
}

static int map_one(const tsn_case_range *ranges, size_t nranges, const tsn_case_multi *multi, size_t nmulti,
                   const uint16_t *pool, uint32_t cp, uint16_t *out) {
  size_t lo = 0, hi = nmulti;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (multi[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo < nmulti && multi[lo].cp == cp) {
    for (int i = 0; i < multi[lo].length; i++) out[i] = pool[multi[lo].offset + i];
    return multi[lo].length;
  }
  lo = 0, hi = nranges; /* first range with start > cp */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ranges[mid].start <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) {
    const tsn_case_range *r = &ranges[lo - 1];
    if (cp <= r->end && (cp - r->start) % r->stride == 0) return write_code_point((uint32_t)((int32_t)cp + r->delta), out);
  }
  return write_code_point(cp, out);
}

static bool in_intervals(const tsn_case_interval *list, size_t n, uint32_t cp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (list[mid].end < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && list[lo].start <= cp;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

int tsn_case_to_upper(uint32_t cp, uint16_t out[TSN_CASE_MAX_UNITS]) {
  return map_one(upper_ranges, COUNT(upper_ranges), upper_multi, COUNT(upper_multi), upper_pool, cp, out);
}

int tsn_case_to_lower(uint32_t cp, uint16_t out[TSN_CASE_MAX_UNITS]) {
  return map_one(lower_ranges, COUNT(lower_ranges), lower_multi, COUNT(lower_multi), lower_pool, cp, out);
}

tsn_case_class tsn_case_classify(uint32_t cp) {
  if (in_intervals(ignorable, COUNT(ignorable), cp)) return TSN_CASE_IGNORABLE;
  if (in_intervals(cased, COUNT(cased), cp)) return TSN_CASE_CASED;
  return TSN_CASE_NONE;
}
`;
  const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'unicode_case.c');
  const tmp = target + '.tmp';
  writeFileSync(tmp, text);
  renameSync(tmp, target);
  console.log(`wrote ${target}`);
}

main();
