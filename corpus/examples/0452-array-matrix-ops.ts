// Two-dimensional arrays: construction without shared rows, transpose, multiply, rotate, spiral order, printing of number grids.
type Matrix = number[][];
const make = (r: number, c: number, f: (i: number, j: number) => number): Matrix =>
  Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => f(i, j)));

const A = make(2, 3, (i, j) => i * 3 + j + 1);
const B = make(3, 2, (i, j) => (i === j ? 1 : i + j));
console.log(A, B);

const transpose = (m: Matrix): Matrix => m[0].map((_, j) => m.map((row) => row[j]));
console.log(transpose(A));

const multiply = (x: Matrix, y: Matrix): Matrix => x.map((row) => y[0].map((_, j) => row.reduce((s, v, k) => s + v * y[k][j], 0)));
console.log(multiply(A, B));
console.log(multiply(B, A));

const rotate = (m: Matrix): Matrix => transpose(m).map((row) => row.reverse());
const sq = make(4, 4, (i, j) => i * 4 + j);
console.log(rotate(sq));
console.log(rotate(rotate(rotate(rotate(sq)))).every((row, i) => row.every((v, j) => v === sq[i][j])));

function spiral(m: Matrix): number[] {
  const out: number[] = [];
  let top = 0;
  let bottom = m.length - 1;
  let left = 0;
  let right = m[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) out.push(m[top][j]);
    top++;
    for (let i = top; i <= bottom; i++) out.push(m[i][right]);
    right--;
    if (top <= bottom) for (let j = right; j >= left; j--) out.push(m[bottom][j]);
    bottom--;
    if (left <= right) for (let i = bottom; i >= top; i--) out.push(m[i][left]);
    left++;
  }
  return out;
}
console.log(spiral(sq));
console.log(spiral(make(3, 5, (i, j) => i * 5 + j)));

// Identity and determinant via recursion (Laplace expansion).
const det = (m: Matrix): number =>
  m.length === 1 ? m[0][0] : m[0].reduce((s, v, j) => s + (j % 2 ? -1 : 1) * v * det(m.slice(1).map((r) => r.filter((_, k) => k !== j))), 0);
console.log(det([[2]]), det([[1, 2], [3, 4]]), det(make(3, 3, (i, j) => (i + 1) ** j)), det(sq));

// Row sums, column maxima and a formatted table.
const M = make(4, 5, (i, j) => ((i + 2) * (j + 3) * 7) % 23);
console.log(M.map((r) => r.reduce((a, b) => a + b)), transpose(M).map((c) => Math.max(...c)));
console.log(M.map((r) => r.map((v) => String(v).padStart(3)).join("")).join("\n"));
