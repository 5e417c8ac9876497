// strprops.mjs — Node side of the batched string property test (see strprops.c).
import { readFileSync } from 'node:fs';
import { decodeField, T } from './testlib.mjs';

function apply(op, [s, ...rest]) {
  if (op === 'collateNumeric') return s.localeCompare(rest[0], undefined, { numeric: true });
  if (op === 'collateBase') return s.localeCompare(rest[0], undefined, { sensitivity: 'base' });
  if (op === 'collateUpper') return s.localeCompare(rest[0], undefined, { caseFirst: 'upper' });
  if (op === 'iterate') return [...s];
  if (op === 'stringify') return JSON.stringify(s);
  if (op === 'roundtrip') return JSON.parse(JSON.stringify(s));
  return s[op](...rest);
}

for (const line of readFileSync(0, 'utf8').split('\n')) {
  if (line === '') continue;
  const [op, ...fields] = line.split('|');
  T(op, () => apply(op, fields.map(decodeField)));
}
