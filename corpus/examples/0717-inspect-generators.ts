// How console.log (util.inspect) and Object.prototype.toString show generator functions,
// generator objects and their prototypes.
function* named() { yield 1; }
const anonymous = [function* () {}][0]!;
const assigned = function* () {};
const obj = { *method() {} };
class K { *m() {} static *s() {} }
console.log(named, anonymous, assigned, obj.method, K.prototype.m, K.s);
console.log(named(), obj.method(), new K().m());
console.log(named.prototype, Object.getPrototypeOf(named), Object.getPrototypeOf(named.prototype));
console.log([named], { g: named, o: named() });
console.log(String(Object.prototype.toString.call(named)), Object.prototype.toString.call(named()));
const gen = named();
gen.next();
gen.next();
console.log(gen, `${Object.prototype.toString.call(gen)}`);
const withProps = Object.assign(function* decorated() {}, { extra: 1 });
console.log(withProps);
console.log(typeof named, typeof named(), named instanceof Function);
console.log(named.toString());
console.log(String(obj.method));
