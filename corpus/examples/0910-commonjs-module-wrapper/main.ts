// @ts-nocheck -- `exports`, `module` and the top level's `this` are the CommonJS wrapper's.
// Node runs this file (its package.json has no "type", it has no module syntax) inside the module
// wrapper: `exports` and `this` start as module.exports, and __filename/__dirname name the file.
exports.first = 1;
module.exports.second = 2;
this.third = 3;
console.log(exports, this === exports, this === module.exports, typeof module, typeof exports);
console.log(module.id, module.loaded, module.children, Object.keys(module));
console.log(module.filename === __filename, module.path === __dirname, __filename.endsWith("main.ts"),
  __filename.startsWith(__dirname + "/"), __dirname.endsWith("0910-commonjs-module-wrapper"));
console.log(module.paths[0] === __dirname + "/node_modules", module.paths.every((p) => p.endsWith("node_modules")));

// Replacing module.exports leaves `exports` and `this` on the old object.
const before = module.exports;
module.exports = { replaced: true };
console.log(exports === before, this === before, module.exports);

// Functions see the same wrapper variables; their own `this` is the sloppy one.
function describe() {
  return [typeof exports, module.exports.replaced, this === globalThis];
}
console.log(describe());

// Reassigning `exports` only changes the local name.
exports = { local: true };
console.log(exports, module.exports);
