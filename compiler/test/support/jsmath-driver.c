/*
 * jsmath-driver.c - batch driver for compiler/test/jsmath.test.ts.
 *
 * Usage: jsmath-driver NAME < input > output
 * NAME is a Math function name (as in JS, e.g. "sin", "atan2", "hypot") or
 * "exponentiate" (the ** operator, same C function as pow).
 * Input: one call per line, its arguments as 16-hex-digit binary64 bit
 * patterns separated by single spaces (no arguments: empty line).
 * Output: one line per call, "OURS LIBM": OURS is the bit pattern of the
 * tsn_math_* result, LIBM that of the closest C library function on the same
 * arguments, or "-" when there is none. Exit code 2 on bad usage or input.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/jsmath.h"

enum { MAX_ARGS = 16 };

typedef double (*unary_fn)(double);
typedef double (*binary_fn)(double, double);
typedef double (*variadic_fn)(const double *, int);

/* One testable function: exactly one of unary/binary/variadic/clz is set. */
typedef struct {
  const char *name;
  unary_fn unary, unary_libm;
  binary_fn binary, binary_libm;
  variadic_fn variadic;
  int is_clz32;
} entry;

static double libm_fround(double x) { return (double)(float)x; }

static const entry ENTRIES[] = {
    {"sin", tsn_math_sin, sin, 0, 0, 0, 0},
    {"cos", tsn_math_cos, cos, 0, 0, 0, 0},
    {"tan", tsn_math_tan, tan, 0, 0, 0, 0},
    {"asin", tsn_math_asin, asin, 0, 0, 0, 0},
    {"acos", tsn_math_acos, acos, 0, 0, 0, 0},
    {"atan", tsn_math_atan, atan, 0, 0, 0, 0},
    {"atan2", 0, 0, tsn_math_atan2, atan2, 0, 0},
    {"exp", tsn_math_exp, exp, 0, 0, 0, 0},
    {"expm1", tsn_math_expm1, expm1, 0, 0, 0, 0},
    {"log", tsn_math_log, log, 0, 0, 0, 0},
    {"log1p", tsn_math_log1p, log1p, 0, 0, 0, 0},
    {"log2", tsn_math_log2, log2, 0, 0, 0, 0},
    {"log10", tsn_math_log10, log10, 0, 0, 0, 0},
    {"sinh", tsn_math_sinh, sinh, 0, 0, 0, 0},
    {"cosh", tsn_math_cosh, cosh, 0, 0, 0, 0},
    {"tanh", tsn_math_tanh, tanh, 0, 0, 0, 0},
    {"asinh", tsn_math_asinh, asinh, 0, 0, 0, 0},
    {"acosh", tsn_math_acosh, acosh, 0, 0, 0, 0},
    {"atanh", tsn_math_atanh, atanh, 0, 0, 0, 0},
    {"cbrt", tsn_math_cbrt, cbrt, 0, 0, 0, 0},
    {"pow", 0, 0, tsn_math_pow, pow, 0, 0},
    {"exponentiate", 0, 0, tsn_math_pow, pow, 0, 0},
    {"hypot", 0, 0, 0, 0, tsn_math_hypot, 0},
    {"round", tsn_math_round, round, 0, 0, 0, 0},
    {"fround", tsn_math_fround, libm_fround, 0, 0, 0, 0},
    {"sign", tsn_math_sign, 0, 0, 0, 0, 0},
    {"trunc", tsn_math_trunc, trunc, 0, 0, 0, 0},
    {"floor", tsn_math_floor, floor, 0, 0, 0, 0},
    {"ceil", tsn_math_ceil, ceil, 0, 0, 0, 0},
    {"sqrt", tsn_math_sqrt, sqrt, 0, 0, 0, 0},
    {"abs", tsn_math_abs, fabs, 0, 0, 0, 0},
    {"max", 0, 0, 0, 0, tsn_math_max, 0},
    {"min", 0, 0, 0, 0, tsn_math_min, 0},
    {"clz32", 0, 0, 0, 0, 0, 1},
    {"imul", 0, 0, tsn_math_imul, 0, 0, 0},
};

static uint64_t bits_of(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static double from_bits(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

static void fail(const char *message, long line) {
  fprintf(stderr, "jsmath-driver: %s (input line %ld)\n", message, line);
  exit(2);
}

/* Parses the space-separated bit patterns of one line into args; returns the count. */
static int parse_args(char *text, double *args, long line) {
  int n = 0;
  for (char *token = strtok(text, " \n"); token != NULL; token = strtok(NULL, " \n")) {
    char *end;
    if (strlen(token) != 16) fail("argument is not 16 hex digits", line);
    uint64_t b = strtoull(token, &end, 16);
    if (*end != '\0') fail("argument is not hex", line);
    if (n == MAX_ARGS) fail("too many arguments", line);
    args[n++] = from_bits(b);
  }
  return n;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: jsmath-driver NAME < input\n");
    return 2;
  }
  const entry *e = NULL;
  for (size_t i = 0; i < sizeof ENTRIES / sizeof ENTRIES[0]; i++) {
    if (strcmp(ENTRIES[i].name, argv[1]) == 0) e = &ENTRIES[i];
  }
  if (e == NULL) {
    fprintf(stderr, "jsmath-driver: unknown function %s\n", argv[1]);
    return 2;
  }
  int arity = e->unary != NULL || e->is_clz32 ? 1 : e->binary != NULL ? 2 : -1;
  char text[MAX_ARGS * 17 + 8];
  double args[MAX_ARGS];
  long line = 0;
  while (fgets(text, sizeof text, stdin) != NULL) {
    line++;
    int n = parse_args(text, args, line);
    if (arity >= 0 && n != arity) fail("wrong number of arguments", line);
    double ours;
    int has_libm = 1;
    double libm = 0.0;
    if (e->is_clz32) {
      ours = (double)tsn_math_clz32(args[0]);
      has_libm = 0;
    } else if (e->unary != NULL) {
      ours = e->unary(args[0]);
      if (e->unary_libm != NULL) libm = e->unary_libm(args[0]); else has_libm = 0;
    } else if (e->binary != NULL) {
      ours = e->binary(args[0], args[1]);
      if (e->binary_libm != NULL) libm = e->binary_libm(args[0], args[1]); else has_libm = 0;
    } else {
      ours = e->variadic(args, n);
      /* the C library has a two-argument hypot only */
      has_libm = e->variadic == tsn_math_hypot && n == 2;
      if (has_libm) libm = hypot(args[0], args[1]);
    }
    if (has_libm) {
      printf("%016" PRIx64 " %016" PRIx64 "\n", bits_of(ours), bits_of(libm));
    } else {
      printf("%016" PRIx64 " -\n", bits_of(ours));
    }
  }
  return ferror(stdin) ? 2 : 0;
}
