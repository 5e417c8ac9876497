// console.log/info go to stdout, console.error/warn to stderr; all use the same util.format rules.
console.log("log line", 1, { a: [1, 2] });
console.info("info line", 2, ["x"]);
console.error("error line", 4, { e: new Map([["k", "v"]]) });
console.warn("warn line", 5, new Set([5]));

// Empty calls print an empty line on their stream.
console.log();
console.error();

// Strings at the top level print raw; nested strings are quoted.
console.log("top 'level' \"string\"", ["nested 'string'"]);
console.error("stderr top \"string\"", { s: "nested \"string\"" });

// Format specifiers work on every stream.
console.info("%s has %d items costing %f", "cart", 3, 9.99);
console.warn("%s=%j", "payload", { ok: true });
console.error("%o", [1, { deep: { deeper: { deepest: 1 } } }]);

// Interleaved output on both streams keeps per-stream order.
for (let i = 0; i < 3; i++) {
  console.log("out", i);
  console.error("err", i);
}

// Multi-line values on stderr.
console.error({ alpha: "aaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbb", gamma: "cccccccccccccccc", delta: [1, 2, 3] });
console.warn("multi\nline\nwarning");
console.log("done");
