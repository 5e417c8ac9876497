// arrprops.mjs — Node side of the batched array property test (see arrprops.c).
import { readFileSync } from 'node:fs';
import { T } from './testlib.mjs';

const HOLE = Symbol('hole');
function decode(f) {
  if (f === 'u') return undefined;
  if (f === 'h') return HOLE;
  if (f[0] === 'n') return Number(f.slice(1));
  const body = f.slice(1);
  return body === '' ? '' : String.fromCharCode(...body.split('.').map((h) => parseInt(h, 16)));
}

for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (line === '') continue;
  const [op, arrayField, ...fields] = line.split('|');
  const arr = [];
  for (const e of arrayField.slice(1).split(',').filter((x) => x !== '')) {
    const v = decode(e);
    if (v === HOLE) arr.length++;
    else arr.push(v);
  }
  T(op, () => [arr[op](...fields.map(decode)), arr]);
}
