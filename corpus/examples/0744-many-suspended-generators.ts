// Many generators suspended at once, each keeping its own locals (two numbers and a string),
// resumed in a different order than created.
function* worker(id: number) {
  let a = id;
  let b = id * 2;
  const label = `w${id}`;
  while (true) {
    const cmd: string = yield `${label}:${a}:${b}`;
    if (cmd === "stop") return `${label} stopped`;
    a += 1;
    b += a;
  }
}
const N = 20000;
const gens: Generator<string, string, string>[] = [];
for (let i = 0; i < N; i++) {
  const g = worker(i);
  g.next();
  gens.push(g);
}
let checksum = 0;
for (let round = 0; round < 3; round++) {
  for (let i = N - 1; i >= 0; i -= 7) {
    const v = gens[i]!.next("go").value;
    checksum = (checksum + v.length * (round + 1)) % 1000003;
  }
}
console.log(checksum, gens[0]!.next("go").value, gens[N - 1]!.next("go").value);
console.log(gens[123]!.next("stop"), gens[123]!.next("go"));
let doneCount = 0;
for (const g of gens) if (g.return("x").done) doneCount++;
console.log(doneCount);
