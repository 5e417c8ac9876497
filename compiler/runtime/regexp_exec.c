/*
 * regexp_exec.c — the backtracking matcher (ECMA-262 22.2.2 semantics) over the bytecode of
 * regexp_compile.c.
 *
 * Every choice point and every register change is pushed on one explicit stack: failing pops it,
 * undoing register writes until a choice point resumes. The C stack only grows with the nesting of
 * lookarounds in the pattern (each runs as a nested match that is atomic once it succeeds, 22.2.2.4).
 * Under u/v the subject is read as code points (a surrogate pair is one character), otherwise as
 * code units.
 */
#include <stdlib.h>

#include "exception.h"
#include "regexp_program.h"

typedef enum { ENTRY_CHOICE, ENTRY_UNDO, ENTRY_STAR } entry_kind;

/* CHOICE: resume at pc/pos. UNDO: register `pc` had value `pos`. STAR: a greedy one-character
 * repetition at pos may give back characters down to `limit` (backward: up to it), then go on at pc. */
typedef struct entry { int32_t kind, pc, pos, limit; } entry;

typedef struct matcher {
  const tsn_regexp_program *p;
  const uint16_t *s;
  int32_t len;
  bool unicode;
  int32_t *regs;
  entry *stack;
  uint32_t sp, cap;
  int32_t end;
} matcher;

static entry *stack_buffer;
static uint32_t stack_capacity;

static void push(matcher *m, int32_t kind, int32_t pc, int32_t pos, int32_t limit) {
  if (m->sp == m->cap) {
    uint32_t cap = m->cap ? m->cap * 2 : 256;
    entry *grown = realloc(m->stack, cap * sizeof(entry));
    if (!grown) tsn_throw_range_error("Maximum call stack size exceeded");
    m->stack = stack_buffer = grown;
    m->cap = stack_capacity = cap;
  }
  m->stack[m->sp++] = (entry){kind, pc, pos, limit};
}

static void set_reg(matcher *m, int32_t r, int32_t v) {
  if (m->regs[r] == v) return;
  push(m, ENTRY_UNDO, r, m->regs[r], 0);
  m->regs[r] = v;
}

