// Realistic: markdown-to-plain-text formatter — headings, wrapped paragraphs, lists, quotes, code fences, inline markup, links (no regex).

const WIDTH = 48;

type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "para"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "quote"; text: string }
  | { kind: "code"; lang: string; lines: string[] }
  | { kind: "rule" };

function parseBlocks(src: string): Block[] {
  const lines = src.split("\n");
  const blocks: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: "para", text: para.join(" ") });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    if (line.startsWith("```")) {
      flush();
      const lang = line.slice(3).trim();
      const body: string[] = [];
      while (++i < lines.length && !lines[i].trim().startsWith("```")) body.push(lines[i]);
      blocks.push({ kind: "code", lang, lines: body });
    } else if (line === "") {
      flush();
    } else if (line.startsWith("#")) {
      flush();
      let level = 0;
      while (line[level] === "#") level++;
      blocks.push({ kind: "heading", level, text: line.slice(level).trim() });
    } else if (line === "---" || line === "***") {
      flush();
      blocks.push({ kind: "rule" });
    } else if (line.startsWith("> ")) {
      flush();
      const prev = blocks[blocks.length - 1];
      if (prev && prev.kind === "quote") prev.text += " " + line.slice(2);
      else blocks.push({ kind: "quote", text: line.slice(2) });
    } else if (line.startsWith("- ") || line.startsWith("* ") || isOrderedItem(line)) {
      flush();
      const ordered = isOrderedItem(line);
      const text = ordered ? line.slice(line.indexOf(".") + 1).trim() : line.slice(2);
      const prev = blocks[blocks.length - 1];
      if (prev && prev.kind === "list" && prev.ordered === ordered) prev.items.push(text);
      else blocks.push({ kind: "list", ordered, items: [text] });
    } else {
      para.push(line);
    }
  }
  flush();
  return blocks;
}

function isOrderedItem(line: string): boolean {
  const dot = line.indexOf(". ");
  if (dot <= 0) return false;
  for (let i = 0; i < dot; i++) if (line[i] < "0" || line[i] > "9") return false;
  return true;
}

function inline(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("**", i)) {
      const end = text.indexOf("**", i + 2);
      if (end > 0) {
        out += inline(text.slice(i + 2, end)).toUpperCase();
        i = end + 2;
        continue;
      }
    }
    const c = text[i];
    if (c === "*" || c === "_") {
      const end = text.indexOf(c, i + 1);
      if (end > i + 1) {
        out += "/" + inline(text.slice(i + 1, end)) + "/";
        i = end + 1;
        continue;
      }
    }
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > 0) {
        out += "'" + text.slice(i + 1, end) + "'";
        i = end + 1;
        continue;
      }
    }
    if (c === "[") {
      const close = text.indexOf("](", i);
      const paren = close > 0 ? text.indexOf(")", close) : -1;
      if (paren > 0) {
        out += inline(text.slice(i + 1, close)) + " <" + text.slice(close + 2, paren) + ">";
        i = paren + 1;
        continue;
      }
    }
    if (c === "\\" && i + 1 < text.length) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function wrap(text: string, width: number, first: string, rest: string): string[] {
  const words = text.split(" ").filter(Boolean);
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      out.push(line);
      line = rest;
      empty = true;
    }
    line += (empty ? "" : " ") + w;
    empty = false;
  }
  out.push(line);
  return out;
}

function render(blocks: Block[]): string {
  const out: string[] = [];
  const counters = [0, 0, 0, 0, 0, 0, 0];
  for (const b of blocks) {
    if (out.length) out.push("");
    switch (b.kind) {
      case "heading": {
        counters[b.level]++;
        counters.fill(0, b.level + 1);
        const num = counters.slice(1, b.level + 1).join(".");
        const title = `${num} ${inline(b.text)}`;
        out.push(b.level === 1 ? title.toUpperCase() : title);
        if (b.level <= 2) out.push((b.level === 1 ? "=" : "-").repeat(title.length));
        break;
      }
      case "para":
        out.push(...wrap(inline(b.text), WIDTH, "", ""));
        break;
      case "quote":
        out.push(...wrap(inline(b.text), WIDTH, "  | ", "  | "));
        break;
      case "list":
        b.items.forEach((item, n) => {
          const bullet = b.ordered ? `${String(n + 1).padStart(2)}. ` : "  * ";
          out.push(...wrap(inline(item), WIDTH, bullet, " ".repeat(bullet.length)));
        });
        break;
      case "code":
        out.push(`  ,--[ ${b.lang || "text"} ]`);
        for (const l of b.lines) out.push("  | " + l.replaceAll("\t", "    "));
        out.push("  `--");
        break;
      case "rule":
        out.push("~".repeat(WIDTH));
        break;
    }
  }
  return out.join("\n");
}

const doc = `# Getting started

This guide explains how to **install** the tool, configure it with *sensible* defaults and run your first \`build\` command. See [the docs](https://example.org/docs) for more.

## Install

1. Download the archive.
2. Unpack it somewhere on your \`PATH\`.
10. Run \`tool --version\` to check the installation worked correctly and printed a version.

## Configure

> Configuration is optional. The defaults are chosen to be **safe**
> and _fast_ for most projects.

- \`outDir\`: where files go
- \`strict\`: enable every check, including the ones that are slow
* mixing bullets starts the same list

\`\`\`json
{
	"outDir": "dist",
	"strict": true
}
\`\`\`

---

### Escapes and edge cases

Literal \\*stars\\* stay, an unclosed *emphasis, a lone \` backtick and [broken link](nowhere stay as-is.
Averyveryveryverylongwordthatcannotbewrappedanywhereatallbecauseithasnospaces ends it.

# Appendix
## Notes
`;

const blocks = parseBlocks(doc);
console.log(render(blocks));
console.log();
console.log(blocks.map((b) => b.kind).join(","));
console.log(blocks.filter((b) => b.kind === "list"));
console.log(inline("**bold _inner_** and `code *not em*`"), "|", inline(""), "|", inline("**"));
console.log(wrap("a b c d e f g h", 5, "> ", "  "));
