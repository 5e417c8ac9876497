// arrprops.mjs — Node side of the batched array property test (see arrprops.c).
import { readFileSync } from 'node:fs';
import { decodeField, HOLE, T } from './testlib.mjs';

for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (line === '') continue;
  const [op, arrayField, ...fields] = line.split('|');
  const arr = [];
  for (const e of arrayField.slice(1).split(',').filter((x) => x !== '')) {
    const v = decodeField(e);
    if (v === HOLE) arr.length++;
    else arr.push(v);
  }
  T(op, () => [arr[op](...fields.map(decodeField)), arr]);
}
