// Realistic: tiny stack VM with a two-pass assembler (labels, comments), int32 arithmetic, calls, traps and a trace.

const OPS = ["push", "pop", "dup", "swap", "over", "add", "sub", "mul", "div", "mod", "neg", "and", "or", "xor", "shl", "shr", "ushr",
  "eq", "lt", "jmp", "jz", "jnz", "call", "ret", "load", "store", "print", "halt"] as const;
type Op = (typeof OPS)[number];
type Instr = { op: Op; arg: number; line: number };

class AsmError extends Error {
  constructor(line: number, msg: string) {
    super(`line ${line}: ${msg}`);
    this.name = "AsmError";
  }
}
class VmTrap extends Error {
  readonly pc: number;
  constructor(pc: number, msg: string) {
    super(`trap at pc=${pc}: ${msg}`);
    this.name = "VmTrap";
    this.pc = pc;
  }
}

function assemble(source: string): Instr[] {
  const labels = new Map<string, number>();
  const pending: Array<{ op: Op; argText: string; line: number }> = [];
  const lines = source.split("\n");
  for (let n = 0; n < lines.length; n++) {
    let text = lines[n];
    const hash = text.indexOf(";");
    if (hash >= 0) text = text.slice(0, hash);
    text = text.trim();
    if (!text) continue;
    if (text.endsWith(":")) {
      const name = text.slice(0, -1);
      if (labels.has(name)) throw new AsmError(n + 1, `duplicate label '${name}'`);
      labels.set(name, pending.length);
      continue;
    }
    const parts = text.split(" ").filter((p) => p !== "");
    const op = parts[0].toLowerCase();
    if (!(OPS as readonly string[]).includes(op)) throw new AsmError(n + 1, `unknown opcode '${parts[0]}'`);
    pending.push({ op: op as Op, argText: parts[1] ?? "", line: n + 1 });
  }
  return pending.map(({ op, argText, line }) => {
    if (argText === "") return { op, arg: 0, line };
    const target = labels.get(argText);
    if (target !== undefined) return { op, arg: target, line };
    const v = Number(argText);
    if (!Number.isInteger(v)) throw new AsmError(line, `bad operand '${argText}'`);
    return { op, arg: v | 0, line };
  });
}

class VM {
  stack: number[] = [];
  frames: number[] = [];
  memory = new Array<number>(16).fill(0);
  output: string[] = [];
  steps = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  pop(pc: number): number {
    const v = this.stack.pop();
    if (v === undefined) throw new VmTrap(pc, "stack underflow");
    return v;
  }
  run(code: Instr[], trace = false): number {
    let pc = 0;
    for (;;) {
      if (++this.steps > this.limit) throw new VmTrap(pc, `step limit ${this.limit} exceeded`);
      const ins = code[pc];
      if (!ins) throw new VmTrap(pc, "pc out of range");
      if (trace) console.log(String(pc).padStart(3), ins.op.padEnd(5), String(ins.arg).padStart(3), "|", this.stack.join(" "));
      pc++;
      const s = this.stack;
      switch (ins.op) {
        case "push": s.push(ins.arg); break;
        case "pop": this.pop(pc); break;
        case "dup": { const a = this.pop(pc); s.push(a, a); break; }
        case "swap": { const b = this.pop(pc), a = this.pop(pc); s.push(b, a); break; }
        case "over": { const b = this.pop(pc), a = this.pop(pc); s.push(a, b, a); break; }
        case "neg": s.push(-this.pop(pc) | 0); break;
        case "jmp": pc = ins.arg; break;
        case "jz": if (this.pop(pc) === 0) pc = ins.arg; break;
        case "jnz": if (this.pop(pc) !== 0) pc = ins.arg; break;
        case "call":
          if (this.frames.length >= 64) throw new VmTrap(pc - 1, "call stack overflow");
          this.frames.push(pc);
          pc = ins.arg;
          break;
        case "ret": {
          const r = this.frames.pop();
          if (r === undefined) throw new VmTrap(pc - 1, "return without call");
          pc = r;
          break;
        }
        case "load": s.push(this.memory[ins.arg & 15]); break;
        case "store": this.memory[ins.arg & 15] = this.pop(pc); break;
        case "print": this.output.push(String(this.pop(pc))); break;
        case "halt": return s.length ? s[s.length - 1] : 0;
        default: {
          const b = this.pop(pc), a = this.pop(pc);
          s.push(binary(ins.op, a, b, pc - 1));
        }
      }
    }
  }
}

function binary(op: Op, a: number, b: number, pc: number): number {
  switch (op) {
    case "add": return (a + b) | 0;
    case "sub": return (a - b) | 0;
    case "mul": return Math.imul(a, b);
    case "div": if (b === 0) throw new VmTrap(pc, "division by zero"); return (a / b) | 0;
    case "mod": if (b === 0) throw new VmTrap(pc, "division by zero"); return a % b | 0;
    case "and": return a & b;
    case "or": return a | b;
    case "xor": return a ^ b;
    case "shl": return a << b;
    case "shr": return a >> b;
    case "ushr": return (a >>> b) | 0;
    case "eq": return a === b ? 1 : 0;
    case "lt": return a < b ? 1 : 0;
  }
  throw new VmTrap(pc, `not a binary op: ${op}`);
}

const factorial = `
  push 1
  store 0        ; acc = 1
  push 12
  store 1        ; n = 12
loop:
  load 1
  jz done
  load 0
  load 1
  mul
  store 0
  load 1
  push 1
  sub
  store 1
  jmp loop
done:
  load 0
  dup
  print
  halt`;

const fibCalls = `
  push 0
  store 0
  push 1
  store 1
  push 15
  store 2
again:
  load 2
  jz end
  call step
  load 2
  push -1
  add
  store 2
  jmp again
end:
  load 0
  halt
step:            ; (a, b) <- (b, a + b), print a
  load 0
  print
  load 1
  load 0
  load 1
  add
  store 1
  store 0
  ret`;

const programs: Array<[string, string, boolean?]> = [
  ["factorial 12", factorial],
  ["fib via call", fibCalls],
  ["overflow", "push 2147483647\npush 1\nadd\nprint\npush -2147483648\nneg\nprint\npush 65536\ndup\nmul\nprint\nhalt"],
  ["shifts", "push -16\npush 2\nshr\nprint\npush -16\npush 2\nushr\nprint\npush 1\npush 33\nshl\nprint\npush -7\npush 2\nmod\nhalt", true],
  ["div zero", "push 1\npush 0\ndiv\nhalt"],
  ["underflow", "push 1\nadd\nhalt"],
  ["runaway", "top:\n jmp top"],
  ["recursion", "f:\n call f"],
  ["bad op", "push 1\nfrobnicate\nhalt"],
  ["bad operand", "push 1.5\nhalt"],
  ["dup label", "a:\na:\nhalt"],
  ["fall off", "push 3\npush 4\nover\nprint\nprint\nprint"],
];

for (const [name, src, trace] of programs) {
  const vm = new VM(500);
  try {
    const code = assemble(src);
    const result = vm.run(code, trace);
    console.log(`${name}: result=${result} out=[${vm.output.join(",")}] steps=${vm.steps}`);
  } catch (e) {
    if (e instanceof VmTrap) console.log(`${name}: ${e.name} ${e.message} out=[${vm.output.join(",")}] stack=${JSON.stringify(vm.stack)}`);
    else if (e instanceof AsmError) console.log(`${name}: ${e}`);
    else throw e;
  }
}
console.log(assemble("x:\n push 7 ; seven\n JMP x"));
