// Comptime folding: constant propagation across many bindings (numbers, strings, arrays, objects), plus hoisted var and reassigned let that must not be treated as constant.
const A = 3;
const B = A * 7;
const C = `${B}-${A}`;
const D = C.length + B;
const E = D % 5 === 0 ? "five" : "other";
const F = [A, B, D];
const G = F.reduce((x, y) => x + y, 0);
const H = { a: A, g: G, nested: { e: E } };
const I = H.nested.e.toUpperCase() + H.a;
const J = Object.keys(H).join("|");
const K = G / A;
const L = K.toFixed(3);
const M = Number(L) * 2;
const N = M > 40 ? M - 40 : M;
const O = N << 3;
const P = (O >>> 1) ^ 0xff;
const Q = P.toString(2).padStart(12, "0");
const R = Q.split("").filter((c) => c === "1").length;
const S = [C, E, I, J, L, Q].join(",");
const T = S.length * R;
const U = T ** 0.5;
const V = Math.floor(U) + Math.ceil(U);
const W = String(V).repeat(2);
const X = parseInt(W, 16);
const Y = X.toString(36);
const Z = [A, B, C, D, E, G, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y];
console.log(Z);
console.log(H, F);
// var is hoisted: reading before the declaration gives undefined, then the assigned value.
const peek = () => hoisted;
console.log(typeof peek(), peek());
var hoisted = A + B;
console.log(typeof peek(), peek());
// let reassigned in a branch that depends on a run-time value: not a constant.
let maybe = 10;
if (process.argv.length > 100) maybe = 20;
const derived = maybe * 2;
console.log(maybe, derived);
let reassigned = "start";
for (let i = 0; i < 3; i++) reassigned += i;
const shadow = "outer";
{
  const shadow = "inner";
  console.log(shadow, reassigned);
}
console.log(shadow, ((shadow) => shadow + "!")("param"));
F.push(99);
console.log(F, G, F.length);
