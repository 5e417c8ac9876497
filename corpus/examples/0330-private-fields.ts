// Private #fields: encapsulation, per-class brand checks with `#x in obj`, invalid access TypeError, not shown by console.log or keys.
class Account {
  #balance = 0;
  #history: number[] = [];
  owner: string;

  constructor(owner: string, initial: number) {
    this.owner = owner;
    this.deposit(initial);
  }

  deposit(amount: number): this {
    if (amount <= 0) throw new RangeError("deposit must be positive, got " + amount);
    this.#balance += amount;
    this.#history.push(amount);
    return this;
  }

  withdraw(amount: number): this {
    if (amount > this.#balance) throw new Error(`insufficient funds: ${this.#balance} < ${amount}`);
    this.#balance -= amount;
    this.#history.push(-amount);
    return this;
  }

  get balance(): number {
    return this.#balance;
  }

  static isAccount(o: unknown): boolean {
    return typeof o === "object" && o !== null && #balance in o;
  }

  sameBalance(other: Account): boolean {
    return this.#balance === other.#balance;
  }

  historyCopy(): number[] {
    return [...this.#history];
  }
}

const acct = new Account("ann", 100);
acct.deposit(50).withdraw(30);
console.log(acct.balance, acct.historyCopy());
console.log(acct);
console.log(Object.keys(acct), JSON.stringify(acct));
for (const amt of [-5, 1000]) {
  try {
    if (amt < 0) acct.deposit(amt);
    else acct.withdraw(amt);
  } catch (e) {
    console.log(String(e));
  }
}
console.log(Account.isAccount(acct), Account.isAccount({ balance: 1 }), Account.isAccount(null));
console.log(acct.sameBalance(new Account("bob", 120)));

// Calling a method that reads a private field on a foreign object throws.
const fake = { owner: "x", balance: 1 } as unknown as Account;
try {
  Account.prototype.sameBalance.call(acct, fake);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
try {
  Account.prototype.deposit.call(fake, 10);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Same private name in subclass and base are distinct.
class Base {
  #id = "base";
  baseId(): string {
    return this.#id;
  }
}
class Derived extends Base {
  #id = "derived";
  derivedId(): string {
    return this.#id;
  }
}
const d = new Derived();
console.log(d.baseId(), d.derivedId(), d);
