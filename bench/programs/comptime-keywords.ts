// Benchmark: comptime evaluation in a hot path. A lexer classifies identifiers by switching on their
// FNV-1a hash against `case fnv1a('keyword'):` labels, the constexpr-hash idiom: every label is a
// call of a pure function with a constant argument. With `--comptime=on` the compiler evaluates each
// label once, at compile time; with `--comptime=off` a switch evaluates its labels in order at run
// time until one matches, hashing up to 24 keywords per identifier. The two native rows show the gain.
const TOKENS = 200_000;
const WORDS = ['if', 'else', 'for', 'while', 'return', 'function', 'const', 'let', 'class', 'new', 'this', 'typeof',
  'count', 'index', 'value', 'result', 'node', 'left', 'right', 'buffer', 'length', 'offset', 'token', 'state'];

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Keyword category of an identifier: 1 control flow, 2 declaration, 3 expression keyword, 0 other. */
function classify(word: string): number {
  switch (fnv1a(word)) {
    case fnv1a('if'): case fnv1a('else'): case fnv1a('for'): case fnv1a('while'): case fnv1a('do'):
    case fnv1a('switch'): case fnv1a('case'): case fnv1a('break'): case fnv1a('continue'): case fnv1a('return'):
      return 1;
    case fnv1a('function'): case fnv1a('const'): case fnv1a('let'): case fnv1a('var'): case fnv1a('class'):
    case fnv1a('enum'): case fnv1a('interface'):
      return 2;
    case fnv1a('new'): case fnv1a('this'): case fnv1a('typeof'): case fnv1a('instanceof'): case fnv1a('void'):
    case fnv1a('delete'): case fnv1a('in'):
      return 3;
    default:
      return 0;
  }
}

const counts = [0, 0, 0, 0];
let seed = 0x2545f491;
for (let i = 0; i < TOKENS; i++) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  counts[classify(WORDS[seed % WORDS.length])]++;
}
console.log(`tokens ${TOKENS}: control ${counts[1]}, declaration ${counts[2]}, expression ${counts[3]}, identifier ${counts[0]}`);
