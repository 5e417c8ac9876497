// Diagnostic (syntax): TypeScript's parser reads `0 << (0 << (0 >> (-1)))` as a call with type arguments
// (microsoft/TypeScript#37760) where JavaScript sees three shifts, so tsc rejects this file although
// Node's type stripping runs it (printing 0). tsn parses with TypeScript and must reject it exactly as
// tsc does: the syntax errors alone, none of the checker's follow-on errors. Found by the comptime fuzzer.
console.log(Math.atan2(0 << (0 << (0 >> (-1))), 0));
