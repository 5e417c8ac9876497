/*
 * testlib.h — helpers for the runtime-library test programs (compiler/test/runtime-libs.test.ts).
 * Each program defines tsn_program_main and prints one line per check, `label repr`, where repr is
 * the same ASCII rendering testlib.mjs produces under Node for the equivalent JavaScript, so the
 * test compares whole outputs. A check that throws prints `label throws Name: message`.
 */
#ifndef TSN_TESTLIB_H
#define TSN_TESTLIB_H

#include <stdio.h>

#include "tsn.h"

/* A string value from a UTF-8 C literal. */
#define S(lit) tsn_str_from_utf8((lit), sizeof(lit) - 1)
#define N(d) tsn_from_double(d)
/* A string value from UTF-16 code units: U(0x61, 0xD800). */
#define U(...) tsn_str_from_utf16((const uint16_t[]){__VA_ARGS__}, sizeof((const uint16_t[]){__VA_ARGS__}) / 2)
/* An array value: A(N(1), S("x")); A0() is []. */
#define A(...) tsn_array_from((tsn_value[]){__VA_ARGS__}, sizeof((tsn_value[]){__VA_ARGS__}) / sizeof(tsn_value))
#define A0() tsn_new_array(0)
/* recv.name(args...) and recv.name(). */
#define M(recv, name, ...) test_call_method((recv), (name), sizeof((tsn_value[]){__VA_ARGS__}) / sizeof(tsn_value), (tsn_value[]){__VA_ARGS__})
#define M0(recv, name) test_call_method((recv), (name), 0, NULL)
/* f(args...) for a function value, and new f(args...). */
#define CALL(f, ...) tsn_call((f), TSN_UNDEFINED, sizeof((tsn_value[]){__VA_ARGS__}) / sizeof(tsn_value), (tsn_value[]){__VA_ARGS__}, NULL)
#define NEW(f, ...) tsn_construct((f), sizeof((tsn_value[]){__VA_ARGS__}) / sizeof(tsn_value), (tsn_value[]){__VA_ARGS__}, (f), NULL)
#define NEW0(f) tsn_construct((f), 0, NULL, (f), NULL)

/* Prints `label repr(expr)`, or `label throws Name: message` when evaluating expr throws. */
#define T(label, expr)                     \
  do {                                     \
    tsn_handler test_h_;                   \
    TSN_TRY_PUSH(test_h_);                 \
    if (setjmp(test_h_.jb) == 0) {         \
      tsn_value test_v_ = (expr);          \
      TSN_TRY_POP(test_h_);                \
      test_show((label), test_v_);         \
    } else {                               \
      TSN_TRY_POP(test_h_);                \
      test_show_thrown((label), tsn_exception); \
    }                                      \
  } while (0)

/* A global binding by name (Array, Map, JSON, ...). */
tsn_value G(const char *name);
/* Property get by ASCII name. */
tsn_value P(tsn_value obj, const char *name);
tsn_value test_call_method(tsn_value recv, const char *name, size_t argc, const tsn_value *argv);
/* Wraps a C function as a JS function value (for callbacks). */
tsn_value F(tsn_code code, uint32_t length);
void test_show(const char *label, tsn_value v);
void test_show_thrown(const char *label, tsn_value error);
/* Appends repr(v) to b (the rendering of testlib.mjs). */
void test_repr(tsn_strbuf *b, tsn_value v);
/* A value from one field of a batched test's input line (modified in place): `u` undefined, `h` an
 * array hole (TSN_EMPTY), `n<number>` (strtod syntax, `-0` included), `s<hex>.<hex>...` a string of
 * those UTF-16 code units (at most 256); the encoding of encodeField in runtime-libs.test.ts. */
tsn_value test_decode_field(char *field);

#endif
