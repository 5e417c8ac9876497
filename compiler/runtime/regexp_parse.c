/*
 * regexp_parse.c — the pattern grammar of ECMA-262 22.2.1 (with Annex B.1.2 for patterns without
 * u/v) parsed into a tsn_re_node tree. Errors are V8's SyntaxErrors, reported at the first offending
 * token as V8 does; named references are resolved once the whole pattern is read.
 *
 * Not supported: \p{...} property escapes and the v flag's set notation (a SyntaxError saying so,
 * never a silently different match). Group names accept ASCII identifier characters, `$`, `_`,
 * \u escapes and any non-ASCII code point (V8 restricts those to ID_Start / ID_Continue).
 */
#include "alloc.h"
#include "exception.h"
#include "lib_support.h"
#include "realm.h"
#include "regexp_program.h"
#include "str.h"

#define MAX_CAPTURES 65535
#define MAX_NESTING 20000

typedef struct group_path { uint32_t *steps; uint32_t n; } group_path; /* (disjunction id, alternative) pairs */

typedef struct parser {
  const uint16_t *s;
  uint32_t len, pos;
  bool unicode;      /* u or v: the pattern is read as code points, strict grammar */
  bool named_mode;   /* \k is a named reference (u/v, or the pattern has a named group) */
  bool ignore_case, multiline, dot_all;
  uint32_t total_groups; /* from the pre-scan, excluding group 0 */
  uint32_t groups;       /* capture groups opened so far */
  tsn_value *names;      /* per group (1-based), TSN_UNDEFINED when unnamed */
  group_path *paths;     /* per group, for duplicate names */
  uint32_t *path;        /* current (disjunction id, alternative) stack */
  uint32_t path_len, path_cap, next_disjunction, depth;
  tsn_re_node **refs;    /* \k<name> nodes to resolve at the end (index holds the name position) */
  tsn_value *ref_names;
  uint32_t n_refs, refs_cap;
  tsn_value pattern, flags_text;
} parser;

_Noreturn static void fail(parser *p, const char *reason) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, "Invalid regular expression: /");
  tsn_strbuf_push_string(&b, p->pattern);
  tsn_strbuf_push_ascii(&b, "/");
  tsn_strbuf_push_string(&b, p->flags_text);
  tsn_strbuf_push_ascii(&b, ": ");
  tsn_strbuf_push_ascii(&b, reason);
  tsn_lib_throw_with_message(tsn_intrinsics.syntax_error_prototype, tsn_strbuf_finish(&b));
}

static tsn_re_node *node(uint8_t kind) {
  tsn_re_node *n = tsn_alloc(sizeof *n);
  n->kind = kind;
  return n;
}

static bool at_end(const parser *p) { return p->pos >= p->len; }

/* The character at the cursor: a code point under u/v (a surrogate pair is one), else a code unit. */
static uint32_t peek_n(const parser *p, uint32_t *units) {
  uint16_t c = p->s[p->pos];
  if (p->unicode && c >= 0xD800 && c <= 0xDBFF && p->pos + 1 < p->len && p->s[p->pos + 1] >= 0xDC00 && p->s[p->pos + 1] <= 0xDFFF) {
    *units = 2;
    return 0x10000u + (((uint32_t)c - 0xD800u) << 10) + ((uint32_t)p->s[p->pos + 1] - 0xDC00u);
  }
  *units = 1;
  return c;
}
static uint32_t peek(const parser *p) { uint32_t u; return at_end(p) ? 0xFFFFFFFFu : peek_n(p, &u); }
static uint32_t peek_at(const parser *p, uint32_t k) { return p->pos + k < p->len ? p->s[p->pos + k] : 0xFFFFFFFFu; }
static uint32_t next(parser *p) { uint32_t u, c = peek_n(p, &u); p->pos += u; return c; }
static bool eat(parser *p, uint32_t c) { if (!at_end(p) && p->s[p->pos] == c) { p->pos++; return true; } return false; }

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}
static bool is_syntax_char(uint32_t c) { return c < 128 && c && strchr("^$\\.*+?()[]{}|", (int)c); }

