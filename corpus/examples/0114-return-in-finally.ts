// Tests completion overriding: return/break/continue in finally override a pending return or throw from try/catch.
function overrideReturn(): string {
  try {
    return "from try";
  } finally {
    return "from finally";
  }
}
function swallowThrow(): string {
  try {
    throw new Error("swallowed");
  } finally {
    return "finally wins";
  }
}
function catchThenFinally(): string {
  try {
    throw new Error("x");
  } catch {
    return "from catch";
  } finally {
    console.log("  finally runs before catch's return completes");
  }
}
function catchOverridden(): string {
  try {
    throw new Error("x");
  } catch {
    return "from catch";
  } finally {
    return "finally beats catch";
  }
}
function valueCaptured(): number {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
function objectMutated(): { v: number } {
  const o = { v: 1 };
  try {
    return o;
  } finally {
    o.v = 2;
  }
}
function breakInFinally(): string[] {
  const out: string[] = [];
  for (const i of [1, 2, 3]) {
    try {
      out.push("try" + i);
      if (i === 2) throw new Error("dropped by break");
    } finally {
      if (i === 2) break;
    }
  }
  out.push("after loop");
  return out;
}
function continueInFinally(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    try {
      return ["returned at " + i];
    } finally {
      out.push("fin" + i);
      continue;
    }
  }
  return out;
}
function nestedFinally(): string {
  try {
    try {
      return "inner try";
    } finally {
      console.log("  inner finally");
    }
  } finally {
    console.log("  outer finally");
  }
}
console.log(overrideReturn());
console.log(swallowThrow());
console.log(catchThenFinally());
console.log(catchOverridden());
console.log(valueCaptured(), objectMutated());
console.log(breakInFinally());
console.log(continueInFinally());
console.log(nestedFinally());
