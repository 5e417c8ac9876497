// Named capture groups: groups object, \k backreferences, $<name> substitutions.
const re = /(?<year>\d{4})-(?<month>\d{2})/;
const m = re.exec("released 2023-11")!;
console.log(m.groups, m.groups!.year, m.groups!.month);
console.log("2023-11".replace(re, "$<month>/$<year>"));
console.log(/(?<ch>.)\k<ch>/.exec("abccd"));
console.log("2020-01 2021-02".replace(/(?<y>\d+)-(?<m>\d+)/g, (...args) => {
  const groups = args[args.length - 1] as { y: string; m: string };
  return `${groups.m}.${groups.y}`;
}));
console.log(/(?<a>x)|(?<a>y)/.exec("y")!.groups);
