/*
 * regexp_compile.c — the pattern tree to the matcher's bytecode (regexp_program.h), and
 * tsn_regexp_compile, the engine's entry point (parse + compile).
 *
 * Lookbehind bodies are compiled backward (22.2.2.3: a sequence matches right to left, a group
 * saves its end before its start). A quantified group becomes a counted loop whose iterations
 * reset the group's captures and whose empty iterations beyond the minimum fail (RepeatMatcher,
 * 22.2.2.3.1); a quantified single character becomes one greedy instruction.
 */
#include "alloc.h"
#include "regexp_program.h"
#include "str.h"

typedef struct emitter {
  int32_t *code;
  uint32_t n, cap;
  tsn_regexp_class *classes;
  uint32_t n_classes, classes_cap;
  uint32_t registers;
} emitter;

static uint32_t emit(emitter *e, int32_t word) {
  if (e->n == e->cap) {
    uint32_t cap = e->cap ? e->cap * 2 : 64;
    int32_t *code = tsn_alloc_atomic(cap * sizeof(int32_t));
    if (e->n) memcpy(code, e->code, e->n * sizeof(int32_t));
    e->code = code;
    e->cap = cap;
  }
  e->code[e->n] = word;
  return e->n++;
}

static int32_t add_class(emitter *e, const tsn_regexp_class *c) {
  if (e->n_classes == e->classes_cap) {
    uint32_t cap = e->classes_cap ? e->classes_cap * 2 : 8;
    tsn_regexp_class *grown = tsn_alloc(cap * sizeof *grown);
    if (e->n_classes) memcpy(grown, e->classes, e->n_classes * sizeof *grown);
    e->classes = grown;
    e->classes_cap = cap;
  }
  e->classes[e->n_classes] = *c;
  return (int32_t)e->n_classes++;
}

static bool is_single_char(const tsn_re_node *n) { return n->kind == TSN_RE_CHAR || n->kind == TSN_RE_SET; }

static int32_t class_of_single(emitter *e, const tsn_re_node *n) {
  if (n->kind == TSN_RE_SET) return add_class(e, n->cls);
  tsn_regexp_class c = {0};
  tsn_re_class_add(&c, n->ch, n->ch);
  return add_class(e, &c);
}

static void compile_node(emitter *e, const tsn_re_node *n, bool backward);

static void compile_repeat(emitter *e, const tsn_re_node *n, bool backward) {
  const tsn_re_node *body = n->kids[0];
  if (n->max == 0) return;
  if (n->flag_a && is_single_char(body)) {
    emit(e, TSN_OP_STAR_CLASS);
    emit(e, class_of_single(e, body));
    emit(e, (int32_t)n->min);
    emit(e, (int32_t)n->max);
    emit(e, backward);
    return;
  }
  int32_t counter = (int32_t)e->registers++, position = (int32_t)e->registers++;
  emit(e, TSN_OP_LOOP_INIT);
  emit(e, counter);
  uint32_t loop = emit(e, TSN_OP_LOOP);
  emit(e, counter);
  emit(e, (int32_t)n->min);
  emit(e, (int32_t)n->max);
  emit(e, n->flag_a);
  uint32_t exit_slot = emit(e, 0);
  emit(e, TSN_OP_LOOP_MARK);
  emit(e, position);
  if (n->cap_hi > n->cap_lo) {
    emit(e, TSN_OP_CLEAR);
    emit(e, (int32_t)(2 * n->cap_lo));
    emit(e, (int32_t)(2 * n->cap_hi));
  }
  compile_node(e, body, backward);
  emit(e, TSN_OP_LOOP_END);
  emit(e, counter);
  emit(e, position);
  emit(e, (int32_t)n->min);
  emit(e, (int32_t)loop);
  e->code[exit_slot] = (int32_t)e->n;
}

