// Realistic: small matrix library — construct, multiply, transpose, determinant (LU with partial pivoting), inverse, toFixed output.

class DimensionError extends RangeError {
  constructor(op: string, a: Matrix, b: Matrix) {
    super(`${op}: incompatible shapes ${a.shape()} and ${b.shape()}`);
    this.name = "DimensionError";
  }
}

class Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: number[];
  constructor(rows: number, cols: number, data?: number[]) {
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Array<number>(rows * cols).fill(0);
    if (this.data.length !== rows * cols) throw new RangeError(`expected ${rows * cols} values, got ${this.data.length}`);
  }
  static from(rows: number[][]): Matrix {
    return new Matrix(rows.length, rows[0]?.length ?? 0, rows.flat());
  }
  static identity(n: number): Matrix {
    const m = new Matrix(n, n);
    for (let i = 0; i < n; i++) m.set(i, i, 1);
    return m;
  }
  get(r: number, c: number): number {
    return this.data[r * this.cols + c];
  }
  set(r: number, c: number, v: number): void {
    this.data[r * this.cols + c] = v;
  }
  shape(): string {
    return `${this.rows}x${this.cols}`;
  }
  transpose(): Matrix {
    const t = new Matrix(this.cols, this.rows);
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) t.set(c, r, this.get(r, c));
    return t;
  }
  add(o: Matrix): Matrix {
    if (o.rows !== this.rows || o.cols !== this.cols) throw new DimensionError("add", this, o);
    return new Matrix(this.rows, this.cols, this.data.map((v, i) => v + o.data[i]));
  }
  scale(k: number): Matrix {
    return new Matrix(this.rows, this.cols, this.data.map((v) => v * k));
  }
  mul(o: Matrix): Matrix {
    if (this.cols !== o.rows) throw new DimensionError("mul", this, o);
    const out = new Matrix(this.rows, o.cols);
    for (let i = 0; i < this.rows; i++)
      for (let j = 0; j < o.cols; j++) {
        let s = 0;
        for (let k = 0; k < this.cols; k++) s += this.get(i, k) * o.get(k, j);
        out.set(i, j, s);
      }
    return out;
  }
  /** Returns [LU combined, permutation, sign] or null if singular. */
  private lu(): { lu: Matrix; perm: number[]; sign: number } | null {
    const n = this.rows;
    const a = new Matrix(n, n, this.data.slice());
    const perm = Array.from({ length: n }, (_, i) => i);
    let sign = 1;
    for (let k = 0; k < n; k++) {
      let p = k;
      for (let i = k + 1; i < n; i++) if (Math.abs(a.get(i, k)) > Math.abs(a.get(p, k))) p = i;
      if (a.get(p, k) === 0) return null;
      if (p !== k) {
        for (let c = 0; c < n; c++) {
          const tmp = a.get(k, c);
          a.set(k, c, a.get(p, c));
          a.set(p, c, tmp);
        }
        [perm[k], perm[p]] = [perm[p], perm[k]];
        sign = -sign;
      }
      for (let i = k + 1; i < n; i++) {
        const f = a.get(i, k) / a.get(k, k);
        a.set(i, k, f);
        for (let c = k + 1; c < n; c++) a.set(i, c, a.get(i, c) - f * a.get(k, c));
      }
    }
    return { lu: a, perm, sign };
  }
  determinant(): number {
    if (this.rows !== this.cols) throw new DimensionError("det", this, this);
    const d = this.lu();
    if (!d) return 0;
    let det = d.sign;
    for (let i = 0; i < this.rows; i++) det *= d.lu.get(i, i);
    return det;
  }
  inverse(): Matrix | null {
    const d = this.lu();
    if (!d) return null;
    const n = this.rows;
    const inv = new Matrix(n, n);
    for (let col = 0; col < n; col++) {
      const y = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) {
        let s = d.perm[i] === col ? 1 : 0;
        for (let k = 0; k < i; k++) s -= d.lu.get(i, k) * y[k];
        y[i] = s;
      }
      for (let i = n - 1; i >= 0; i--) {
        let s = y[i];
        for (let k = i + 1; k < n; k++) s -= d.lu.get(i, k) * inv.get(k, col);
        inv.set(i, col, s / d.lu.get(i, i));
      }
    }
    return inv;
  }
  format(digits = 3): string {
    const cells = this.data.map((v) => (Object.is(v, -0) ? 0 : v).toFixed(digits));
    const w = Math.max(...cells.map((c) => c.length));
    const lines: string[] = [];
    for (let r = 0; r < this.rows; r++) lines.push("[ " + cells.slice(r * this.cols, (r + 1) * this.cols).map((c) => c.padStart(w)).join("  ") + " ]");
    return lines.join("\n");
  }
  toString(): string {
    return `Matrix<${this.shape()}>`;
  }
}

const A = Matrix.from([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]);
const B = Matrix.from([[1, 2], [3, 4], [5, 6]]);
console.log(String(A), `${B}`, A.shape(), B.transpose().shape());
console.log(A.format());
console.log(A.mul(B).format(1));
console.log(B.transpose().mul(B).format(0));
console.log("det A =", A.determinant(), "det I4 =", Matrix.identity(4).determinant());
const Ainv = A.inverse();
if (Ainv) {
  console.log(Ainv.format(4));
  console.log(A.mul(Ainv).format(6));
}
const H = new Matrix(4, 4);
for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) H.set(i, j, 1 / (i + j + 1));
console.log("Hilbert det", H.determinant(), H.determinant().toExponential(6));
const Hi = H.inverse();
console.log(Hi ? Hi.format(2) : "singular");
const S = Matrix.from([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
console.log("singular det", S.determinant(), "inverse", S.inverse());
const P = Matrix.from([[0, 1], [1, 0]]);
console.log("perm det", P.determinant(), "neg zero cell", P.scale(-0).format(1), P.scale(-0).data);
console.log(A.add(A.scale(0.5)).data, A.transpose().data.join(",") === A.data.join(","));

for (const f of [() => A.mul(A.transpose().mul(B).transpose()), () => A.add(B), () => new Matrix(2, 2, [1, 2, 3]), () => B.determinant()]) {
  try {
    console.log("result", f().toString());
  } catch (e) {
    if (e instanceof Error) console.log(e.name, "|", e.message, "|", e instanceof RangeError);
  }
}
let rot = Matrix.identity(2);
const c = Math.cos(Math.PI / 6);
const s = Math.sin(Math.PI / 6);
const R = Matrix.from([[c, -s], [s, c]]);
for (let i = 0; i < 12; i++) rot = rot.mul(R);
console.log("R^12", rot.format(12), rot.data.map((v) => Math.abs(v) < 1e-12));
console.log(new Matrix(2, 3, [1, -0, NaN, Infinity, -Infinity, 1e21]).format(2));
console.log(Matrix.identity(3));
