/* case.c — full Unicode case mapping (toUpperCase/toLowerCase, Final_Sigma); see case.mjs. */
#include "testlib.h"

/* FNV-1a over the code units of f(prefix + cp + suffix) for every code point. */
static tsn_value sweep(const char *method, tsn_value prefix, tsn_value suffix) {
  uint32_t h = 2166136261u, changed = 0;
  tsn_value name = tsn_str_intern_ascii(method);
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    uint16_t units[2];
    uint32_t n = 1;
    if (cp < 0x10000) units[0] = (uint16_t)cp;
    else {
      units[0] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
      units[1] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
      n = 2;
    }
    tsn_value s = tsn_str_concat(tsn_str_concat(prefix, tsn_str_from_utf16(units, n)), suffix);
    tsn_value r = tsn_call(tsn_get(s, name), s, 0, NULL, NULL);
    if (!tsn_str_equals(r, s)) changed++;
    const uint16_t *u = tsn_str_chars(r);
    for (uint32_t i = 0; i < tsn_str_length(r); i++) {
      h ^= u[i];
      h *= 16777619u;
    }
  }
  return A(N(changed), N(h));
}

void tsn_program_main(void) {
  T("upper specials", M0(S("ß ŉ ǰ ΐ ΰ և ﬀﬁﬂﬃﬄﬅﬆ ﬓ ẞ ᾳ ῼ ǅ ǈ ǋ ǲ ı ſ µ ÿ"), "toUpperCase"));
  T("lower specials", M0(S("İ ẞ Ω K Å ǅ ǈ Ⅻ Ⓐ ＡＢ"), "toLowerCase"));
  T("astral", A(M0(S("𐐀𐐨𐒰𐓘𞤀𞤢𖹀𖹠"), "toUpperCase"), M0(S("𐐀𐐨𐒰𐓘𞤀𞤢𖹀𖹠"), "toLowerCase")));
  T("georgian cherokee", A(M0(S("ა ჰ Ა ꭰ Ꭰ ᏸ"), "toUpperCase"), M0(S("ა ჰ Ა ꭰ Ꭰ ᏸ"), "toLowerCase")));
  T("surrogates", A(M0(U(0xD801, 0x61, 0xDC28, 0xD801, 0xDC28, 0xDC00), "toUpperCase"), M0(U(0xD801, 0x41, 0xDC00, 0xD801, 0xDC00), "toLowerCase")));
  T("sigma final", M0(S("ΟΔΟΣ ΟΔΟΣ."), "toLowerCase"));
  T("sigma alone", M0(S("Σ"), "toLowerCase"));
  T("sigma start", M0(S("ΣΑ"), "toLowerCase"));
  T("sigma middle", M0(S("ΑΣΑ"), "toLowerCase"));
  T("sigma ignorable before", M0(S("Α'Σ"), "toLowerCase"));
  T("sigma ignorable after", M0(S("ΑΣ'Α"), "toLowerCase"));
  T("sigma combining", M0(S("ΑΣ\u0301 ΑΣ\u0301Α"), "toLowerCase"));
  T("sigma double", M0(S("ΑΣΣ ΣΣ"), "toLowerCase"));
  T("sigma after digit", M0(S("1Σ A1Σ"), "toLowerCase"));
  T("sigma surrogate", M0(U(0x391, 0xD800, 0x3A3, 0x20, 0x391, 0x3A3, 0xDC00), "toLowerCase"));
  T("sigma upper stays", M0(S("ας"), "toUpperCase"));
  T("locale variants", A(M0(S("ß"), "toLocaleUpperCase"), M0(S("İ"), "toLocaleLowerCase")));
  T("ascii unchanged", M0(S("hello 123"), "toLowerCase"));
  T("sweep upper", sweep("toUpperCase", S(""), S("")));
  T("sweep lower", sweep("toLowerCase", S(""), S("")));
  T("sweep sigma before", sweep("toLowerCase", S("A"), S("Σ")));
  T("sweep sigma after", sweep("toLowerCase", S("AΣ"), S("")));
  T("sweep sigma between", sweep("toLowerCase", S("AΣ"), S("B")));
}