static bool is_high(uint16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
static bool is_low(uint16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

/* The character starting at pos (forward) or ending at pos (backward); its width in *units; false
 * at the edge of the subject. */
static bool read_char(const matcher *m, int32_t pos, bool backward, uint32_t *ch, int32_t *units) {
  if (!backward) {
    if (pos >= m->len) return false;
    uint16_t c = m->s[pos];
    if (m->unicode && is_high(c) && pos + 1 < m->len && is_low(m->s[pos + 1])) {
      *ch = 0x10000u + (((uint32_t)c - 0xD800u) << 10) + ((uint32_t)m->s[pos + 1] - 0xDC00u);
      *units = 2;
      return true;
    }
    *ch = c;
    *units = 1;
    return true;
  }
  if (pos <= 0) return false;
  uint16_t c = m->s[pos - 1];
  if (m->unicode && is_low(c) && pos >= 2 && is_high(m->s[pos - 2])) {
    *ch = 0x10000u + (((uint32_t)m->s[pos - 2] - 0xD800u) << 10) + ((uint32_t)c - 0xDC00u);
    *units = 2;
    return true;
  }
  *ch = c;
  *units = 1;
  return true;
}

static bool is_line_terminator(uint16_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

static bool is_word_char(uint16_t c, bool unicode_ignore_case) {
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  if ((c >= '0' && c <= '9') || c == '_') return true;
  return unicode_ignore_case && (c == 0x017F || c == 0x212A);
}

/* BackreferenceMatcher (22.2.2.7.2): the first participating group among `groups`. */
static bool match_backref(matcher *m, const int32_t *groups, int32_t n, bool backward, bool ignore_case, int32_t *pos) {
  int32_t start = -1, end = -1;
  for (int32_t i = 0; i < n; i++) {
    int32_t g = groups[i];
    if (m->regs[2 * g] >= 0 && m->regs[2 * g + 1] >= 0) {
      start = m->regs[2 * g];
      end = m->regs[2 * g + 1];
      break;
    }
  }
  if (start < 0) return true;
  int32_t len = end - start;
  int32_t from = backward ? *pos - len : *pos;
  if (from < 0 || from + len > m->len) return false;
  if (!ignore_case) {
    if (memcmp(m->s + start, m->s + from, (size_t)len * 2) != 0) return false;
  } else {
    int32_t i = 0;
    while (i < len) {
      uint32_t a, b;
      int32_t ua, ub;
      read_char(m, start + i, false, &a, &ua);
      read_char(m, from + i, false, &b, &ub);
      if (ua != ub || tsn_regexp_canonicalize(a, m->unicode) != tsn_regexp_canonicalize(b, m->unicode)) return false;
      i += ua;
    }
  }
  *pos = backward ? from : from + len;
  return true;
}

/* Runs from pc at pos until MATCH / LOOK_MATCH (true, m->end set) or until every choice above
 * `base` failed (false; registers restored). */
static bool run(matcher *m, int32_t pc, int32_t pos, uint32_t base) {
  const int32_t *code = m->p->code;
  for (;;) {
    uint32_t ch;
    int32_t units;
    switch ((tsn_re_op)code[pc]) {
      case TSN_OP_CHAR:
      case TSN_OP_CHAR_BACK: {
        bool back = code[pc] == TSN_OP_CHAR_BACK;
        if (!read_char(m, pos, back, &ch, &units) || ch != (uint32_t)code[pc + 1]) goto fail;
        pos += back ? -units : units;
        pc += 2;
        continue;
      }
      case TSN_OP_CLASS:
      case TSN_OP_CLASS_BACK: {
        bool back = code[pc] == TSN_OP_CLASS_BACK;
        if (!read_char(m, pos, back, &ch, &units) || !tsn_re_class_has(&m->p->classes[code[pc + 1]], ch)) goto fail;
        pos += back ? -units : units;
        pc += 2;
        continue;
      }
      case TSN_OP_SPLIT_NEXT:
        push(m, ENTRY_CHOICE, code[pc + 1], pos, 0);
        pc += 2;
        continue;
      case TSN_OP_SPLIT_JUMP:
        push(m, ENTRY_CHOICE, pc + 2, pos, 0);
        pc = code[pc + 1];
        continue;
      case TSN_OP_JUMP:
        pc = code[pc + 1];
        continue;
      case TSN_OP_SAVE:
        set_reg(m, code[pc + 1], pos);
        pc += 2;
        continue;
      case TSN_OP_CLEAR:
        for (int32_t r = code[pc + 1]; r < code[pc + 2]; r++) set_reg(m, r, -1);
        pc += 3;
        continue;
      case TSN_OP_BOL:
        if (!(pos == 0 || (code[pc + 1] && is_line_terminator(m->s[pos - 1])))) goto fail;
        pc += 2;
        continue;
      case TSN_OP_EOL:
        if (!(pos == m->len || (code[pc + 1] && is_line_terminator(m->s[pos])))) goto fail;
        pc += 2;
        continue;
      case TSN_OP_WORD_BOUNDARY: {
        bool uic = code[pc + 2];
        bool a = pos > 0 && is_word_char(m->s[pos - 1], uic);
        bool b = pos < m->len && is_word_char(m->s[pos], uic);
        if ((a != b) == (bool)code[pc + 1]) goto fail;
        pc += 3;
        continue;
      }
      case TSN_OP_LOOK: {
        bool negated = code[pc + 2];
        int32_t after = code[pc + 3];
        uint32_t mark = m->sp;
        bool matched = run(m, pc + 4, pos, mark);
        if (matched == negated) {
          /* A matched negative lookaround: undo its captures before failing. */
          while (m->sp > mark) {
            entry e = m->stack[--m->sp];
            if (e.kind == ENTRY_UNDO) m->regs[e.pc] = e.pos;
          }
          goto fail;
        }
        if (matched) {
          /* Atomic: drop the body's choice points, keep its register undo records. */
          uint32_t out = mark;
          for (uint32_t i = mark; i < m->sp; i++)
            if (m->stack[i].kind == ENTRY_UNDO) m->stack[out++] = m->stack[i];
          m->sp = out;
        }
        pc = after;
        continue;
      }
      case TSN_OP_LOOK_MATCH:
      case TSN_OP_MATCH:
        m->end = pos;
        return true;
      case TSN_OP_BACKREF: {
        int32_t n = code[pc + 3];
        if (!match_backref(m, code + pc + 4, n, code[pc + 1], code[pc + 2], &pos)) goto fail;
        pc += 4 + n;
        continue;
      }
      case TSN_OP_LOOP_INIT:
        set_reg(m, code[pc + 1], 0);
        pc += 2;
        continue;
      case TSN_OP_LOOP: {
        int32_t count = m->regs[code[pc + 1]], min = code[pc + 2], max = code[pc + 3];
        bool greedy = code[pc + 4];
        int32_t exit = code[pc + 5], body = pc + 6;
        if (count < min) { pc = body; continue; }
        if (max != TSN_RE_INFINITY && count >= max) { pc = exit; continue; }
        if (greedy) {
          push(m, ENTRY_CHOICE, exit, pos, 0);
          pc = body;
        } else {
          push(m, ENTRY_CHOICE, body, pos, 0);
          pc = exit;
        }
        continue;
      }
      case TSN_OP_LOOP_MARK:
        set_reg(m, code[pc + 1], pos);
        pc += 2;
        continue;
      case TSN_OP_LOOP_END: {
        int32_t counter = code[pc + 1], count = m->regs[counter];
        if (count >= code[pc + 3] && pos == m->regs[code[pc + 2]]) goto fail;
        set_reg(m, counter, count == TSN_RE_INFINITY ? count : count + 1);
        pc = code[pc + 4];
        continue;
      }
      case TSN_OP_STAR_CLASS: {
        const tsn_regexp_class *cls = &m->p->classes[code[pc + 1]];
        int32_t min = code[pc + 2], max = code[pc + 3];
        bool back = code[pc + 4];
        int32_t count = 0, limit = pos;
        while ((max == TSN_RE_INFINITY || count < max) && read_char(m, pos, back, &ch, &units) && tsn_re_class_has(cls, ch)) {
          pos += back ? -units : units;
          if (++count == min) limit = pos;
        }
        if (count < min) goto fail;
        if (pos != limit) push(m, ENTRY_STAR, pc + 5, pos, limit | (back ? (int32_t)0x80000000 : 0));
        pc += 5;
        continue;
      }
    }
  fail:
    for (;;) {
      if (m->sp <= base) return false;
      entry e = m->stack[--m->sp];
      if (e.kind == ENTRY_UNDO) {
        m->regs[e.pc] = e.pos;
        continue;
      }
      if (e.kind == ENTRY_CHOICE) {
        pc = e.pc;
        pos = e.pos;
        break;
      }
      /* ENTRY_STAR: give back one character. */
      bool back = (e.limit & (int32_t)0x80000000) != 0;
      int32_t limit = e.limit & 0x7FFFFFFF;
      read_char(m, e.pos, !back, &ch, &units);
      if (!back && m->unicode && units == 2 && e.pos - 2 < limit) units = 1;
      if (back && m->unicode && units == 2 && e.pos + 2 > limit) units = 1;
      pos = back ? e.pos + units : e.pos - units;
      if (pos != limit) push(m, ENTRY_STAR, e.pc, pos, e.limit);
      pc = e.pc;
      break;
    }
  }
}

bool tsn_regexp_match_at(const tsn_regexp_program *p, const uint16_t *subject, uint32_t length, uint32_t start, int32_t *captures) {
  matcher m = {p, subject, (int32_t)length, (p->flags & (TSN_RE_UNICODE | TSN_RE_UNICODE_SETS)) != 0, NULL, stack_buffer, 0, stack_capacity, 0};
  int32_t local[32];
  m.regs = p->register_count <= 32 ? local : malloc(p->register_count * sizeof(int32_t));
  if (!m.regs) tsn_throw_range_error("Maximum call stack size exceeded");
  for (uint32_t r = 0; r < p->register_count; r++) m.regs[r] = -1;
  bool matched = run(&m, 0, (int32_t)start, 0);
  if (matched) {
    for (uint32_t r = 2; r < 2 * p->capture_count; r++) captures[r] = m.regs[r];
    captures[0] = (int32_t)start;
    captures[1] = m.end;
  }
  if (m.regs != local) free(m.regs);
  return matched;
}
