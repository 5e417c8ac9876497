// Comptime folding: the constexpr-hash idiom — `case fnv1a('kw'):` labels are pure calls with constant
// arguments, each folded to its hash; the discriminant (a run-time word) is not. Labels are evaluated in
// order until one matches, so a label that throws or prints would be observable: these never do. The
// label `fnv1a('été') ^ 0` folds to the signed hash, which the unsigned discriminant never equals.
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function classify(word: string): string {
  switch (fnv1a(word)) {
    case fnv1a('if'): case fnv1a('else'): case fnv1a('while'): case fnv1a('return'):
      return 'control';
    case fnv1a('const'): case fnv1a('let'): case fnv1a('function'):
      return 'declaration';
    case fnv1a(''):
      return 'empty';
    case fnv1a('\u00e9t\u00e9') ^ 0: case fnv1a('\ud83d\ude00'):
      return 'non-ASCII';
    default:
      return `identifier ${fnv1a(word).toString(16)}`;
  }
}

const words = ['if', 'let', 'value', '', 'return', 'été', '😀', 'function', 'whilst', 'IF'];
for (const w of words) console.log(JSON.stringify(w), classify(w));
console.log(fnv1a('if'), fnv1a('comptime').toString(16), [fnv1a('a'), fnv1a('b')].join(','));

let tally = 0;
let seed = 12345;
for (let i = 0; i < 2000; i++) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  tally += classify(words[seed % words.length]).length;
}
console.log('tally', tally);
