// Tests mutually recursive functions in a hand-rolled arithmetic parser/evaluator with precedence, unary minus and errors.
type Expr = { kind: "num"; v: number } | { kind: "bin"; op: string; l: Expr; r: Expr } | { kind: "neg"; e: Expr };
function parse(src: string): Expr {
  let pos = 0;
  const peek = (): string => {
    while (src[pos] === " ") pos++;
    return src[pos] ?? "";
  };
  function expr(): Expr {
    let left = term();
    while (peek() === "+" || peek() === "-") {
      const op = src[pos++];
      left = { kind: "bin", op, l: left, r: term() };
    }
    return left;
  }
  function term(): Expr {
    let left = factor();
    while (peek() === "*" || peek() === "/" || peek() === "%") {
      const op = src[pos++];
      left = { kind: "bin", op, l: left, r: factor() };
    }
    return left;
  }
  function factor(): Expr {
    const base = unary();
    if (peek() === "^") {
      pos++;
      return { kind: "bin", op: "^", l: base, r: factor() };
    }
    return base;
  }
  function unary(): Expr {
    if (peek() === "-") {
      pos++;
      return { kind: "neg", e: unary() };
    }
    if (peek() === "(") {
      pos++;
      const e = expr();
      if (peek() !== ")") throw new SyntaxError(`expected ) at ${pos}`);
      pos++;
      return e;
    }
    const start = pos;
    while ((src[pos] >= "0" && src[pos] <= "9") || src[pos] === ".") pos++;
    if (start === pos) throw new SyntaxError(`unexpected '${peek()}' at ${pos}`);
    return { kind: "num", v: Number(src.slice(start, pos)) };
  }
  const e = expr();
  if (peek() !== "") throw new SyntaxError(`trailing input at ${pos}`);
  return e;
}
function evaluate(e: Expr): number {
  switch (e.kind) {
    case "num": return e.v;
    case "neg": return -evaluate(e.e);
    case "bin": {
      const l = evaluate(e.l);
      const r = evaluate(e.r);
      switch (e.op) {
        case "+": return l + r;
        case "-": return l - r;
        case "*": return l * r;
        case "/": return l / r;
        case "%": return l % r;
        default: return l ** r;
      }
    }
  }
}
const inputs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 0.5", "7 % -3", "-0", "1 / 0 - 1 / 0", "((((5))))", "0.1 + 0.2", "2 *", "(1 + 2", "3 $ 4"];
for (const src of inputs) {
  try {
    console.log(src.padEnd(16), "=", evaluate(parse(src)));
  } catch (err) {
    console.log(src.padEnd(16), "!", (err as Error).name, (err as Error).message);
  }
}
console.log(parse("1 - -2 * 3"));
