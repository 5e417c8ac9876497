// splice variants: removal, insertion, replacement, negative/large/fractional/missing arguments, return value, toSpliced copy.
function show(label: string, start?: number, del?: number, ...items: string[]): void {
  const arr = ["a", "b", "c", "d", "e"];
  let removed: string[];
  if (start === undefined) removed = (arr.splice as () => string[])();
  else if (del === undefined) removed = arr.splice(start);
  else removed = arr.splice(start, del, ...items);
  console.log(label.padEnd(26), JSON.stringify(removed).padEnd(28), JSON.stringify(arr));
}

show("no args");
show("start only 2", 2);
show("start -2", -2);
show("start 10", 10);
show("start -10", -10);
show("remove 1 at 1", 1, 1);
show("remove 0 insert", 1, 0, "X", "Y");
show("replace 2", 1, 2, "X");
show("replace more", 1, 1, "X", "Y", "Z");
show("delete count too big", 3, 99);
show("negative delete count", 1, -5, "X");
show("fractional start", 1.7, 1);
show("fractional delete", 0, 2.9);
show("NaN start", NaN, 1);
show("start at length", 5, 0, "END");
show("start -1 insert", -1, 0, "X");

// splice with undefined deleteCount means 0, not "to the end".
const u = [1, 2, 3];
console.log(u.splice(0, undefined), u);

// toSpliced leaves the original alone.
const orig = [1, 2, 3, 4];
console.log(orig.toSpliced(1, 2, 9), orig);
console.log(orig.toSpliced(-1), (orig.toSpliced as () => number[])(), [1, , 3].toSpliced(0, 0));

// Removing while iterating backwards.
const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
for (let i = nums.length - 1; i >= 0; i--) if (nums[i] % 3 === 0) nums.splice(i, 1);
console.log(nums);

// splice on sparse arrays keeps holes in the result.
const sp = [1, , 3, , 5];
console.log(sp.splice(0, 3), sp);
