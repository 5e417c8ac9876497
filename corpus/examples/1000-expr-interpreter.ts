// Realistic: arithmetic expression tokenizer + recursive-descent parser + tree-walking interpreter (no regex).

type Token = { kind: "num" | "ident" | "op" | "eof"; text: string; pos: number };

type Node =
  | { type: "num"; value: number }
  | { type: "var"; name: string }
  | { type: "unary"; op: string; arg: Node }
  | { type: "binary"; op: string; left: Node; right: Node }
  | { type: "assign"; name: string; value: Node }
  | { type: "call"; callee: string; args: Node[] };

class SyntaxErrorAt extends Error {
  pos: number;
  constructor(message: string, pos: number) {
    super(message + " at " + pos);
    this.name = "SyntaxErrorAt";
    this.pos = pos;
  }
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
function isIdentStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t") {
      i++;
    } else if (isDigit(c) || (c === "." && isDigit(src[i + 1] ?? ""))) {
      const start = i;
      while (i < src.length && (isDigit(src[i]) || src[i] === ".")) i++;
      if (src[i] === "e" || src[i] === "E") {
        i++;
        if (src[i] === "+" || src[i] === "-") i++;
        while (i < src.length && isDigit(src[i])) i++;
      }
      out.push({ kind: "num", text: src.slice(start, i), pos: start });
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < src.length && (isIdentStart(src[i]) || isDigit(src[i]))) i++;
      out.push({ kind: "ident", text: src.slice(start, i), pos: start });
    } else if (c === "*" && src[i + 1] === "*") {
      out.push({ kind: "op", text: "**", pos: i });
      i += 2;
    } else if ("+-*/%()=,".includes(c)) {
      out.push({ kind: "op", text: c, pos: i });
      i++;
    } else {
      throw new SyntaxErrorAt("unexpected character " + JSON.stringify(c), i);
    }
  }
  out.push({ kind: "eof", text: "", pos: src.length });
  return out;
}

class Parser {
  private toks: Token[];
  private at = 0;
  constructor(toks: Token[]) {
    this.toks = toks;
  }
  private peek(): Token {
    return this.toks[this.at];
  }
  private next(): Token {
    return this.toks[this.at++];
  }
  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text) throw new SyntaxErrorAt(`expected '${text}' but found '${t.text || "end"}'`, t.pos);
  }
  parseProgram(): Node {
    const n = this.parseAssign();
    const t = this.peek();
    if (t.kind !== "eof") throw new SyntaxErrorAt(`trailing '${t.text}'`, t.pos);
    return n;
  }
  private parseAssign(): Node {
    const t = this.peek();
    const after = this.toks[this.at + 1];
    if (t.kind === "ident" && after.text === "=") {
      this.at += 2;
      return { type: "assign", name: t.text, value: this.parseAssign() };
    }
    return this.parseAdditive();
  }
  private parseAdditive(): Node {
    let left = this.parseMultiplicative();
    while (this.peek().text === "+" || this.peek().text === "-") {
      const op = this.next().text;
      left = { type: "binary", op, left, right: this.parseMultiplicative() };
    }
    return left;
  }
  private parseMultiplicative(): Node {
    let left = this.parseUnary();
    for (;;) {
      const op = this.peek().text;
      if (op !== "*" && op !== "/" && op !== "%") return left;
      this.next();
      left = { type: "binary", op, left, right: this.parseUnary() };
    }
  }
  private parseUnary(): Node {
    const t = this.peek();
    if (t.kind === "op" && (t.text === "-" || t.text === "+")) {
      this.next();
      return { type: "unary", op: t.text, arg: this.parseUnary() };
    }
    return this.parsePower();
  }
  private parsePower(): Node {
    const base = this.parsePrimary();
    if (this.peek().text === "**") {
      this.next();
      return { type: "binary", op: "**", left: base, right: this.parseUnary() };
    }
    return base;
  }
  private parsePrimary(): Node {
    const t = this.next();
    if (t.kind === "num") {
      const v = Number(t.text);
      if (Number.isNaN(v)) throw new SyntaxErrorAt(`bad number '${t.text}'`, t.pos);
      return { type: "num", value: v };
    }
    if (t.kind === "ident") {
      if (this.peek().text === "(") {
        this.next();
        const args: Node[] = [];
        if (this.peek().text !== ")") {
          args.push(this.parseAssign());
          while (this.peek().text === ",") {
            this.next();
            args.push(this.parseAssign());
          }
        }
        this.expect(")");
        return { type: "call", callee: t.text, args };
      }
      return { type: "var", name: t.text };
    }
    if (t.text === "(") {
      const inner = this.parseAssign();
      this.expect(")");
      return inner;
    }
    throw new SyntaxErrorAt(`unexpected '${t.text || "end"}'`, t.pos);
  }
}

