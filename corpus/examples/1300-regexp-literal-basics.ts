// RegExp literals: a fresh object per evaluation, source/flags and the flag getters.
const make = () => /ab+c/gi;
const a = make(), b = make();
console.log(a === b, a.source, a.flags, a.global, a.ignoreCase, a.multiline, a.sticky, a.unicode, a.dotAll, a.hasIndices);
console.log(String(a), a.toString(), `${/x\/y/}`, /[/]/.source);
console.log(Object.prototype.toString.call(a), typeof a, a instanceof RegExp, a.lastIndex);
console.log(/(?:)/.source, new RegExp("").source, new RegExp("\n").source);
console.log([/a/, /b/gmsuyd]);
