// Realistic: Conway's game of life on a toroidal grid and a bounded grid — parse patterns, step generations, print boards and statistics.

type Grid = boolean[][];

class Life {
  readonly width: number;
  readonly height: number;
  readonly wrap: boolean;
  cells: Grid;
  generation = 0;

  constructor(width: number, height: number, wrap: boolean) {
    this.width = width;
    this.height = height;
    this.wrap = wrap;
    this.cells = Life.empty(width, height);
  }

  static empty(w: number, h: number): Grid {
    return Array.from({ length: h }, () => new Array<boolean>(w).fill(false));
  }

  place(pattern: string, top: number, left: number): this {
    const rows = pattern.split("\n").filter((r) => r.length > 0);
    rows.forEach((row, dy) => {
      for (let dx = 0; dx < row.length; dx++) {
        if (row[dx] === "#") this.cells[(top + dy) % this.height][(left + dx) % this.width] = true;
      }
    });
    return this;
  }

  alive(y: number, x: number): boolean {
    if (this.wrap) {
      y = (y + this.height) % this.height;
      x = (x + this.width) % this.width;
    } else if (y < 0 || x < 0 || y >= this.height || x >= this.width) {
      return false;
    }
    return this.cells[y][x];
  }

  neighbours(y: number, x: number): number {
    let n = 0;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) if ((dy !== 0 || dx !== 0) && this.alive(y + dy, x + dx)) n++;
    return n;
  }

  step(): number {
    const next = Life.empty(this.width, this.height);
    let changes = 0;
    for (let y = 0; y < this.height; y++)
      for (let x = 0; x < this.width; x++) {
        const n = this.neighbours(y, x);
        const was = this.cells[y][x];
        const now = was ? n === 2 || n === 3 : n === 3;
        next[y][x] = now;
        if (now !== was) changes++;
      }
    this.cells = next;
    this.generation++;
    return changes;
  }

  population(): number {
    return this.cells.reduce((sum, row) => sum + row.filter(Boolean).length, 0);
  }

  boundingBox(): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
    this.cells.forEach((row, y) =>
      row.forEach((c, x) => {
        if (!c) return;
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }),
    );
    return top === Infinity ? null : { top, left, bottom, right };
  }

  key(): string {
    return this.cells.map((r) => r.map((c) => (c ? "1" : "0")).join("")).join("/");
  }

  render(): string {
    return this.cells.map((r) => r.map((c) => (c ? "#" : ".")).join("")).join("\n");
  }
}

const GLIDER = ".#.\n..#\n###";
const BLINKER = "###";
const BLOCK = "##\n##";
const R_PENTOMINO = ".##\n##.\n.#.";

function run(title: string, life: Life, gens: number, every: number): void {
  console.log(`=== ${title} (${life.width}x${life.height}, wrap=${life.wrap})`);
  const seen = new Map<string, number>();
  for (let g = 0; g <= gens; g++) {
    const k = life.key();
    if (seen.has(k)) {
      const first = seen.get(k)!;
      console.log(`gen ${life.generation}: repeats gen ${first} (period ${life.generation - first}), pop ${life.population()}`);
      console.log(life.render());
      return;
    }
    seen.set(k, life.generation);
    if (g % every === 0) {
      console.log(`gen ${life.generation}: pop ${life.population()} box ${JSON.stringify(life.boundingBox())}`);
      console.log(life.render());
    }
    if (g < gens) life.step();
  }
  console.log(`stopped after ${life.generation} generations, pop ${life.population()}`);
}

run("blinker", new Life(5, 5, false).place(BLINKER, 2, 1), 4, 1);
run("block (still life)", new Life(4, 4, false).place(BLOCK, 1, 1), 3, 1);
run("glider on torus", new Life(6, 6, true).place(GLIDER, 0, 0), 30, 4);
run("glider hits wall", new Life(6, 6, false).place(GLIDER, 0, 0), 30, 5);
run("r-pentomino", new Life(16, 12, false).place(R_PENTOMINO, 5, 7), 12, 6);

const life = new Life(8, 8, true).place(GLIDER, 0, 0).place(BLINKER, 5, 4);
const changes: number[] = [];
for (let i = 0; i < 20; i++) changes.push(life.step());
console.log(changes, life.population(), life.generation);
console.log(Life.empty(3, 2), new Life(2, 1, true));
