// setInterval does not wait for an async callback: slow handlers overlap unless guarded. A guard
// flag skips ticks while a run is in progress; a self-rescheduling setTimeout loop never overlaps.

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const log: string[] = [];

function naiveInterval(): Promise<void> {
  return new Promise((done) => {
    let started = 0, active = 0, maxActive = 0;
    const h = setInterval(async () => {
      const id = ++started;
      if (id === 3) clearInterval(h);
      active++;
      maxActive = Math.max(maxActive, active);
      await sleep(35);
      active--;
      if (id === 3) {
        log.push(`naive: ${started} runs, max concurrent ${maxActive}`);
        done();
      }
    }, 10);
  });
}

function guardedInterval(): Promise<void> {
  return new Promise((done) => {
    let busy = false, runs = 0, skipped = 0;
    const h = setInterval(async () => {
      if (busy) return void skipped++;
      busy = true;
      await sleep(25);
      busy = false;
      if (++runs === 2) {
        clearInterval(h);
        log.push(`guarded: ${runs} runs, skipped at least 2 ticks: ${skipped >= 2}`);
        done();
      }
    }, 10);
  });
}

async function timeoutLoop(): Promise<void> {
  let runs = 0;
  await new Promise<void>((done) => {
    const tick = async () => {
      await sleep(5);
      log.push(`loop run ${++runs}`);
      if (runs < 3) setTimeout(tick, 10);
      else done();
    };
    setTimeout(tick, 10);
  });
}

await naiveInterval();
await guardedInterval();
await timeoutLoop();
for (const l of log) console.log(l);
