// Names and lengths of generator functions: declarations, expressions assigned to variables and
// properties, methods, computed and symbol keys, default exports of anonymous ones.
const assigned = function* () {};
const namedExpr = function* inner(a: number) { yield a; };
const obj = { *method(x: number, y: number) { yield x + y; }, prop: function* () {}, [Symbol.for("sym")]: function* () {} };
class C { static *["comp" + "uted"]() {} *[Symbol.iterator]() {} }
console.log(assigned.name, namedExpr.name, obj.method.name, obj.prop.name);
console.log(obj[Symbol.for("sym")].name, (C as any).computed.name, C.prototype[Symbol.iterator].name);
console.log(assigned.length, namedExpr.length, obj.method.length);
const list = [function* () {}];
console.log(JSON.stringify(list[0]!.name));
let late;
late = function* () {};
console.log(late.name);
console.log(Object.getOwnPropertyDescriptor(namedExpr, "name"), Object.getOwnPropertyDescriptor(obj.method, "length"));
