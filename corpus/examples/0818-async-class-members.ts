// Async class members: private async methods, static async factories, overriding an async method and
// calling super from it, async methods used as callbacks, and async getters through promises.

class Repository<T extends { id: number }> {
  #items = new Map<number, T>();
  #reads = 0;

  async #load(id: number): Promise<T | undefined> {
    this.#reads++;
    await new Promise((r) => setTimeout(r, 1));
    return this.#items.get(id);
  }

  async save(item: T): Promise<void> {
    await null;
    this.#items.set(item.id, item);
  }

  async find(id: number): Promise<T> {
    const found = await this.#load(id);
    if (!found) throw new Error(`item ${id} not found`);
    return found;
  }

  get reads(): number {
    return this.#reads;
  }
}

type User = { id: number; name: string };

class AuditedRepository extends Repository<User> {
  readonly audit: string[] = [];

  override async find(id: number): Promise<User> {
    this.audit.push(`find ${id}`);
    try {
      return await super.find(id);
    } catch (e) {
      this.audit.push(`miss ${id}`);
      throw e;
    }
  }

  static async seeded(names: string[]): Promise<AuditedRepository> {
    const repo = new AuditedRepository();
    await Promise.all(names.map((name, i) => repo.save({ id: i + 1, name })));
    return repo;
  }
}

async function main(): Promise<void> {
  const repo = await AuditedRepository.seeded(["ada", "grace", "alan"]);
  console.log((await repo.find(2)).name);
  const names = await Promise.all([3, 1].map((id) => repo.find(id).then((u) => u.name)));
  console.log(names.join(","));
  console.log(await repo.find(9).catch((e: Error) => e.message));
  console.log("audit:", repo.audit);
  console.log("reads:", repo.reads);
  const find = repo.find.bind(repo);
  console.log((await find(1)).name, repo instanceof Repository);
}

main();
