// Character classes: ranges, negation, escapes inside, and Annex B oddities.
console.log("a1_ -Z".match(/[\w]/g), "a1_ -Z".match(/[^\w\s]/g), "x-y".match(/[a\-z]/g));
console.log(/[\b]/.test("\b"), /[\d-z]/.test("-"), /[%--]/.test(","), /[]/.test("a"), /[^]/.test("\n"));
console.log("tab\there".match(/\s/)!.index, "\u00a0\ufeff".match(/\s/g)!.length, /\S+/.exec("  ab ")![0]);
console.log(/\cJ/.test("\n"), /[\c_]/.test("\u001f"), /\c/.test("\\c"), new RegExp("\\x41\\u0042\\101").exec("ABA")![0]);
console.log(new RegExp("\\8").test("8"), new RegExp("[\\1]").test("\u0001"), /\0/.test("\0"), /\d\D/.exec("1a")![0]);
