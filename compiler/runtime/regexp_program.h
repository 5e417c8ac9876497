/*
 * regexp_program.h — the engine's internal data, shared by the parser (regexp_parse.c), the
 * compiler (regexp_compile.c), the character sets (regexp_charset.c) and the matcher
 * (regexp_exec.c): the pattern tree, the bytecode's opcodes and character classes.
 */
#ifndef TSN_REGEXP_PROGRAM_H
#define TSN_REGEXP_PROGRAM_H

#include "regexp.h"

/* A set of code points: sorted, disjoint, non-adjacent inclusive ranges lo..hi in `r` (2n words). */
typedef struct tsn_regexp_class {
  uint32_t *r;
  uint32_t n, capacity;
} tsn_regexp_class;

void tsn_re_class_add(tsn_regexp_class *c, uint32_t lo, uint32_t hi); /* any order; call normalize after */
void tsn_re_class_add_class(tsn_regexp_class *c, const tsn_regexp_class *other);
void tsn_re_class_normalize(tsn_regexp_class *c);
void tsn_re_class_invert(tsn_regexp_class *c, uint32_t max);          /* complement within 0..max (normalized input) */
bool tsn_re_class_has(const tsn_regexp_class *c, uint32_t ch);          /* normalized */
/* Adds every character whose Canonicalize equals that of a member (the closure CharacterSetMatcher
 * compares under the i flag); normalizes. */
void tsn_re_class_close_case(tsn_regexp_class *c, bool unicode);
/* The predefined sets of CharacterClassEscape (22.2.2.9): 'd', 's', 'w' (with the extra Unicode
 * word characters when `unicode_ignore_case`), added to c. */
void tsn_re_class_add_escape(tsn_regexp_class *c, char escape, bool unicode_ignore_case);

/* Pattern tree. Flags i/m/s (possibly changed by a modifier group) are resolved into the nodes. */
typedef enum tsn_re_node_kind {
  TSN_RE_EMPTY,
  TSN_RE_CHAR,       /* ch (case folded into a class by the compiler under i) */
  TSN_RE_SET,        /* cls, already closed and inverted */
  TSN_RE_SEQ,        /* kids[0..n) */
  TSN_RE_ALT,        /* kids[0..n) */
  TSN_RE_GROUP,      /* capture `index`, kids[0] */
  TSN_RE_REPEAT,     /* kids[0] {min,max} greedy; captures [cap_lo, cap_hi) reset per iteration */
  TSN_RE_BOL,        /* ^ (multiline) */
  TSN_RE_EOL,        /* $ (multiline) */
  TSN_RE_WORD_BOUNDARY,     /* \b (negated: \B; ignore_case+unicode: extra word chars) */
  TSN_RE_LOOK,       /* behind, negated, kids[0] */
  TSN_RE_BACKREF,    /* groups[0..n) (several when a name is duplicated), ignore_case */
} tsn_re_node_kind;

#define TSN_RE_INFINITY 0x7FFFFFFF

typedef struct tsn_re_node {
  uint8_t kind;
  bool flag_a;             /* BOL/EOL: multiline; WORD_BOUNDARY: negated; LOOK: behind; REPEAT: greedy; BACKREF: ignore_case */
  bool flag_b;             /* WORD_BOUNDARY: unicode ignore case; LOOK: negated */
  uint32_t ch;
  tsn_regexp_class *cls;
  struct tsn_re_node **kids;
  uint32_t n;
  uint32_t index, min, max, cap_lo, cap_hi;
} tsn_re_node;

/* The parser's result: the tree plus what the compiler needs to size the program. */
typedef struct tsn_re_parsed {
  tsn_re_node *root;
  uint32_t capture_count; /* including group 0 */
  tsn_value *names;
  bool has_named_groups;
} tsn_re_parsed;

tsn_re_parsed tsn_re_parse(const uint16_t *src, uint32_t len, uint32_t flags, tsn_value pattern, tsn_value flags_text);

/* Bytecode: each instruction is an opcode word followed by its operands. Character-consuming
 * instructions have a backward variant (lookbehind matches right to left, 22.2.2.3). */
typedef enum tsn_re_op {
  TSN_OP_CHAR,        /* ch */
  TSN_OP_CHAR_BACK,
  TSN_OP_CLASS,       /* class index */
  TSN_OP_CLASS_BACK,
  TSN_OP_SPLIT_NEXT,  /* L: try the next instruction first, then L */
  TSN_OP_SPLIT_JUMP,  /* L: try L first, then the next instruction */
  TSN_OP_JUMP,        /* L */
  TSN_OP_SAVE,        /* register: set to the current position */
  TSN_OP_CLEAR,       /* lo, hi: registers [lo, hi) become -1 */
  TSN_OP_BOL,         /* multiline */
  TSN_OP_EOL,         /* multiline */
  TSN_OP_WORD_BOUNDARY, /* negated, unicode_ignore_case */
  TSN_OP_LOOK,        /* behind, negated, body length; body ends with TSN_OP_LOOK_MATCH */
  TSN_OP_LOOK_MATCH,
  TSN_OP_BACKREF,     /* backward, ignore_case, n, groups... */
  TSN_OP_LOOP_INIT,   /* counter register */
  TSN_OP_LOOP,        /* counter, min, max, greedy, exit L: enter an iteration or leave */
  TSN_OP_LOOP_END,    /* counter, position register, min, loop L: empty check, count, repeat */
  TSN_OP_LOOP_MARK,   /* position register: remember where the iteration started */
  TSN_OP_STAR_CLASS,  /* class index, min, max, backward: greedy repetition of one character */
  TSN_OP_MATCH,
} tsn_re_op;

/* Compiles a parsed pattern into p->code / p->classes. */
void tsn_re_compile_tree(tsn_regexp_program *p, const tsn_re_parsed *parsed);

#endif
