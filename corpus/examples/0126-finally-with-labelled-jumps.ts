// Tests that break/continue/return crossing several try/finally layers run every finally innermost-first, exactly once.
const log: string[] = [];
outer: for (let i = 0; i < 3; i++) {
  try {
    for (let j = 0; j < 3; j++) {
      try {
        try {
          if (i === 0 && j === 1) continue outer;
          if (i === 1 && j === 0) continue;
          if (i === 2 && j === 1) break outer;
          log.push(`body ${i}${j}`);
        } finally {
          log.push(`f3 ${i}${j}`);
        }
      } finally {
        log.push(`f2 ${i}${j}`);
      }
    }
  } finally {
    log.push(`f1 ${i}`);
  }
}
console.log(log);
function deepReturn(): string {
  const steps: string[] = [];
  try {
    try {
      try {
        steps.push("innermost");
        return steps.join(",");
      } finally {
        steps.push("f-a");
      }
    } finally {
      steps.push("f-b");
    }
  } finally {
    steps.push("f-c");
    console.log("steps at end:", steps);
  }
}
console.log("returned:", deepReturn());
const events: string[] = [];
blk: {
  try {
    events.push("in block");
    break blk;
  } finally {
    events.push("finally of block");
  }
}
events.push("after block");
console.log(events);
function switchInTry(n: number): string {
  const t: string[] = [];
  try {
    switch (n) {
      case 1:
        t.push("case1");
        break;
      case 2:
        t.push("case2");
        return t.join("|") + "|returned";
      default:
        throw new Error("bad " + n);
    }
    t.push("after switch");
  } catch (e) {
    t.push("caught " + (e as Error).message);
  } finally {
    t.push("finally");
  }
  return t.join("|");
}
console.log(switchInTry(1), switchInTry(2), switchInTry(3));
