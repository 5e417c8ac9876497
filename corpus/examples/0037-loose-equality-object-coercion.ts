// Tests == when one side is an object: ToPrimitive is called (valueOf then toString), but never for object == object.
const log: string[] = [];
function box(tag: string, prim: any): any {
  return {
    valueOf(): any {
      log.push(tag + ".valueOf");
      return prim;
    },
    toString(): string {
      log.push(tag + ".toString");
      return "str-" + tag;
    },
  };
}
function check(label: string, r: boolean): void {
  console.log(label.padEnd(22), r, log.length ? log.join(",") : "(no calls)");
  log.length = 0;
}
const one = box("one", 1);
const zeroStr = box("zs", "0");
const nul = box("nul", null);
const objObj = box("oo", {});
check("one == 1", one == 1);
check("one == '1'", one == "1");
check("one == true", one == true);
check("one != 2", one != 2);
check("one == one", one == one);
check("one == box(1)", one == box("other", 1));
check("zeroStr == 0", zeroStr == 0);
check("zeroStr == false", zeroStr == false);
check("zeroStr == ''", zeroStr == "");
check("nul == null", nul == null);
check("nul == 0", nul == 0);
check("nul == 'null'", nul == "null");
check("oo == 'str-oo'", objObj == "str-oo");
check("one == undefined", one == undefined);
check("one === 1", one === 1);
const arr: any = [1, 2];
console.log(arr == "1,2", arr == [1, 2].toString(), ([] as any) == false, ([0] as any) == false, ([""] as any) == 0);
