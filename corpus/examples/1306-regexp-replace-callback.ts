// replace with a function: arguments are match, captures, offset, string (and groups).
const seen: unknown[][] = [];
const out = "a1b22".replace(/([a-z])(\d+)/g, (m, letter, digits, offset, str) => {
  seen.push([m, letter, digits, offset, str]);
  return digits + letter;
});
console.log(out, seen);
console.log("hello world".replace(/\b\w/g, (c) => c.toUpperCase()));
console.log("x-y".replace(/(?<l>\w)-(?<r>\w)/, (...args) => JSON.stringify(args)));
console.log("aaa".replace(/a/g, () => "$&"));
