// Diagnostic (type error): TS2304 Cannot find name 'computeTotal' — calling a function that is never declared must be rejected.
const prices = [1, 2, 3];
console.log(computeTotal(prices));
