// Benchmark: comptime evaluation of start-up work. Like many command-line tools, the program spends
// most of its life building lookup tables from constants and then answers a few queries through
// them. Every table is a call of a pure function with constant arguments, each within the comptime
// evaluator's per-site budget, so with `--comptime=on` the compiler evaluates them and emits static
// data; with `--comptime=off` they are built at run time. The two native rows show the start-up time
// comptime evaluation saves (Node has no such step and pays its own start-up).
const PRIME_LIMIT = 15_000;
const COLLATZ_LIMIT = 6_000;
const TOTIENT_LIMIT = 8_000;
const DIVISOR_LIMIT = 4_000;
const SINE_STEPS = 4096;
const PASCAL_ROWS = 64;
const KEYWORDS = 'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public';

function primesBelow(limit: number): number[] {
  const composite: boolean[] = [];
  for (let i = 0; i < limit; i++) composite.push(false);
  const primes: number[] = [];
  for (let n = 2; n < limit; n++) {
    if (composite[n]) continue;
    primes.push(n);
    for (let m = n * n; m < limit; m += n) composite[m] = true;
  }
  return primes;
}

function collatzLengths(limit: number): number[] {
  const lengths: number[] = [0, 1];
  for (let n = 2; n < limit; n++) {
    let x = n;
    let steps = 0;
    while (x >= n) {
      x = x % 2 === 0 ? x / 2 : 3 * x + 1;
      steps++;
    }
    lengths.push(steps + lengths[x]);
  }
  return lengths;
}

function totients(limit: number): number[] {
  const phi: number[] = [];
  for (let i = 0; i < limit; i++) phi.push(i);
  for (let p = 2; p < limit; p++) {
    if (phi[p] !== p) continue;
    for (let m = p; m < limit; m += p) phi[m] -= phi[m] / p;
  }
  return phi;
}

function divisorCounts(limit: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i < limit; i++) counts.push(0);
  for (let d = 1; d < limit; d++) for (let m = d; m < limit; m += d) counts[m]++;
  return counts;
}

function sineTable(steps: number): number[] {
  const table: number[] = [];
  for (let i = 0; i < steps; i++) table.push(Math.sin((2 * Math.PI * i) / steps));
  return table;
}

function crcTable(polynomial: number): number[] {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? polynomial ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  return table;
}

function pascal(rows: number): number[][] {
  const triangle: number[][] = [[1]];
  for (let r = 1; r < rows; r++) {
    const previous = triangle[r - 1];
    const row: number[] = [1];
    for (let k = 1; k < r; k++) row.push(previous[k - 1] + previous[k]);
    row.push(1);
    triangle.push(row);
  }
  return triangle;
}

/** Open-addressing hash table of the words (FNV-1a, linear probing), as a flat array of slots. */
function keywordTable(words: string, slots: number): string[] {
  const table: string[] = [];
  for (let i = 0; i < slots; i++) table.push('');
  for (const word of words.split(' ')) {
    let h = fnv1a(word) % slots;
    while (table[h] !== '') h = (h + 1) % slots;
    table[h] = word;
  }
  return table;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const PRIMES = primesBelow(PRIME_LIMIT);
const COLLATZ = collatzLengths(COLLATZ_LIMIT);
const PHI = totients(TOTIENT_LIMIT);
const DIVISORS = divisorCounts(DIVISOR_LIMIT);
const SINE = sineTable(SINE_STEPS);
const CRC = crcTable(0xedb88320);
const PASCAL = pascal(PASCAL_ROWS);
const KEYWORD_SLOTS = 128;
const KEYWORD_TABLE = keywordTable(KEYWORDS, KEYWORD_SLOTS);

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function isKeyword(word: string): boolean {
  for (let h = fnv1a(word) % KEYWORD_SLOTS; KEYWORD_TABLE[h] !== ''; h = (h + 1) % KEYWORD_SLOTS) if (KEYWORD_TABLE[h] === word) return true;
  return false;
}

let longest = 0;
for (let n = 1; n < COLLATZ_LIMIT; n++) if (COLLATZ[n] > COLLATZ[longest]) longest = n;
let mostDivisors = 1;
for (let n = 1; n < DIVISOR_LIMIT; n++) if (DIVISORS[n] > DIVISORS[mostDivisors]) mostDivisors = n;
console.log(`primes below ${PRIME_LIMIT}: ${PRIMES.length}, largest ${PRIMES[PRIMES.length - 1]}`);
console.log(`longest Collatz chain below ${COLLATZ_LIMIT}: ${longest} (${COLLATZ[longest]} steps)`);
console.log(`phi(7919) = ${PHI[7919]}, phi(7920) = ${PHI[7920]}; most divisors below ${DIVISOR_LIMIT}: ${mostDivisors} (${DIVISORS[mostDivisors]})`);
console.log(`sin(pi/4) ~ ${SINE[SINE_STEPS / 8].toFixed(12)}, C(63, 31) = ${PASCAL[63][31]}`);
console.log(`crc32("comptime") = ${crc32('comptime').toString(16)}; keywords: ${['yield', 'await', 'typeof', 'tsn'].map((w) => `${w}=${isKeyword(w)}`).join(' ')}`);
