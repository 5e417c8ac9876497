// Benchmark: comptime evaluation. Start-up builds three pure tables with pure functions on constant
// arguments (a CRC-32 table, a popcount table, a prime sieve); a hot loop then hashes, counts bits
// and tests primality of pseudo-random data through them. With `--comptime=on` the compiler can
// evaluate the tables (and the constant sub-expressions of the hot loop) at compile time; with
// `--comptime=off` everything runs at start-up, so the two native rows show the gain.
const CRC_POLYNOMIAL = 0xedb88320;
const POPCOUNT_BITS = 12;
const SIEVE_BITS = 14;
const BLOCK_BYTES = 4096;
const ROUNDS = 10_000;

function crcTable(polynomial: number): number[] {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? polynomial ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  return table;
}

function popcountTable(bits: number): number[] {
  const table: number[] = [0];
  for (let i = 1; i < 1 << bits; i++) table.push((i & 1) + table[i >> 1]);
  return table;
}

function primeSieve(bits: number): boolean[] {
  const size = 1 << bits;
  const isPrime: boolean[] = [];
  for (let i = 0; i < size; i++) isPrime.push(i >= 2);
  for (let p = 2; p * p < size; p++) {
    if (!isPrime[p]) continue;
    for (let m = p * p; m < size; m += p) isPrime[m] = false;
  }
  return isPrime;
}

const CRC = crcTable(CRC_POLYNOMIAL);
const POPCOUNT = popcountTable(POPCOUNT_BITS);
const IS_PRIME = primeSieve(SIEVE_BITS);

function fillBlock(block: number[], seed: number): number {
  let x = seed;
  for (let i = 0; i < BLOCK_BYTES; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    block[i] = x >>> 24;
  }
  return x;
}

function crc32(block: number[]): number {
  let crc = 0xffffffff;
  for (let i = 0; i < block.length; i++) crc = CRC[(crc ^ block[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function bitsAndPrimes(block: number[]): number {
  let bits = 0;
  let primes = 0;
  for (let i = 0; i + 1 < block.length; i += 2) {
    const word = (block[i] << 8) | block[i + 1];
    bits += POPCOUNT[word & ((1 << POPCOUNT_BITS) - 1)] + POPCOUNT[word >>> POPCOUNT_BITS];
    if (IS_PRIME[word & ((1 << SIEVE_BITS) - 1)]) primes++;
  }
  return bits * 65536 + primes;
}

const block: number[] = [];
for (let i = 0; i < BLOCK_BYTES; i++) block.push(0);
let seed = 0x2545f491;
let digest = 0;
let tally = 0;
for (let round = 0; round < ROUNDS; round++) {
  seed = fillBlock(block, seed);
  digest = (digest ^ crc32(block)) >>> 0;
  tally = (tally + bitsAndPrimes(block)) % 2147483647;
}
console.log(`tables: crc[255]=${CRC[255].toString(16)} popcount-sum=${POPCOUNT.reduce((s, v) => s + v, 0)} primes=${IS_PRIME.filter((p) => p).length}`);
console.log(`digest=${digest.toString(16).padStart(8, '0')} tally=${tally}`);
