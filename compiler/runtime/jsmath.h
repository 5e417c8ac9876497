/*
 * jsmath.h - the Math.* functions of the tsn runtime, bit-identical with V8
 * as shipped in the pinned Node 24 (V8 13.6) on x86-64 Linux.
 *
 * Every function takes and returns IEEE-754 binary64 values that are already
 * Numbers (the caller has done ToNumber on each argument). NaN results are
 * returned as a quiet NaN; callers must not rely on the NaN payload.
 *
 * Most transcendental functions reproduce V8's fdlibm port
 * (v8/src/base/ieee754.cc); see jsmath.c for the per-function source.
 * jsmath.c MUST be compiled with -ffp-contract=off (no fused multiply-add
 * contraction) and with SSE2 double arithmetic (no x87 excess precision),
 * otherwise results differ from V8 in the last bit.
 */
#ifndef TSN_JSMATH_H
#define TSN_JSMATH_H

#include <stdint.h>

/* ECMA-262 Math.sin (#sec-math.sin) (V8: fdlibm sin, argument reduction by pi/2). */
double tsn_math_sin(double x);
/* ECMA-262 Math.cos (#sec-math.cos) (V8: fdlibm cos). */
double tsn_math_cos(double x);
/* ECMA-262 Math.tan (#sec-math.tan) (V8: fdlibm tan). */
double tsn_math_tan(double x);
/* ECMA-262 Math.asin (#sec-math.asin); NaN outside [-1, 1]. */
double tsn_math_asin(double x);
/* ECMA-262 Math.acos (#sec-math.acos); NaN outside [-1, 1]. */
double tsn_math_acos(double x);
/* ECMA-262 Math.atan (#sec-math.atan). */
double tsn_math_atan(double x);
/* ECMA-262 Math.atan2 (#sec-math.atan2): angle of the point (x, y), radians. */
double tsn_math_atan2(double y, double x);

/* ECMA-262 Math.exp (#sec-math.exp) (V8: fdlibm exp, plus exp(1) == Math.E). */
double tsn_math_exp(double x);
/* ECMA-262 Math.expm1 (#sec-math.expm1): e**x - 1, accurate near 0. */
double tsn_math_expm1(double x);
/* ECMA-262 Math.log (#sec-math.log): natural log; NaN for x < 0, -Infinity at +-0. */
double tsn_math_log(double x);
/* ECMA-262 Math.log1p (#sec-math.log1p): log(1 + x), accurate near 0. */
double tsn_math_log1p(double x);
/* ECMA-262 Math.log2 (#sec-math.log2) (V8: FreeBSD e_log2.c algorithm). */
double tsn_math_log2(double x);
/* ECMA-262 Math.log10 (#sec-math.log10) (V8's own log10 built on its log). */
double tsn_math_log10(double x);

/* ECMA-262 Math.sinh (#sec-math.sinh) (V8's own expm1/exp formulation). */
double tsn_math_sinh(double x);
/* ECMA-262 Math.cosh (#sec-math.cosh) (V8's own expm1/exp formulation). */
double tsn_math_cosh(double x);
/* ECMA-262 Math.tanh (#sec-math.tanh). */
double tsn_math_tanh(double x);
/* ECMA-262 Math.asinh (#sec-math.asinh). */
double tsn_math_asinh(double x);
/* ECMA-262 Math.acosh (#sec-math.acosh); NaN for x < 1. */
double tsn_math_acosh(double x);
/* ECMA-262 Math.atanh (#sec-math.atanh); NaN outside [-1, 1], +-Infinity at +-1. */
double tsn_math_atanh(double x);

/* ECMA-262 Math.cbrt (#sec-math.cbrt) (V8: FreeBSD s_cbrt.c algorithm). */
double tsn_math_cbrt(double x);
/*
 * ECMA-262 Number::exponentiate (#sec-numeric-types-number-exponentiate), behind Math.pow and `**`.
 * Special cases as V8's math::pow: NaN exponent -> NaN, (+-1) ** +-Infinity
 * -> NaN, x ** 2 -> x * x, x ** 0.5 -> sqrt(x + 0) (+Infinity for
 * -Infinity); everything else is the C library's pow(), exactly as Node 24
 * does (V8 flag use_std_math_pow, on by default). Bit-identical with the
 * Node that runs on the same machine (same libm).
 */
double tsn_math_pow(double base, double exponent);
/*
 * ECMA-262 Math.hypot (#sec-math.hypot) over args[0..n-1] (n >= 0; args may be NULL
 * when n == 0). V8's algorithm: any +-Infinity -> +Infinity, else any NaN ->
 * NaN, else Kahan-summed squares of each |arg| / max, sqrt, times max.
 */
double tsn_math_hypot(const double *args, int n);
/* ECMA-262 Math.round (#sec-math.round): nearest integer, ties toward +Infinity;
 * -0 stays -0 and -0.5 <= x < 0 gives -0. */
double tsn_math_round(double x);
/* ECMA-262 Math.fround (#sec-math.fround): round to binary32 (nearest-even), widen. */
double tsn_math_fround(double x);
/* ECMA-262 Math.sign (#sec-math.sign): -1, +1, or x itself (+-0, NaN). */
double tsn_math_sign(double x);
/* ECMA-262 Math.trunc (#sec-math.trunc). */
double tsn_math_trunc(double x);
/* ECMA-262 Math.floor (#sec-math.floor). */
double tsn_math_floor(double x);
/* ECMA-262 Math.ceil (#sec-math.ceil). */
double tsn_math_ceil(double x);
/* ECMA-262 Math.sqrt (#sec-math.sqrt) (correctly rounded). */
double tsn_math_sqrt(double x);
/* ECMA-262 Math.abs (#sec-math.abs) (abs(-0) is +0). */
double tsn_math_abs(double x);
/* ECMA-262 Math.max (#sec-math.max) over args[0..n-1]: any NaN -> NaN,
 * +0 > -0, n == 0 -> -Infinity. */
double tsn_math_max(const double *args, int n);
/* ECMA-262 Math.min (#sec-math.min) over args[0..n-1]: any NaN -> NaN,
 * -0 < +0, n == 0 -> +Infinity. */
double tsn_math_min(const double *args, int n);
/* ECMA-262 Math.clz32 (#sec-math.clz32): leading zero bits of ToUint32(x), 0..32. */
uint32_t tsn_math_clz32(double x);
/* ECMA-262 Math.imul (#sec-math.imul): ToInt32(a) * ToInt32(b) modulo 2**32, as a
 * signed 32-bit value returned as a double. */
double tsn_math_imul(double a, double b);

#endif /* TSN_JSMATH_H */
