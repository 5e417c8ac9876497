// Tests switch inside loops: break vs continue targets, per-case block scopes and a string-driven state machine.
function tokenize(src: string): string[] {
  const tokens: string[] = [];
  let state = "start";
  let buf = "";
  for (let i = 0; i <= src.length; i++) {
    const ch = i < src.length ? src[i] : "\0";
    switch (state) {
      case "start":
        if (ch >= "0" && ch <= "9") {
          state = "num";
          buf = ch;
        } else if (ch >= "a" && ch <= "z") {
          state = "ident";
          buf = ch;
        } else if (ch === " " || ch === "\0") {
          continue;
        } else {
          tokens.push(`op(${ch})`);
        }
        break;
      case "num":
        if (ch >= "0" && ch <= "9") {
          buf += ch;
          break;
        }
        tokens.push(`num(${buf})`);
        state = "start";
        i--;
        break;
      case "ident": {
        const isIdent = (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9");
        if (isIdent) {
          buf += ch;
          continue;
        }
        tokens.push(`id(${buf})`);
        state = "start";
        i--;
        break;
      }
    }
  }
  return tokens;
}
console.log(tokenize("x1 = 42 + foo*7"));
console.log(tokenize("a+b-c"), tokenize(""), tokenize("123"));
function scoped(n: number): string {
  switch (n) {
    case 1: {
      const label = "one";
      return label;
    }
    case 2: {
      const label = "two";
      return label + "!";
    }
    default: {
      let label = "many";
      for (let i = 0; i < n; i++) label += ".";
      return label;
    }
  }
}
console.log(scoped(1), scoped(2), scoped(5));
const hits: string[] = [];
for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      continue;
    case 1:
      hits.push(`one@${i}`);
      break;
    default:
      hits.push(`two@${i}`);
  }
  hits.push(`after@${i}`);
}
console.log(hits);