/* Counts capture groups and notices named ones before parsing (decimal escapes and \k depend on
 * them), skipping escapes and classes as V8's pre-scan does. */
static void prescan(parser *p, bool *has_named) {
  bool in_class = false;
  for (uint32_t i = 0; i < p->len; i++) {
    uint16_t c = p->s[i];
    if (c == '\\') { i++; continue; }
    if (in_class) { if (c == ']') in_class = false; continue; }
    if (c == '[') { in_class = true; continue; }
    if (c != '(') continue;
    if (i + 1 < p->len && p->s[i + 1] == '?') {
      if (i + 3 < p->len && p->s[i + 2] == '<' && p->s[i + 3] != '=' && p->s[i + 3] != '!') {
        p->total_groups++;
        *has_named = true;
      }
    } else {
      p->total_groups++;
    }
  }
}

/* Reads up to `max_digits` hex digits exactly (`exact`) or at least one (`!exact`, for \u{...}). */
static bool read_hex(parser *p, uint32_t digits, uint32_t *out) {
  uint32_t v = 0;
  for (uint32_t k = 0; k < digits; k++) {
    int h = hex_value(peek_at(p, k));
    if (h < 0) return false;
    v = v * 16 + (uint32_t)h;
  }
  p->pos += digits;
  *out = v;
  return true;
}

