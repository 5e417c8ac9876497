/*
 * lib_math.c — the Math namespace object (ECMA-262 21.3): constants, the functions (each argument
 * through ToNumber, left to right; results from jsmath.h) and Math.random (xorshift128+, seeded from
 * the clock: its sequence is allowed to differ from Node's).
 */
#include <math.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "conv.h"
#include "jsmath.h"
#include "lib_support.h"
#include "realm.h"
#include "typed_array.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target

static double num_arg(int argc, const tsn_value *argv, int i) { return tsn_to_number(tsn_arg(argc, argv, i)); }

/* One-argument functions share one tsn_code; the jsmath function sits in the builtin's data. */
typedef double (*unary_fn)(double);
static tsn_value math_unary(ARGS) {
  unary_fn f = (unary_fn)((tsn_function *)callee->internal)->data;
  return tsn_from_double(f(num_arg(argc, argv, 0)));
}

static tsn_value math_atan2(ARGS) {
  double y = num_arg(argc, argv, 0), x = num_arg(argc, argv, 1);
  return tsn_from_double(tsn_math_atan2(y, x));
}

static tsn_value math_pow(ARGS) {
  double b = num_arg(argc, argv, 0), e = num_arg(argc, argv, 1);
  return tsn_from_double(tsn_math_pow(b, e));
}

static tsn_value math_imul(ARGS) {
  double a = num_arg(argc, argv, 0), b = num_arg(argc, argv, 1);
  return tsn_from_double(tsn_math_imul(a, b));
}

static tsn_value math_clz32(ARGS) { return tsn_from_double(tsn_math_clz32(num_arg(argc, argv, 0))); }

/* Variadic functions: every argument is converted (in order) before the result is computed. */
typedef double (*variadic_fn)(const double *, int);
static tsn_value math_variadic(ARGS) {
  variadic_fn f = (variadic_fn)((tsn_function *)callee->internal)->data;
  double small[8];
  double *xs = argc <= 8 ? small : tsn_alloc_atomic((size_t)argc * sizeof(double));
  for (int i = 0; i < argc; i++) xs[i] = tsn_to_number(argv[i]);
  return tsn_from_double(f(xs, argc));
}

static uint64_t rng_state[2];

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static tsn_value math_random(ARGS) {
  uint64_t s1 = rng_state[0];
  const uint64_t s0 = rng_state[1];
  rng_state[0] = s0;
  s1 ^= s1 << 23;
  rng_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
  return tsn_from_double((double)((rng_state[1] + s0) >> 11) * 0x1.0p-53);
}

/* Math.f16round (21.3.2.17): the nearest binary16 value. */
static double f16round(double x) { return tsn_half_to_double(tsn_double_to_half(x)); }

static void define_fn(tsn_object *m, const char *name, tsn_code code, uint32_t length, void *data) {
  tsn_value f = tsn_builtin_new(code, name, length);
  tsn_as_function(f)->data = data;
  tsn_define_own(m, tsn_str_intern_ascii(name), f, TSN_ATTR_HIDDEN);
}

void tsn_lib_math_init(void) {
  tsn_object *m = tsn_object_new(tsn_intrinsics.object_prototype);
  static const struct { const char *name; unary_fn fn; } unary[] = {
      {"abs", tsn_math_abs}, {"acos", tsn_math_acos}, {"acosh", tsn_math_acosh}, {"asin", tsn_math_asin},
      {"asinh", tsn_math_asinh}, {"atan", tsn_math_atan}, {"atanh", tsn_math_atanh}, {NULL, NULL},
      {"ceil", tsn_math_ceil}, {"cbrt", tsn_math_cbrt}, {"expm1", tsn_math_expm1}, {NULL, NULL},
      {"cos", tsn_math_cos}, {"cosh", tsn_math_cosh}, {"exp", tsn_math_exp}, {"floor", tsn_math_floor},
      {"fround", tsn_math_fround}, {NULL, NULL}, {NULL, NULL}, {"log", tsn_math_log}, {"log1p", tsn_math_log1p},
      {"log2", tsn_math_log2}, {"log10", tsn_math_log10}, {NULL, NULL}, {NULL, NULL}, {NULL, NULL}, {NULL, NULL},
      {"round", tsn_math_round}, {"sign", tsn_math_sign}, {"sin", tsn_math_sin}, {"sinh", tsn_math_sinh},
      {"sqrt", tsn_math_sqrt}, {"tan", tsn_math_tan}, {"tanh", tsn_math_tanh}, {"trunc", tsn_math_trunc}};
  /* V8's property order; NULL rows are the non-unary functions, defined in place. */
  int gap = 0;
  for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++) {
    if (unary[i].name) { define_fn(m, unary[i].name, math_unary, 1, (void *)unary[i].fn); continue; }
    switch (gap++) {
    case 0: define_fn(m, "atan2", math_atan2, 2, NULL); break;
    case 1: define_fn(m, "clz32", math_clz32, 1, NULL); break;
    case 2: define_fn(m, "hypot", math_variadic, 2, (void *)tsn_math_hypot); break;
    case 3: define_fn(m, "imul", math_imul, 2, NULL); break;
    case 4: define_fn(m, "max", math_variadic, 2, (void *)tsn_math_max); break;
    case 5: define_fn(m, "min", math_variadic, 2, (void *)tsn_math_min); break;
    case 6: define_fn(m, "pow", math_pow, 2, NULL); break;
    default: define_fn(m, "random", math_random, 0, NULL); break;
    }
  }
  static const struct { const char *name; double v; } constants[] = {
      {"E", 2.718281828459045}, {"LN10", 2.302585092994046}, {"LN2", 0.6931471805599453},
      {"LOG10E", 0.4342944819032518}, {"LOG2E", 1.4426950408889634}, {"PI", 3.141592653589793},
      {"SQRT1_2", 0.7071067811865476}, {"SQRT2", 1.4142135623730951}};
  for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
    tsn_lib_define_value(m, constants[i].name, tsn_from_double(constants[i].v), 0);
  define_fn(m, "f16round", math_unary, 1, (void *)f16round); /* after the constants, as in V8 */
  tsn_lib_define_to_string_tag(m, "Math");
  tsn_lib_define_value(tsn_intrinsics.global, "Math", tsn_from_cell(m), TSN_ATTR_HIDDEN);

  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t seed = (uint64_t)ts.tv_sec * 1000000007ull ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 32);
  rng_state[0] = splitmix64(&seed);
  rng_state[1] = splitmix64(&seed);
}
