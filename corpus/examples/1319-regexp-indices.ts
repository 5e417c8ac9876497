// The d flag: indices for the match, captures and named groups.
const m = /(?<word>\w+) (\d+)?(x)?/d.exec("go 42")!;
console.log(m.indices, m.indices![0], m.indices!.groups);
console.log(/a/d.hasIndices, /a/.hasIndices, /a/dg.flags);