/* RegExpUnicodeEscapeSequence after "\u": -1 when malformed (the caller decides: error or 'u'). */
static int64_t unicode_escape(parser *p, bool unicode) {
  uint32_t save = p->pos, v;
  if (unicode && eat(p, '{')) {
    uint64_t acc = 0;
    uint32_t n = 0;
    while (hex_value(peek(p)) >= 0) {
      acc = acc * 16 + (uint32_t)hex_value(next(p));
      if (acc > 0x10FFFF) return -1;
      n++;
    }
    if (n == 0 || !eat(p, '}')) return -1;
    return (int64_t)acc;
  }
  if (!read_hex(p, 4, &v)) { p->pos = save; return -1; }
  if (unicode && v >= 0xD800 && v <= 0xDBFF && peek_at(p, 0) == '\\' && peek_at(p, 1) == 'u') {
    uint32_t after = p->pos, lo;
    p->pos += 2;
    if (read_hex(p, 4, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) return 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
    p->pos = after;
  }
  return v;
}

/* Legacy octal escape (Annex B): up to three octal digits, value at most 0377. */
static uint32_t legacy_octal(parser *p) {
  uint32_t v = next(p) - '0';
  if (peek(p) >= '0' && peek(p) <= '7') {
    v = v * 8 + (next(p) - '0');
    if (v < 32 && peek(p) >= '0' && peek(p) <= '7') v = v * 8 + (next(p) - '0');
  }
  return v;
}

/* CharacterEscape (22.2.1, Annex B.1.2) after the backslash; the cursor is on the escaped char. */
static uint32_t character_escape(parser *p, bool in_class) {
  uint32_t c = peek(p);
  switch (c) {
    case 'f': p->pos++; return '\f';
    case 'n': p->pos++; return '\n';
    case 'r': p->pos++; return '\r';
    case 't': p->pos++; return '\t';
    case 'v': p->pos++; return '\v';
    case 'c': {
      uint32_t l = peek_at(p, 1);
      if ((l | 0x20) >= 'a' && (l | 0x20) <= 'z') { p->pos += 2; return l % 32; }
      if (p->unicode) fail(p, "Invalid Unicode escape");
      if (in_class && (is_digit(l) || l == '_')) { p->pos += 2; return l % 32; }
      return '\\'; /* the backslash alone; 'c' is read next as a literal */
    }
    case 'x': {
      p->pos++;
      uint32_t v;
      if (read_hex(p, 2, &v)) return v;
      if (p->unicode) fail(p, "Invalid escape");
      return 'x';
    }
    case 'u': {
      p->pos++;
      int64_t v = unicode_escape(p, p->unicode);
      if (v >= 0) return (uint32_t)v;
      if (p->unicode) fail(p, "Invalid Unicode escape");
      return 'u';
    }
    case '0':
      if (!is_digit(peek_at(p, 1))) { p->pos++; return 0; }
      if (p->unicode) fail(p, "Invalid decimal escape");
      return legacy_octal(p);
    default:
      break;
  }
  if (p->unicode) {
    if (is_syntax_char(c) || c == '/' || (in_class && c == '-')) { p->pos++; return c; }
    if (is_digit(c)) fail(p, in_class ? "Invalid decimal escape" : "Invalid escape");
    fail(p, in_class ? "Invalid class escape" : "Invalid escape");
  }
  if (c >= '1' && c <= '7') return legacy_octal(p);
  return next(p);
}

/* RegExpIdentifierName after '<' up to and including '>'. */
static tsn_value group_name(parser *p) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  bool first = true;
  for (;;) {
    if (at_end(p)) fail(p, "Invalid capture group name");
    uint32_t units, c = peek_n(p, &units);
    if (c == '>' && !first) { p->pos++; break; }
    if (c == '\\') {
      p->pos++;
      if (!eat(p, 'u')) fail(p, "Invalid capture group name");
      bool save_unicode = p->unicode;
      p->unicode = true;
      int64_t v = unicode_escape(p, true);
      p->unicode = save_unicode;
      if (v < 0) fail(p, "Invalid capture group name");
      c = (uint32_t)v;
    } else {
      /* Group names read surrogate pairs as one code point even without u (ES2020). */
      uint16_t u0 = p->s[p->pos];
      if (u0 >= 0xD800 && u0 <= 0xDBFF && p->pos + 1 < p->len && p->s[p->pos + 1] >= 0xDC00 && p->s[p->pos + 1] <= 0xDFFF) {
        c = 0x10000u + (((uint32_t)u0 - 0xD800u) << 10) + ((uint32_t)p->s[p->pos + 1] - 0xDC00u);
        p->pos += 2;
      } else {
        p->pos++;
        c = u0;
      }
    }
    bool ok = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : c == '$' || c == '_' || (!first && is_digit(c)) ||
              (c >= 0x80 && !(c >= 0xD800 && c <= 0xDFFF) && c != 0x2028 && c != 0x2029 && c != 0xA0 && c != 0xFEFF);
    if (!ok) fail(p, "Invalid capture group name");
    if (c < 0x10000) {
      tsn_strbuf_push_unit(&b, (uint16_t)c);
    } else {
      tsn_strbuf_push_unit(&b, (uint16_t)(0xD800 + ((c - 0x10000) >> 10)));
      tsn_strbuf_push_unit(&b, (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF)));
    }
    first = false;
  }
  return tsn_str_intern(tsn_strbuf_finish(&b));
}

static tsn_regexp_class *new_class(void) { return tsn_alloc(sizeof(tsn_regexp_class)); }
static uint32_t max_char(const parser *p) { return p->unicode ? 0x10FFFF : 0xFFFF; }

/* A set node from a class: closed under Canonicalize when ignoring case, then inverted. */
static tsn_re_node *set_node(parser *p, tsn_regexp_class *c, bool invert) {
  if (p->ignore_case) tsn_re_class_close_case(c, p->unicode);
  else tsn_re_class_normalize(c);
  if (invert) tsn_re_class_invert(c, max_char(p));
  tsn_re_node *n = node(TSN_RE_SET);
  n->cls = c;
  return n;
}

static void add_escape_class(parser *p, tsn_regexp_class *c, uint32_t e) {
  uint32_t lower = e | 0x20;
  tsn_regexp_class part = {0};
  tsn_re_class_add_escape(&part, (char)lower, p->ignore_case && p->unicode);
  tsn_re_class_normalize(&part);
  if (e != lower) tsn_re_class_invert(&part, max_char(p));
  tsn_re_class_add_class(c, &part);
}

