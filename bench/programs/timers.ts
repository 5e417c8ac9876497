// Benchmark: 100,000 setTimeout(0) callbacks, scheduled in waves of 1,000 from timer callbacks,
// plus 100,000 setImmediate callbacks chained one after another. Prints the counts.
const WAVES = 100;
const PER_WAVE = 1_000;
let fired = 0;

function wave(left: number): void {
  for (let i = 0; i < PER_WAVE; i++) {
    setTimeout(() => {
      fired++;
      if (i === PER_WAVE - 1 && left > 1) wave(left - 1);
    }, 0);
  }
}

let immediates = 0;
function tick(): void {
  if (++immediates < WAVES * PER_WAVE) setImmediate(tick);
}

wave(WAVES);
setImmediate(tick);
process.on('exit', () => console.log(fired, immediates));