function show(n: Node): string {
  switch (n.type) {
    case "num": return Object.is(n.value, -0) ? "-0" : String(n.value);
    case "var": return n.name;
    case "unary": return `(${n.op} ${show(n.arg)})`;
    case "binary": return `(${n.op} ${show(n.left)} ${show(n.right)})`;
    case "assign": return `(set ${n.name} ${show(n.value)})`;
    case "call": return `(${n.callee}${n.args.map((a) => " " + show(a)).join("")})`;
  }
}

const builtins: Record<string, (...xs: number[]) => number> = {
  min: (...xs) => Math.min(...xs),
  max: (...xs) => Math.max(...xs),
  abs: (x) => Math.abs(x),
  sqrt: (x) => Math.sqrt(x),
  floor: (x) => Math.floor(x),
  hypot: (...xs) => Math.hypot(...xs),
};

class Interpreter {
  env = new Map<string, number>([["pi", Math.PI], ["e", Math.E]]);
  eval(n: Node): number {
    switch (n.type) {
      case "num": return n.value;
      case "var": {
        const v = this.env.get(n.name);
        if (v === undefined) throw new ReferenceError(`${n.name} is not defined`);
        return v;
      }
      case "unary": return n.op === "-" ? -this.eval(n.arg) : +this.eval(n.arg);
      case "assign": {
        const v = this.eval(n.value);
        this.env.set(n.name, v);
        return v;
      }
      case "call": {
        const f = builtins[n.callee];
        if (!f) throw new TypeError(`${n.callee} is not a function`);
        return f(...n.args.map((a) => this.eval(a)));
      }
      case "binary": {
        const a = this.eval(n.left);
        const b = this.eval(n.right);
        switch (n.op) {
          case "+": return a + b;
          case "-": return a - b;
          case "*": return a * b;
          case "/": return a / b;
          case "%": return a % b;
          case "**": return a ** b;
        }
        throw new Error("bad operator " + n.op);
      }
    }
  }
}

console.log(tokenize("x = 3.5e2 + .5"));

const programs = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "2 ** 3 ** 2",
  "-2 ** 2",
  "10 / 4 - 7 % 3",
  "x = y = 4",
  "x * y + pi",
  "-0 * 5",
  "1 / 0",
  "-1 / 0",
  "0 / 0",
  "-7 % 3",
  "7 % -3",
  "0.1 + 0.2",
  "min(3, x, -1.5) + max()",
  "hypot(3, 4) + sqrt(2)",
  "floor(-2.5) + abs(-0)",
  "1e21 * 10",
  "r = 2 ** -1074",
  "r / 2",
  "1 +",
  "(1 + 2",
  "3 $ 4",
  "z + 1",
  "nope(1)",
  "4 4",
];

const interp = new Interpreter();
for (const src of programs) {
  try {
    const ast = new Parser(tokenize(src)).parseProgram();
    const v = interp.eval(ast);
    console.log(src.padEnd(24), "=>", show(ast).padEnd(36), "=", v);
  } catch (e) {
    if (e instanceof SyntaxErrorAt) console.log(src.padEnd(24), "!! syntax:", e.message, "pos", e.pos);
    else if (e instanceof Error) console.log(src.padEnd(24), "!! " + e.name + ":", e.message);
  }
}

const names = [...interp.env.keys()].sort();
console.log(names, names.map((k) => interp.env.get(k)));
console.log(new Parser(tokenize("f(a, b = 2, -c)")).parseProgram());
