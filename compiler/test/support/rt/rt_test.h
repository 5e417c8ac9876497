/*
 * rt_test.h — shorthands for the hand-written runtime test programs (the .c files beside it).
 * Each program mirrors a JS file of the same name (.mjs) run by the pinned Node; the test compares
 * their outputs. p(v) prints String(v) and a newline, like the JS side's p(v).
 */
#ifndef RT_TEST_H
#define RT_TEST_H

#include "tsn.h"
#include "symbol.h"

static inline tsn_value S(const char *s) { return tsn_str_intern_ascii(s); }
static inline tsn_value N(double d) { return tsn_from_double(d); }
static inline void p(tsn_value v) {
  tsn_write_stdout(tsn_to_string(v));
  tsn_write_stdout_bytes("\n", 1);
}
static inline void pc(const char *s) { p(S(s)); }
/* Prints an array's elements joined by "," (Array.prototype.toString for string/number elements). */
static inline void pa(tsn_value array) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  uint32_t n = tsn_as_object(array)->length;
  for (uint32_t i = 0; i < n; i++) {
    if (i) tsn_strbuf_push_unit(&b, ',');
    tsn_strbuf_push_string(&b, tsn_to_string(tsn_get_index(array, tsn_from_double(i))));
  }
  p(tsn_strbuf_finish(&b));
}
static inline tsn_value G(const char *name) { return tsn_global_get(S(name)); }
static inline tsn_value get(tsn_value o, const char *key) { return tsn_get(o, S(key)); }
static inline void set(tsn_value o, const char *key, tsn_value v) { tsn_set(o, S(key), v); }
/* obj.name(args...) */
#define CALLM(obj, name, ...) \
  tsn_call_method((obj), S(name), NULL, (int)(sizeof((tsn_value[]){__VA_ARGS__}) / sizeof(tsn_value)), (tsn_value[]){__VA_ARGS__}, name)
#define CALLM0(obj, name) tsn_call_method((obj), S(name), NULL, 0, NULL, name)
/* f(args...) with this = undefined */
#define CALL(f, ...) tsn_call((f), TSN_UNDEFINED, (int)(sizeof((tsn_value[]){__VA_ARGS__}) / sizeof(tsn_value)), (tsn_value[]){__VA_ARGS__}, NULL)
#define NEW(f, ...) tsn_construct((f), (int)(sizeof((tsn_value[]){__VA_ARGS__}) / sizeof(tsn_value)), (tsn_value[]){__VA_ARGS__}, TSN_UNDEFINED, NULL)

/* Runs body; on a throw prints "caught Name: message" (String(e) for non-errors) like the JS t(). */
#define TRY(body)                                                              \
  do {                                                                         \
    tsn_handler h_;                                                            \
    TSN_TRY_PUSH(h_);                                                          \
    if (setjmp(h_.jb) == 0) {                                                  \
      body;                                                                    \
      TSN_TRY_POP(h_);                                                         \
    } else {                                                                   \
      TSN_TRY_POP(h_);                                                         \
      tsn_value e_ = tsn_exception;                                            \
      tsn_write_stdout(S("caught "));                                          \
      p(tsn_is_object(e_) ? tsn_call_method(e_, S("toString"), NULL, 0, NULL, NULL) : tsn_to_string(e_)); \
    }                                                                          \
  } while (0)

#endif
