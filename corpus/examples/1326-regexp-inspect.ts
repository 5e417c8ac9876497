// util.inspect-style printing of regexps and match results inside other values.
const m = /(?<k>\w)=(\d)?/.exec("a=")!;
console.log({ re: /a+/g, list: [/x/i], nested: { deep: { deeper: { re: /z/ } } } });
console.log(m);
console.log([m], new Map([[/k/, /v/]]));
const r = /q/;
(r as unknown as { extra: number }).extra = 1;
console.log(r, Object.keys(r), JSON.stringify({ r: /x/ }));
