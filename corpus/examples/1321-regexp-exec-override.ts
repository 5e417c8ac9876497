// A user-defined exec drives test, match, replace and split (RegExpExec).
const calls: string[] = [];
const re = /x/g;
re.exec = function (this: RegExp, s: string) {
  calls.push(`exec@${this.lastIndex}`);
  return RegExp.prototype.exec.call(this, s);
};
console.log(re.test("axbx"), "axbx".replace(re, "-"), "axbx".match(re), calls);
const bad = /y/;
bad.exec = () => 5 as unknown as RegExpExecArray;
try { bad.test("y"); } catch (e) { console.log(String(e)); }
