// Realistic: bank ledger with classes, inheritance, custom errors, private fields, integer cents and a transaction log.

class LedgerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerError";
  }
}

class InsufficientFunds extends LedgerError {
  readonly shortBy: number;
  constructor(account: string, shortBy: number) {
    super(`account ${account} is short by ${formatCents(shortBy)}`);
    this.name = "InsufficientFunds";
    this.shortBy = shortBy;
  }
}

class UnknownAccount extends LedgerError {
  constructor(id: string) {
    super(`no such account: '${id}'`);
    this.name = "UnknownAccount";
  }
}

function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  let grouped = "";
  const digits = String(whole);
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ",";
    grouped += digits[i];
  }
  return `${sign}$${grouped}.${String(frac).padStart(2, "0")}`;
}

type Entry = { seq: number; kind: "deposit" | "withdraw" | "transfer" | "interest" | "fee"; account: string; amount: number; balance: number; memo?: string };

abstract class Account {
  static #nextId = 1;
  readonly id: string;
  readonly owner: string;
  #balance = 0;
  constructor(prefix: string, owner: string) {
    this.id = prefix + String(Account.#nextId++).padStart(4, "0");
    this.owner = owner;
  }
  get balance(): number {
    return this.#balance;
  }
  protected adjust(delta: number): number {
    this.#balance += delta;
    return this.#balance;
  }
  abstract overdraftLimit(): number;
  abstract monthEnd(): { kind: "interest" | "fee"; amount: number } | null;
  canWithdraw(amount: number): boolean {
    return this.#balance - amount >= -this.overdraftLimit();
  }
  apply(delta: number): number {
    return this.adjust(delta);
  }
  toString(): string {
    return `${this.constructor.name}(${this.id}, ${this.owner}, ${formatCents(this.#balance)})`;
  }
}

class Checking extends Account {
  constructor(owner: string) {
    super("CHK", owner);
  }
  overdraftLimit(): number {
    return 50_00;
  }
  monthEnd() {
    return this.balance < 0 ? { kind: "fee" as const, amount: -15_00 } : null;
  }
}

class Savings extends Account {
  rateBasisPoints: number;
  constructor(owner: string, rateBasisPoints: number) {
    super("SAV", owner);
    this.rateBasisPoints = rateBasisPoints;
  }
  overdraftLimit(): number {
    return 0;
  }
  monthEnd() {
    // Monthly interest, rounded half-away-from-zero to whole cents.
    const raw = (this.balance * this.rateBasisPoints) / 10000 / 12;
    const cents = Math.sign(raw) * Math.round(Math.abs(raw));
    return cents === 0 ? null : { kind: "interest" as const, amount: cents };
  }
}

class Bank {
  #accounts = new Map<string, Account>();
  readonly log: Entry[] = [];
  #seq = 0;
  open(acct: Account): Account {
    this.#accounts.set(acct.id, acct);
    return acct;
  }
  get(id: string): Account {
    const a = this.#accounts.get(id);
    if (!a) throw new UnknownAccount(id);
    return a;
  }
  #record(kind: Entry["kind"], acct: Account, amount: number, memo?: string): void {
    const e: Entry = { seq: ++this.#seq, kind, account: acct.id, amount, balance: acct.apply(amount) };
    if (memo !== undefined) e.memo = memo;
    this.log.push(e);
  }
  deposit(id: string, amount: number): void {
    if (!(amount > 0) || !Number.isInteger(amount)) throw new RangeError(`invalid amount: ${amount}`);
    this.#record("deposit", this.get(id), amount);
  }
  withdraw(id: string, amount: number): void {
    const a = this.get(id);
    if (!a.canWithdraw(amount)) throw new InsufficientFunds(id, amount - a.balance - a.overdraftLimit());
    this.#record("withdraw", a, -amount);
  }
  transfer(from: string, to: string, amount: number): void {
    const src = this.get(from);
    const dst = this.get(to);
    if (!src.canWithdraw(amount)) throw new InsufficientFunds(from, amount - src.balance - src.overdraftLimit());
    this.#record("transfer", src, -amount, "to " + to);
    this.#record("transfer", dst, amount, "from " + from);
  }
  closeMonth(): void {
    for (const a of this.#accounts.values()) {
      const adj = a.monthEnd();
      if (adj) this.#record(adj.kind, a, adj.amount);
    }
  }
  accounts(): Account[] {
    return [...this.#accounts.values()].sort((x, y) => y.balance - x.balance || (x.id < y.id ? -1 : 1));
  }
}

const bank = new Bank();
const alice = bank.open(new Checking("Alice"));
const bob = bank.open(new Savings("Bob", 425));
const carol = bank.open(new Savings("Carol", 150));

const ops: Array<[string, () => void]> = [
  ["deposit A 1200.00", () => bank.deposit(alice.id, 1200_00)],
  ["deposit B 98765.43", () => bank.deposit(bob.id, 98765_43)],
  ["withdraw A 1230.00", () => bank.withdraw(alice.id, 1230_00)],
  ["withdraw A 100.00", () => bank.withdraw(alice.id, 100_00)],
  ["transfer B->C 500.01", () => bank.transfer(bob.id, carol.id, 500_01)],
  ["transfer C->A 600.00", () => bank.transfer(carol.id, alice.id, 600_00)],
  ["deposit C -5", () => bank.deposit(carol.id, -5)],
  ["deposit C 0.5", () => bank.deposit(carol.id, 0.5)],
  ["deposit C NaN", () => bank.deposit(carol.id, NaN)],
  ["withdraw X 1", () => bank.withdraw("XYZ0009", 1)],
];

for (const [label, op] of ops) {
  try {
    op();
    console.log("ok  ", label);
  } catch (e) {
    if (e instanceof InsufficientFunds) console.log("FAIL", label, "->", e.name, e.message, "short", e.shortBy);
    else if (e instanceof LedgerError) console.log("FAIL", label, "->", e.name, e.message);
    else if (e instanceof Error) console.log("FAIL", label, "->", String(e));
  }
}

bank.closeMonth();
bank.closeMonth();

console.log("--- log");
for (const e of bank.log) {
  const amt = formatCents(e.amount).padStart(12);
  console.log(String(e.seq).padStart(3), e.kind.padEnd(9), e.account, amt, formatCents(e.balance).padStart(13), e.memo ?? "");
}
console.log("--- accounts");
for (const a of bank.accounts()) console.log(`${a}`);
console.log(bank.log.slice(-2));
console.log(bob instanceof Savings, bob instanceof Account, alice instanceof Savings, Object.keys(carol));
const total = bank.log.reduce((s, e) => s + e.amount, 0);
console.log("net flow", formatCents(total), "kinds", [...new Set(bank.log.map((e) => e.kind))].join("/"));
console.log(new InsufficientFunds("Z", 1).stack?.split("\n")[0]);
