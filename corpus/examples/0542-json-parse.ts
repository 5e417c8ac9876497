// JSON.parse: valid texts (numbers, escapes, whitespace, duplicate keys, __proto__ key), reviver order/deletion, SyntaxError messages.
const ok = [
  "0", "-0", "1.5e3", "-1E-2", "1e400", "123456789012345678901234567890", "true", "null", '"str"', '"\\u00e9\\ud83d\\ude00\\n\\"\\/"',
  " \t\n\r [1, 2 ,3 ] ", '{"a":1,"a":2}', '{"__proto__":{"x":1}}', '{"2":"b","1":"a","z":0}', "[]", "{}", '[[[[{"deep":[null]}]]]]', '"\\ud800"',
];
for (const t of ok) {
  const v = JSON.parse(t);
  console.log(JSON.stringify(t).padEnd(44), v, Object.is(v, -0) ? "(-0)" : "");
}
const protoObj = JSON.parse('{"__proto__":{"x":1}}');
console.log(Object.keys(protoObj), Object.getPrototypeOf(protoObj) === Object.prototype, protoObj.x);

// Invalid texts and V8's SyntaxError messages.
const bad = [
  "", " ", "{", "[1,]", "[1 2]", '{"a":1,}', "{a:1}", "{'a':1}", "'str'", "01", "1.", ".5", "+1", "-", "NaN", "Infinity", "undefined",
  "tru", "nul", '"unterminated', '"bad \\x escape"', '"tab\there"', '"\\u12G4"', "[1]x", '{"a" 1}', '{"a":1 "b":2}', "[\n  1,\n  oops\n]",
  "\u00a01", '"a"\n"b"', "1 2",
];
for (const t of bad) {
  try {
    JSON.parse(t);
    console.log("parsed?!", t);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// Non-string inputs are converted with ToString first.
console.log(JSON.parse(5 as unknown as string), JSON.parse(null as unknown as string), JSON.parse(true as unknown as string), JSON.parse([1] as unknown as string));
try {
  JSON.parse(undefined as unknown as string);
} catch (e) {
  console.log((e as Error).message);
}
try {
  JSON.parse({} as unknown as string);
} catch (e) {
  console.log((e as Error).message);
}

// Reviver: bottom-up order, `this` is the holder, undefined deletes.
const order: string[] = [];
const revived = JSON.parse('{"a":[1,2,{"b":3}],"c":{"d":4},"drop":5}', function (this: unknown, key, value) {
  order.push(key === "" ? "(root)" : key);
  if (key === "drop") return undefined;
  if (typeof value === "number") return value * 10;
  return value;
});
console.log(revived, order.join(","));
const arrRevived = JSON.parse("[1,2,3]", (k, v) => (k === "1" ? undefined : v));
console.log(arrRevived, arrRevived.length, 1 in arrRevived);
