// @ts-nocheck -- assignments to undeclared names are what this program is about.
// In sloppy code, assigning to a name no declaration binds creates a property of the global
// object (ECMA-262 9.1.1.4.5); `delete name` removes it again. Strict code throws ReferenceError.
function install() {
  counter = 1;
  label = "first";
}
install();
console.log(counter, label, globalThis.counter, typeof counter);
counter += 41;
counter++;
console.log(counter, Object.getOwnPropertyDescriptor(globalThis, "label"));

[first, second] = [1, 2];
({ third } = { third: 3 });
for (loopVar of ["a", "b"]) {}
console.log(first, second, third, loopVar);

globalThis.viaObject = "set through globalThis";
console.log(viaObject);
viaObject = "set through the name";
console.log(globalThis.viaObject);

console.log(delete counter, typeof counter, "counter" in globalThis);
console.log(delete neverDefined);
var declared = 1;
let lexical = 2;
console.log(delete declared, delete lexical, declared, lexical);
function local() {
  var inner = 1;
  return delete inner;
}
console.log(local());

// Read-only globals ignore the write in sloppy code.
undefined = 1;
NaN = 2;
Infinity = 3;
console.log(undefined, NaN, Infinity);

function strictAssign() {
  "use strict";
  try {
    undeclaredInStrict = 1;
  } catch (e) {
    console.log(String(e), "undeclaredInStrict" in globalThis);
  }
  label = "strict code may assign an existing global";
  console.log(label);
  try {
    undefined = 1;
  } catch (e) {
    console.log(String(e));
  }
}
strictAssign();

try {
  console.log(readBeforeWrite);
} catch (e) {
  console.log(String(e));
}
