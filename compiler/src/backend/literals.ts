/**
 * Constants of the emitted C: numbers as their encoded 64-bit value words (value.h: IEEE-754 bits
 * plus 2^49, NaN canonical), and strings interned into one table of UTF-16 literals created once at
 * start-up. Table order is first use, so the same HIR always gives the same C bytes.
 */

const DOUBLE_ENCODE_OFFSET = 1n << 49n;
const CANONICAL_NAN = 0x7ff8000000000000n;

/** The C expression of a number constant: its encoded value word, with the value in a comment. */
export function numberConstant(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = Number.isNaN(value) ? CANONICAL_NAN : view.getBigUint64(0);
  const encoded = (bits + DOUBLE_ENCODE_OFFSET) & 0xffffffffffffffffn;
  const shown = Object.is(value, -0) ? '-0' : String(value);
  return `((tsn_value)0x${encoded.toString(16).padStart(16, '0')}ull /* ${shown} */)`;
}

/** String literals of one program: `S[i]` in the C file. */
export class StringTable {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  /** The C expression for the interned string `s`. */
  ref(s: string): string {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(s, i);
      this.values.push(s);
    }
    return `S[${i}]`;
  }

  /** C definitions: one static UTF-16 array per literal and the S table. */
  definitions(): string {
    const lines: string[] = [];
    this.values.forEach((s, i) => {
      const units: string[] = [];
      for (let k = 0; k < s.length; k++) units.push(String(s.charCodeAt(k)));
      const preview = s.replace(/[^\x20-\x7e]|\*\/|\\/g, '?').slice(0, 40);
      lines.push(`static const uint16_t L${i}[${Math.max(1, s.length)}] = {${units.length > 0 ? units.join(',') : '0'}}; /* "${preview}" */`);
    });
    lines.push(`static tsn_value S[${Math.max(1, this.values.length)}];`);
    return lines.join('\n');
  }

  /** C statements creating the interned strings (run first in tsn_program_main). */
  initialisers(): string {
    return this.values.map((s, i) => `  S[${i}] = tsn_str_literal(L${i}, ${s.length});`).join('\n');
  }
}

/** A C string literal (for V8 message texts like the callee in "x is not a function"); UTF-8 bytes escaped. */
export function cString(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let out = '"';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) out += '\\' + String.fromCharCode(b);
    else if (b >= 0x20 && b < 0x7f && b !== 0x3f) out += String.fromCharCode(b);
    else out += '\\' + b.toString(8).padStart(3, '0');
  }
  return out + '"';
}