static void compile_node(emitter *e, const tsn_re_node *n, bool backward) {
  switch ((tsn_re_node_kind)n->kind) {
    case TSN_RE_EMPTY:
      return;
    case TSN_RE_CHAR:
      emit(e, backward ? TSN_OP_CHAR_BACK : TSN_OP_CHAR);
      emit(e, (int32_t)n->ch);
      return;
    case TSN_RE_SET:
      emit(e, backward ? TSN_OP_CLASS_BACK : TSN_OP_CLASS);
      emit(e, add_class(e, n->cls));
      return;
    case TSN_RE_SEQ:
      for (uint32_t i = 0; i < n->n; i++) compile_node(e, n->kids[backward ? n->n - 1 - i : i], backward);
      return;
    case TSN_RE_ALT: {
      uint32_t *ends = tsn_alloc_atomic(n->n * sizeof(uint32_t));
      for (uint32_t i = 0; i < n->n; i++) {
        uint32_t split = 0;
        if (i + 1 < n->n) {
          emit(e, TSN_OP_SPLIT_NEXT);
          split = emit(e, 0);
        }
        compile_node(e, n->kids[i], backward);
        if (i + 1 < n->n) {
          emit(e, TSN_OP_JUMP);
          ends[i] = emit(e, 0);
          e->code[split] = (int32_t)e->n;
        }
      }
      for (uint32_t i = 0; i + 1 < n->n; i++) e->code[ends[i]] = (int32_t)e->n;
      return;
    }
    case TSN_RE_GROUP:
      emit(e, TSN_OP_SAVE);
      emit(e, (int32_t)(2 * n->index + backward));
      compile_node(e, n->kids[0], backward);
      emit(e, TSN_OP_SAVE);
      emit(e, (int32_t)(2 * n->index + !backward));
      return;
    case TSN_RE_REPEAT:
      compile_repeat(e, n, backward);
      return;
    case TSN_RE_BOL:
    case TSN_RE_EOL:
      emit(e, n->kind == TSN_RE_BOL ? TSN_OP_BOL : TSN_OP_EOL);
      emit(e, n->flag_a);
      return;
    case TSN_RE_WORD_BOUNDARY:
      emit(e, TSN_OP_WORD_BOUNDARY);
      emit(e, n->flag_a);
      emit(e, n->flag_b);
      return;
    case TSN_RE_LOOK: {
      emit(e, TSN_OP_LOOK);
      emit(e, n->flag_a);
      emit(e, n->flag_b);
      uint32_t end_slot = emit(e, 0);
      compile_node(e, n->kids[0], n->flag_a);
      emit(e, TSN_OP_LOOK_MATCH);
      e->code[end_slot] = (int32_t)e->n;
      return;
    }
    case TSN_RE_BACKREF:
      emit(e, TSN_OP_BACKREF);
      emit(e, backward);
      emit(e, n->flag_a);
      emit(e, (int32_t)n->n);
      for (uint32_t i = 0; i < n->n; i++) emit(e, (int32_t)n->kids[i]->index);
      return;
  }
}

void tsn_re_compile_tree(tsn_regexp_program *p, const tsn_re_parsed *parsed) {
  emitter e = {0};
  e.registers = 2 * parsed->capture_count;
  compile_node(&e, parsed->root, false);
  emit(&e, TSN_OP_MATCH);
  p->code = e.code;
  p->code_length = e.n;
  p->classes = e.classes;
  p->class_count = e.n_classes;
  p->register_count = e.registers;
}

tsn_regexp_program *tsn_regexp_compile(tsn_value pattern, uint32_t flags, tsn_value flags_text) {
  tsn_re_parsed parsed = tsn_re_parse(tsn_str_chars(pattern), tsn_str_length(pattern), flags, pattern, flags_text);
  tsn_regexp_program *p = tsn_alloc(sizeof *p);
  p->flags = flags;
  p->capture_count = parsed.capture_count;
  p->names = parsed.names;
  p->has_named_groups = parsed.has_named_groups;
  tsn_re_compile_tree(p, &parsed);
  return p;
}

int32_t tsn_regexp_parse_flags(tsn_value flags) {
  static const char order[] = "dgimsuvy";
  int32_t bits = 0;
  const uint16_t *u = tsn_str_chars(flags);
  for (uint32_t i = 0; i < tsn_str_length(flags); i++) {
    const char *at = u[i] < 128 && u[i] ? strchr(order, u[i]) : NULL;
    if (!at) return -1;
    int32_t bit = 1 << (at - order);
    if (bits & bit) return -1;
    bits |= bit;
  }
  if ((bits & TSN_RE_UNICODE) && (bits & TSN_RE_UNICODE_SETS)) return -1;
  return bits;
}
