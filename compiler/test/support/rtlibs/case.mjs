// case.mjs — the JavaScript equivalent of case.c.
import { T } from './testlib.mjs';

function sweep(method, prefix, suffix) {
  let h = 2166136261, changed = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const s = prefix + String.fromCodePoint(cp) + suffix;
    const r = s[method]();
    if (r !== s) changed++;
    for (let i = 0; i < r.length; i++) h = Math.imul(h ^ r.charCodeAt(i), 16777619) >>> 0;
  }
  return [changed, h];
}

T('upper specials', () => 'ß ŉ ǰ ΐ ΰ և ﬀﬁﬂﬃﬄﬅﬆ ﬓ ẞ ᾳ ῼ ǅ ǈ ǋ ǲ ı ſ µ ÿ'.toUpperCase());
T('lower specials', () => 'İ ẞ Ω K Å ǅ ǈ Ⅻ Ⓐ ＡＢ'.toLowerCase());
T('astral', () => ['𐐀𐐨𐒰𐓘𞤀𞤢𖹀𖹠'.toUpperCase(), '𐐀𐐨𐒰𐓘𞤀𞤢𖹀𖹠'.toLowerCase()]);
T('georgian cherokee', () => ['ა ჰ Ა ꭰ Ꭰ ᏸ'.toUpperCase(), 'ა ჰ Ა ꭰ Ꭰ ᏸ'.toLowerCase()]);
T('surrogates', () => ['\ud801a\udc28\ud801\udc28\udc00'.toUpperCase(), '\ud801A\udc00\ud801\udc00'.toLowerCase()]);
T('sigma final', () => 'ΟΔΟΣ ΟΔΟΣ.'.toLowerCase());
T('sigma alone', () => 'Σ'.toLowerCase());
T('sigma start', () => 'ΣΑ'.toLowerCase());
T('sigma middle', () => 'ΑΣΑ'.toLowerCase());
T('sigma ignorable before', () => "Α'Σ".toLowerCase());
T('sigma ignorable after', () => "ΑΣ'Α".toLowerCase());
T('sigma combining', () => 'ΑΣ\u0301 ΑΣ\u0301Α'.toLowerCase());
T('sigma double', () => 'ΑΣΣ ΣΣ'.toLowerCase());
T('sigma after digit', () => '1Σ A1Σ'.toLowerCase());
T('sigma surrogate', () => '\u0391\ud800\u03a3 \u0391\u03a3\udc00'.toLowerCase());
T('sigma upper stays', () => 'ας'.toUpperCase());
T('locale variants', () => ['ß'.toLocaleUpperCase(), 'İ'.toLocaleLowerCase()]);
T('ascii unchanged', () => 'hello 123'.toLowerCase());
T('sweep upper', () => sweep('toUpperCase', '', ''));
T('sweep lower', () => sweep('toLowerCase', '', ''));
T('sweep sigma before', () => sweep('toLowerCase', 'A', 'Σ'));
T('sweep sigma after', () => sweep('toLowerCase', 'AΣ', ''));
T('sweep sigma between', () => sweep('toLowerCase', 'AΣ', 'B'));
