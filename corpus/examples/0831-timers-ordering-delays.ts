// Timer ordering: shorter delays fire first, equal delays fire in creation order (whatever order
// the durations were created in), delay 0 and 1 are the same, and timers added from a callback are
// measured from the time that callback ran.

const fired: string[] = [];
const add = (label: string, ms: number) => setTimeout(() => fired.push(label), ms);

add("t80", 80);
add("t40-a", 40);
add("t0", 0);
add("t1", 1);
add("t40-b", 40);
add("t0-again", 0);
setTimeout(() => {
  fired.push("t5");
  add("t5+0", 0);
  setTimeout(() => fired.push("t5+10"), 10);
  add("t5+0-again", 1);
}, 5);
add("t120", 120);

setTimeout(() => {
  console.log(fired.join("\n"));
}, 150);
