// @ts-nocheck -- uses of block-level functions outside their block are what this program is about.
// Annex B.3.3 (sloppy code, here CommonJS): a function declared in a block is also a var of the
// enclosing function, set when the declaration is evaluated, unless a lexical declaration of the
// same name is in the way or the name is a parameter.
var pre = 'var first';
console.log(pre);
{ function pre() { return 'replaced'; } }
console.log(typeof pre);
function withParam(p) {
  { function p() {} }
  return typeof p;
}
console.log(withParam(5));
function conflict() {
  let r = [];
  let c = 'let';
  { function c() {} }
  r.push(typeof c);
  return r;
}
console.log(conflict());
function inSwitch(k) {
  switch (k) {
    case 1: function sw() { return 'one'; }
  }
  return typeof sw === 'function' ? sw() : typeof sw;
}
console.log(inSwitch(1), inSwitch(2));
function loops() {
  const out = [];
  for (let i = 0; i < 3; i++) {
    function each() { return i; }
    out.push(each);
  }
  return [out.map(f => f()), each()];
}
console.log(loops());
function nestedUse() {
  { function helper() { return 'h'; } }
  return (() => helper())();
}
console.log(nestedUse());
function notReached() {
  if (false) { function never() {} }
  return typeof never;
}
console.log(notReached());
{
  let inner = 1;
  { function deep() { return inner; } }
  console.log(deep());
}
console.log(deep());
// Before its block runs the var is undefined; a second declaration in another block wins when evaluated.
function twice(flag) {
  const seen = [typeof pick];
  if (flag) { function pick() { return 'first'; } }
  else { function pick() { return 'second'; } }
  seen.push(pick());
  return seen;
}
console.log(twice(true), twice(false));
