// testlib.mjs — the Node side of the runtime-library tests: the same `label repr` lines as
// testlib.c prints for the equivalent C program (see testlib.c for the rendering rules).

function escape(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) out += '\\' + s[i];
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else out += s[i];
  }
  return out;
}

export function repr(v) {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return '"' + escape(v) + '"';
  if (typeof v === 'symbol') return escape(v.toString());
  if (v === null || typeof v !== 'object' && typeof v !== 'function') return String(v);
  if (typeof v === 'function') return 'function';
  if (Array.isArray(v)) {
    const parts = [];
    for (let i = 0; i < v.length; i++) parts.push(Object.hasOwn(v, i) ? repr(v[i]) : '<hole>');
    return '[' + parts.join(',') + ']';
  }
  if (v instanceof Map) return 'Map{' + [...v].map(([k, x]) => repr(k) + '=>' + repr(x)).join(',') + '}';
  if (v instanceof Set) return 'Set{' + [...v].map(repr).join(',') + '}';
  return '{' + Object.keys(v).map((k) => repr(k) + ':' + repr(v[k])).join(',') + '}';
}

/** Prints `label repr(f())`, or `label throws Name: message`. */
export function T(label, f) {
  let line;
  try {
    line = label + ' ' + repr(f());
  } catch (e) {
    line = label + ' throws ' + (e instanceof Error ? escape(String(e.name)) + ': ' + escape(String(e.message)) : repr(e));
  }
  process.stdout.write(line + '\n');
}

/** An array hole, as decodeField returns it. */
export const HOLE = Symbol('hole');

/** One field of a batched test's input line, as test_decode_field in testlib.c reads it. */
export function decodeField(field) {
  if (field === 'u') return undefined;
  if (field === 'h') return HOLE;
  if (field[0] === 'n') return Number(field.slice(1));
  const body = field.slice(1);
  return body === '' ? '' : String.fromCharCode(...body.split('.').map((h) => parseInt(h, 16)));
}