static bool is_class_escape(uint32_t c) { return c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W'; }

_Noreturn static void unsupported_property(parser *p) { fail(p, "Unicode property escapes (\\p{...}) are not supported by tsn"); }

/* One ClassAtom: returns true and sets *set when it is a class escape, else sets *ch. */
static bool class_atom(parser *p, tsn_regexp_class *set, uint32_t *ch) {
  if (!eat(p, '\\')) { *ch = next(p); return false; }
  if (at_end(p)) fail(p, "\\ at end of pattern");
  uint32_t c = peek(p);
  if (is_class_escape(c)) { p->pos++; add_escape_class(p, set, c); return true; }
  if (p->unicode && (c == 'p' || c == 'P')) unsupported_property(p);
  if (c == 'b') { p->pos++; *ch = 8; return false; }
  if (!p->unicode && (c == '8' || c == '9')) { p->pos++; *ch = c; return false; }
  if (!p->unicode && c == 'k' && p->named_mode) { p->pos++; *ch = 'k'; return false; }
  *ch = character_escape(p, true);
  return false;
}

static tsn_re_node *char_node(parser *p, uint32_t ch) {
  if (p->ignore_case) {
    tsn_regexp_class *c = new_class();
    tsn_re_class_add(c, ch, ch);
    tsn_re_class_close_case(c, p->unicode);
    if (c->n != 1 || c->r[0] != c->r[1]) {
      tsn_re_node *n = node(TSN_RE_SET);
      n->cls = c;
      return n;
    }
  }
  tsn_re_node *n = node(TSN_RE_CHAR);
  n->ch = ch;
  return n;
}

/* CharacterClass after '['. */
static tsn_re_node *character_class(parser *p) {
  bool invert = eat(p, '^');
  tsn_regexp_class *c = new_class();
  for (;;) {
    if (at_end(p)) fail(p, "Unterminated character class");
    if (eat(p, ']')) break;
    tsn_regexp_class a_set = {0};
    uint32_t a, b;
    bool a_is_set = class_atom(p, &a_set, &a);
    if (peek(p) == '-' && peek_at(p, 1) != ']' && peek_at(p, 1) != 0xFFFFFFFFu) {
      p->pos++;
      tsn_regexp_class b_set = {0};
      bool b_is_set = class_atom(p, &b_set, &b);
      if (a_is_set || b_is_set) {
        if (p->unicode) fail(p, "Invalid character class");
        if (a_is_set) tsn_re_class_add_class(c, &a_set); else tsn_re_class_add(c, a, a);
        tsn_re_class_add(c, '-', '-');
        if (b_is_set) tsn_re_class_add_class(c, &b_set); else tsn_re_class_add(c, b, b);
        continue;
      }
      if (a > b) fail(p, "Range out of order in character class");
      tsn_re_class_add(c, a, b);
      continue;
    }
    if (a_is_set) tsn_re_class_add_class(c, &a_set);
    else tsn_re_class_add(c, a, a);
  }
  return set_node(p, c, invert);
}

/* Parses a braced quantifier body after '{': false (cursor restored) when it is not one. */
static bool braced_quantifier(parser *p, uint32_t *min, uint32_t *max) {
  uint32_t save = p->pos;
  if (!is_digit(peek(p))) { p->pos = save; return false; }
  uint64_t a = 0;
  while (is_digit(peek(p))) { a = a * 10 + (next(p) - '0'); if (a > TSN_RE_INFINITY) a = TSN_RE_INFINITY; }
  uint64_t b = a;
  if (eat(p, ',')) {
    if (is_digit(peek(p))) {
      b = 0;
      while (is_digit(peek(p))) { b = b * 10 + (next(p) - '0'); if (b > TSN_RE_INFINITY) b = TSN_RE_INFINITY; }
    } else {
      b = TSN_RE_INFINITY;
    }
  }
  if (!eat(p, '}')) { p->pos = save; return false; }
  *min = (uint32_t)a;
  *max = (uint32_t)b;
  return true;
}

/* Whether a quantifier starts at the cursor (for "Nothing to repeat" after assertions). */
static bool at_quantifier(parser *p) {
  uint32_t c = peek(p);
  if (c == '*' || c == '+' || c == '?') return true;
  if (c != '{') return false;
  uint32_t save = p->pos, a, b;
  p->pos++;
  bool q = braced_quantifier(p, &a, &b);
  p->pos = save;
  return q || p->unicode;
}

static tsn_re_node *disjunction(parser *p);

static void push_path(parser *p, uint32_t id, uint32_t alt) {
  if (p->path_len + 2 > p->path_cap) {
    uint32_t cap = p->path_cap ? p->path_cap * 2 : 16;
    uint32_t *n = tsn_alloc_atomic(cap * sizeof(uint32_t));
    if (p->path_len) memcpy(n, p->path, p->path_len * sizeof(uint32_t));
    p->path = n;
    p->path_cap = cap;
  }
  p->path[p->path_len++] = id;
  p->path[p->path_len++] = alt;
}

/* Two groups may share a name only when they lie in different alternatives of one disjunction. */
static bool exclusive(const group_path *a, const group_path *b) {
  for (uint32_t i = 0; i + 1 < a->n && i + 1 < b->n; i += 2) {
    if (a->steps[i] != b->steps[i]) return false;
    if (a->steps[i + 1] != b->steps[i + 1]) return true;
  }
  return false;
}

static void declare_name(parser *p, uint32_t index, tsn_value name) {
  group_path here = {tsn_alloc_atomic((p->path_len + 1) * sizeof(uint32_t)), p->path_len};
  memcpy(here.steps, p->path, p->path_len * sizeof(uint32_t));
  for (uint32_t k = 1; k < index; k++)
    if (p->names[k] == name && !exclusive(&p->paths[k], &here)) fail(p, "Duplicate capture group name");
  p->names[index] = name;
  p->paths[index] = here;
}

static uint32_t open_group(parser *p) {
  if (p->groups >= MAX_CAPTURES) fail(p, "Too many captures");
  if (p->groups + 1 > p->total_groups) fail(p, "Invalid group"); /* the pre-scan counted every group a valid pattern has */
  return ++p->groups;
}

/* Modifiers group "(?ims-ims:" after "(?": adjusts the parser's flags, returns true when present. */
static bool modifiers(parser *p) {
  uint32_t c = peek(p);
  if (c != 'i' && c != 'm' && c != 's' && c != '-') return false;
  bool seen[3] = {false, false, false}, on[3] = {false, false, false}, dash = false, any = false;
  for (;;) {
    c = peek(p);
    if (c == ':') { p->pos++; break; }
    if (c == '-') {
      if (dash) fail(p, "Multiple dashes in flag group");
      dash = true;
      p->pos++;
      continue;
    }
    int k = c == 'i' ? 0 : c == 'm' ? 1 : c == 's' ? 2 : -1;
    if (k < 0) fail(p, "Invalid group");
    if (seen[k]) fail(p, "Repeated flag in flag group");
    seen[k] = true;
    on[k] = !dash;
    any = true;
    p->pos++;
  }
  if (!any) fail(p, "Invalid flag group");
  if (seen[0]) p->ignore_case = on[0];
  if (seen[1]) p->multiline = on[1];
  if (seen[2]) p->dot_all = on[2];
  return true;
}

/* A parenthesised atom after '('; sets *quantifiable. */
static tsn_re_node *group(parser *p, bool *quantifiable, bool *is_lookbehind) {
  *quantifiable = true;
  *is_lookbehind = false;
  if (++p->depth > MAX_NESTING) fail(p, "Maximum call stack size exceeded");
  tsn_re_node *result;
  if (eat(p, '?')) {
    uint32_t c = peek(p);
    if (c == '=' || c == '!' || (c == '<' && (peek_at(p, 1) == '=' || peek_at(p, 1) == '!'))) {
      bool behind = c == '<';
      if (behind) p->pos++;
      bool negated = next(p) == '!';
      result = node(TSN_RE_LOOK);
      result->flag_a = behind;
      result->flag_b = negated;
      result->kids = tsn_alloc(sizeof(tsn_re_node *));
      result->kids[0] = disjunction(p);
      result->n = 1;
      *quantifiable = !behind && !p->unicode;
      *is_lookbehind = behind;
    } else if (c == ':') {
      p->pos++;
      result = disjunction(p);
    } else if (c == '<') {
      p->pos++;
      tsn_value name = group_name(p);
      uint32_t index = open_group(p);
      declare_name(p, index, name);
      result = node(TSN_RE_GROUP);
      result->index = index;
      result->kids = tsn_alloc(sizeof(tsn_re_node *));
      result->kids[0] = disjunction(p);
      result->n = 1;
    } else {
      bool ic = p->ignore_case, ml = p->multiline, da = p->dot_all;
      if (!modifiers(p)) fail(p, "Invalid group");
      result = disjunction(p);
      p->ignore_case = ic;
      p->multiline = ml;
      p->dot_all = da;
    }
  } else {
    uint32_t index = open_group(p);
    result = node(TSN_RE_GROUP);
    result->index = index;
    result->kids = tsn_alloc(sizeof(tsn_re_node *));
    result->kids[0] = disjunction(p);
    result->n = 1;
  }
  if (!eat(p, ')')) fail(p, "Unterminated group");
  p->depth--;
  return result;
}

static tsn_re_node *backref(parser *p, uint32_t group_index) {
  tsn_re_node *n = node(TSN_RE_BACKREF);
  n->flag_a = p->ignore_case;
  if (group_index > 0) {
    n->kids = tsn_alloc(sizeof(tsn_re_node *));
    n->kids[0] = node(TSN_RE_EMPTY);
    n->kids[0]->index = group_index;
    n->n = 1;
  }
  return n;
}

/* AtomEscape after '\' (assertions \b \B are handled by the caller). */
static tsn_re_node *atom_escape(parser *p) {
  if (at_end(p)) fail(p, "\\ at end of pattern");
  uint32_t c = peek(p);
  if (is_class_escape(c)) {
    p->pos++;
    tsn_regexp_class *cls = new_class();
    add_escape_class(p, cls, c);
    return set_node(p, cls, false);
  }
  if (p->unicode && (c == 'p' || c == 'P')) unsupported_property(p);
  if (c == 'k' && p->named_mode) {
    p->pos++;
    if (!eat(p, '<')) fail(p, "Invalid named reference");
    tsn_value name = group_name(p);
    tsn_re_node *n = backref(p, 0);
    if (p->n_refs == p->refs_cap) {
      uint32_t cap = p->refs_cap ? p->refs_cap * 2 : 4;
      tsn_re_node **r = tsn_alloc(cap * sizeof *r);
      tsn_value *nm = tsn_alloc(cap * sizeof *nm);
      if (p->n_refs) { memcpy(r, p->refs, p->n_refs * sizeof *r); memcpy(nm, p->ref_names, p->n_refs * sizeof *nm); }
      p->refs = r;
      p->ref_names = nm;
      p->refs_cap = cap;
    }
    p->refs[p->n_refs] = n;
    p->ref_names[p->n_refs++] = name;
    return n;
  }
  if (c >= '1' && c <= '9') {
    uint32_t save = p->pos;
    uint64_t v = 0;
    while (is_digit(peek(p))) { v = v * 10 + (next(p) - '0'); if (v > MAX_CAPTURES + 1) v = MAX_CAPTURES + 1; }
    if (v <= p->total_groups) return backref(p, (uint32_t)v);
    if (p->unicode) fail(p, "Invalid escape");
    p->pos = save;
    if (c >= '8') { p->pos++; return char_node(p, c); }
    return char_node(p, legacy_octal(p));
  }
  if (c == 'k') { p->pos++; return char_node(p, 'k'); }
  return char_node(p, character_escape(p, false));
}

static tsn_re_node *dot(parser *p) {
  tsn_regexp_class *c = new_class();
  if (!p->dot_all) {
    tsn_re_class_add(c, '\n', '\n');
    tsn_re_class_add(c, '\r', '\r');
    tsn_re_class_add(c, 0x2028, 0x2029);
  }
  tsn_re_class_normalize(c);
  tsn_re_class_invert(c, max_char(p));
  tsn_re_node *n = node(TSN_RE_SET);
  n->cls = c;
  return n;
}

/* Term (22.2.1): an assertion, or an atom with an optional quantifier. NULL at the end of an
 * alternative ('|', ')' or the end of the pattern). */
static tsn_re_node *term(parser *p) {
  if (at_end(p)) return NULL;
  uint32_t c = peek(p);
  tsn_re_node *atom;
  bool quantifiable = true, lookbehind = false;
  uint32_t groups_before = p->groups;
  switch (c) {
    case '|': case ')': return NULL;
    case '^': case '$': {
      p->pos++;
      tsn_re_node *n = node(c == '^' ? TSN_RE_BOL : TSN_RE_EOL);
      n->flag_a = p->multiline;
      if (at_quantifier(p)) fail(p, "Nothing to repeat");
      return n;
    }
    case '\\':
      if (peek_at(p, 1) == 'b' || peek_at(p, 1) == 'B') {
        p->pos += 2;
        tsn_re_node *n = node(TSN_RE_WORD_BOUNDARY);
        n->flag_a = p->s[p->pos - 1] == 'B';
        n->flag_b = p->ignore_case && p->unicode;
        if (at_quantifier(p)) fail(p, "Nothing to repeat");
        return n;
      }
      p->pos++;
      atom = atom_escape(p);
      break;
    case '(':
      p->pos++;
      atom = group(p, &quantifiable, &lookbehind);
      break;
    case '.':
      p->pos++;
      atom = dot(p);
      break;
    case '[':
      p->pos++;
      atom = character_class(p);
      break;
    case '*': case '+': case '?':
      fail(p, "Nothing to repeat");
    case '{': {
      uint32_t a, b, save = p->pos;
      p->pos++;
      if (braced_quantifier(p, &a, &b)) fail(p, "Nothing to repeat");
      if (p->unicode) fail(p, "Lone quantifier brackets");
      p->pos = save + 1;
      atom = char_node(p, '{');
      break;
    }
    case '}': case ']':
      if (p->unicode) fail(p, "Lone quantifier brackets");
      p->pos++;
      atom = char_node(p, c);
      break;
    default:
      atom = char_node(p, next(p));
      break;
  }
  /* Quantifier */
  uint32_t min, max;
  c = peek(p);
  if (c == '*') { p->pos++; min = 0; max = TSN_RE_INFINITY; }
  else if (c == '+') { p->pos++; min = 1; max = TSN_RE_INFINITY; }
  else if (c == '?') { p->pos++; min = 0; max = 1; }
  else if (c == '{') {
    p->pos++;
    if (!braced_quantifier(p, &min, &max)) {
      if (p->unicode) fail(p, "Incomplete quantifier");
      p->pos--;
      return atom;
    }
    if (min > max) fail(p, "numbers out of order in {} quantifier");
  } else {
    return atom;
  }
  if (!quantifiable) fail(p, "Invalid quantifier");
  (void)lookbehind;
  tsn_re_node *r = node(TSN_RE_REPEAT);
  r->min = min;
  r->max = max;
  r->flag_a = !eat(p, '?');
  r->kids = tsn_alloc(sizeof(tsn_re_node *));
  r->kids[0] = atom;
  r->n = 1;
  r->cap_lo = groups_before + 1;
  r->cap_hi = p->groups + 1;
  return r;
}

static tsn_re_node *list_node(uint8_t kind, tsn_re_node **items, uint32_t n) {
  if (n == 1) return items[0];
  if (n == 0) return node(TSN_RE_EMPTY);
  tsn_re_node *r = node(kind);
  r->kids = items;
  r->n = n;
  return r;
}

static tsn_re_node *alternative(parser *p) {
  tsn_re_node **items = NULL;
  uint32_t n = 0, cap = 0;
  tsn_re_node *t;
  while ((t = term(p)) != NULL) {
    if (n == cap) {
      cap = cap ? cap * 2 : 4;
      tsn_re_node **grown = tsn_alloc(cap * sizeof *grown);
      if (n) memcpy(grown, items, n * sizeof *grown);
      items = grown;
    }
    items[n++] = t;
  }
  return list_node(TSN_RE_SEQ, items, n);
}

static tsn_re_node *disjunction(parser *p) {
  uint32_t id = p->next_disjunction++, alt = 0;
  tsn_re_node **items = NULL;
  uint32_t n = 0, cap = 0;
  for (;;) {
    push_path(p, id, alt++);
    tsn_re_node *a = alternative(p);
    p->path_len -= 2;
    if (n == cap) {
      cap = cap ? cap * 2 : 2;
      tsn_re_node **grown = tsn_alloc(cap * sizeof *grown);
      if (n) memcpy(grown, items, n * sizeof *grown);
      items = grown;
    }
    items[n++] = a;
    if (!eat(p, '|')) break;
  }
  return list_node(TSN_RE_ALT, items, n);
}

tsn_re_parsed tsn_re_parse(const uint16_t *src, uint32_t len, uint32_t flags, tsn_value pattern, tsn_value flags_text) {
  parser p = {0};
  p.s = src;
  p.len = len;
  p.pattern = pattern;
  p.flags_text = flags_text;
  p.unicode = (flags & (TSN_RE_UNICODE | TSN_RE_UNICODE_SETS)) != 0;
  p.ignore_case = (flags & TSN_RE_IGNORE_CASE) != 0;
  p.multiline = (flags & TSN_RE_MULTILINE) != 0;
  p.dot_all = (flags & TSN_RE_DOT_ALL) != 0;
  if (flags & TSN_RE_UNICODE_SETS) fail(&p, "the v flag (class set notation) is not supported by tsn");
  bool has_named = false;
  prescan(&p, &has_named);
  if (p.total_groups >= MAX_CAPTURES) fail(&p, "Too many captures");
  p.named_mode = p.unicode || has_named;
  p.names = tsn_alloc((p.total_groups + 1) * sizeof(tsn_value));
  p.paths = tsn_alloc((p.total_groups + 1) * sizeof(group_path));
  for (uint32_t k = 0; k <= p.total_groups; k++) p.names[k] = TSN_UNDEFINED;
  tsn_re_node *root = disjunction(&p);
  if (!at_end(&p)) fail(&p, "Unmatched ')'");
  for (uint32_t r = 0; r < p.n_refs; r++) {
    tsn_re_node *ref = p.refs[r];
    uint32_t count = 0;
    for (uint32_t k = 1; k <= p.groups; k++) count += p.names[k] == p.ref_names[r];
    if (count == 0) fail(&p, "Invalid named capture referenced");
    /* A reference to a duplicated name matches whichever of its groups participated. */
    ref->kids = tsn_alloc(count * sizeof(tsn_re_node *));
    for (uint32_t k = 1; k <= p.groups; k++)
      if (p.names[k] == p.ref_names[r]) {
        tsn_re_node *g = node(TSN_RE_EMPTY);
        g->index = k;
        ref->kids[ref->n++] = g;
      }
  }
  tsn_re_parsed out = {root, p.groups + 1, p.names, has_named};
  return out;
}
