// \b and \B, including at the ends of the string.
console.log("cat concat cat.".match(/\bcat\b/g)!.length, "catalog".replace(/\Bat/g, "AT"));
console.log(/\b/.exec("")?.index, /\B/.exec("")?.index, /\b/.exec(" a")!.index, "a b".split(/\b/));
