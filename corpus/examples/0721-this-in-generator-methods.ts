// `this` in generator methods is the receiver of the call that created the generator object, kept
// across every resume, including for methods borrowed by other objects and called via call().
class Account {
  balance: number;
  owner: string;
  constructor(owner: string, balance: number) {
    this.owner = owner;
    this.balance = balance;
  }
  *withdrawals(amounts: number[]) {
    for (const a of amounts) {
      if (a > this.balance) {
        yield `${this.owner}: refused ${a}`;
        continue;
      }
      this.balance -= a;
      yield `${this.owner}: -${a} -> ${this.balance}`;
    }
  }
}
const acc = new Account("ana", 100);
const w = acc.withdrawals([30, 80, 50]);
console.log(w.next().value);
acc.balance += 100;
console.log(w.next().value, w.next().value, acc.balance);
const bob = { owner: "bob", balance: 10 };
console.log([...Account.prototype.withdrawals.call(bob, [5, 6])], bob.balance);
const plain = {
  name: "plain",
  *self() { yield this; },
};
console.log(plain.self().next().value === plain);
function* strictThis(this: unknown) { yield this; }
console.log(strictThis().next().value, strictThis.call(42).next().value);
const arrowInside = {
  items: ["a", "b"],
  prefix: ">",
  *mapped() {
    yield* this.items.map((x) => this.prefix + x);
  },
};
console.log([...arrowInside.mapped()]);
