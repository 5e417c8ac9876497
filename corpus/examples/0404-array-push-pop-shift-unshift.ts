// Stack/queue methods: push/pop/shift/unshift return values, multiple arguments, empty arrays, order of unshifted items.
const a: number[] = [];
console.log(a.pop(), a.shift(), a.length);
console.log(a.push(1), a.push(2, 3), a);
console.log(a.unshift(0), a.unshift(-2, -1), a);
console.log(a.pop(), a.shift(), a);
console.log(a.unshift(), a.push(), a);

// Queue processing.
const queue = ["a", "b", "c"];
const processed: string[] = [];
while (queue.length > 0) {
  const item = queue.shift()!;
  processed.push(item);
  if (item === "a") queue.push("d", "e");
}
console.log(processed, queue);

// Stack reversal.
const stack: number[] = [];
for (let i = 1; i <= 5; i++) stack.push(i * i);
const reversed: number[] = [];
while (stack.length) reversed.push(stack.pop()!);
console.log(reversed, stack);

// push with spread of a large array and the resulting length.
const big: number[] = [];
const chunk = Array.from({ length: 1000 }, (_, i) => i);
for (let i = 0; i < 5; i++) big.push(...chunk);
console.log(big.length, big[4999], big.lastIndexOf(0));

// Balanced-bracket checker using push/pop.
function balanced(s: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const st: string[] = [];
  for (const ch of s) {
    if ("([{".includes(ch)) st.push(ch);
    else if (ch in pairs) {
      if (st.pop() !== pairs[ch]) return false;
    }
  }
  return st.length === 0;
}
for (const s of ["", "()", "([]{})", "(]", "((", "a(b[c]{d}e)f", "}{"]) console.log(JSON.stringify(s), balanced(s));

// Generic behaviour on array-like objects.
const arrayLike: { length: number; [i: number]: string } = { length: 0 };
Array.prototype.push.call(arrayLike, "x", "y");
console.log(arrayLike);
console.log(Array.prototype.pop.call(arrayLike), arrayLike);
