/*
 * jsmath.c - Math.* of the tsn runtime, bit-identical with V8 in Node 24.
 *
 * BUILD REQUIREMENT: compile this file with -ffp-contract=off (for example
 * `cc -std=c11 -O2 -ffp-contract=off`). Contracting a*b+c into a fused
 * multiply-add changes the last bit of many results. Doubles must also be
 * evaluated in binary64 (SSE2 on x86-64, i.e. FLT_EVAL_METHOD == 0; not x87).
 * Never build it with -ffast-math or -Ofast.
 *
 * Sources reproduced (behaviour, constants and evaluation order; the code is
 * written for tsn):
 *   - sin, cos, tan, asin, acos, atan, atan2, exp, expm1, log, log1p, asinh,
 *     acosh, atanh: V8's port of Sun's fdlibm 5.3 (v8/src/base/ieee754.cc),
 *     including V8's changes (exp(1) returns Math.E exactly).
 *   - log2, cbrt: V8 takes these from FreeBSD msun (e_log2.c with k_log.h,
 *     s_cbrt.c), not from fdlibm.
 *   - log10, sinh, cosh, tanh: V8's own formulations in the same file.
 *   - pow: V8's math::pow (v8/src/numbers/ieee754.cc): ECMAScript special
 *     cases, then the C library's pow() (flag use_std_math_pow defaults to
 *     true in Node 24, so Node itself calls this machine's libm).
 *   - hypot, round, fround, sign, max, min, clz32, imul: V8's builtins
 *     (src/builtins/math.tq and CodeStubAssembler::Float64Round).
 * libm is used only for operations that are exact or correctly rounded by
 * IEEE 754 (sqrt, fabs, floor, ceil, trunc, fmod, scalbn) and for pow.
 *
 * Implementation-defined behaviour relied on (true for gcc and clang):
 * converting a uint32_t above INT32_MAX to int32_t wraps, and >> on a
 * negative int32_t is an arithmetic shift.
 */
#include "jsmath.h"

#include <math.h>
#include <string.h>

/* ---- binary64 words (fdlibm's "high word" and "low word") ---- */

static inline uint64_t bits_of(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static inline double from_bits(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

/* Sign, biased exponent and top 20 fraction bits, as a signed integer. */
static inline int32_t high_word(double x) { return (int32_t)(uint32_t)(bits_of(x) >> 32); }

/* Low 32 fraction bits. */
static inline uint32_t low_word(double x) { return (uint32_t)bits_of(x); }

static inline double from_words(uint32_t high, uint32_t low) {
  return from_bits(((uint64_t)high << 32) | low);
}

static inline double with_high_word(double x, uint32_t high) { return from_words(high, low_word(x)); }

static inline double with_low_word(double x, uint32_t low) {
  return from_words((uint32_t)high_word(x), low);
}

/* Biased exponent field (0..2047). */
static inline int32_t biased_exponent(double x) { return (int32_t)((bits_of(x) >> 52) & 0x7FF); }

/* ---- shared constants ---- */

static const double PIO2_HI = 0x1.921fb54442d18p+0;  /* pi/2 rounded */
static const double PIO2_LO = 0x1.1a62633145c07p-54; /* pi/2 - PIO2_HI */
static const double PIO4_HI = 0x1.921fb54442d18p-1;  /* pi/4 rounded */
static const double PIO4_LO = 0x1.1a62633145c07p-55; /* pi/4 - PIO4_HI */
static const double PI = 0x1.921fb54442d18p+1;
static const double PI_LO = 0x1.1a62633145c07p-53;
static const double LN2 = 0x1.62e42fefa39efp-1;
static const double LN2_HI = 0x1.62e42fee00000p-1; /* k * LN2_HI exact for |k| < 2000 */
static const double LN2_LO = 0x1.a39ef35793c76p-33;
static const double INV_LN2 = 0x1.71547652b82fep+0;
static const double TWO_24 = 0x1p24;
static const double TWO_M24 = 0x1p-24;
static const double TWO_54 = 0x1p54;
static const double TWO_1023 = 0x1p1023;
static const double TWO_M1000 = 0x1p-1000;
static const double EXP_OVERFLOW = 0x1.62e42fefa39efp+9;   /* 709.78...: exp overflows above */
static const double EXP_UNDERFLOW = -0x1.74910d52d3051p+9; /* -745.13...: exp is 0 below */

/* ---- argument reduction modulo pi/2 ---- */

/* 2/pi in 24-bit chunks: chunk i holds bits 24*i+1 .. 24*i+24 after the
 * binary point (1584 bits; computed exactly from a Machin series). */
static const int32_t TWO_OVER_PI[66] = {
    0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
    0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
    0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
    0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
    0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
    0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
    0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
    0x73A8C9, 0x60E27B, 0xC08C6B,
};

/* pi/2 cut into 24-bit pieces; their sum is pi/2 to about 140 bits. */
static const double PIO2_CHUNKS[5] = {
    0x1.921fb40000000p+0, 0x1.4442d00000000p-24, 0x1.8469880000000p-48,
    0x1.8cc5160000000p-72, 0x1.01b8380000000p-96,
};

/* Number of extra 2/pi chunks used beyond those that meet x (fdlibm's jk for
 * its "extended, 64-bit" precision, the one V8 uses for doubles). */
enum { RED_EXTRA = 4 };

/*
 * Payne-Hanek reduction for |x| >= 2^19 * pi/2. x is the positive value
 * sum(x[i] * 2^(e0 - 24 i)), i < nx, each x[i] an integer below 2^24.
 * Stores x - N pi/2 as y[0] + y[1] and returns N mod 8. (fdlibm
 * __kernel_rem_pio2 with prec 2 and the double-length result.)
 */
static int32_t reduce_pio2_large(const double *x, int nx, int e0, double y[2]) {
  int32_t iq[20];
  double f[20], q[20];
  double fq[20] = {0.0}; /* zeroed only to keep -Wmaybe-uninitialized quiet */
  const int jx = nx - 1;
  int jv = (e0 - 3) / 24;
  if (jv < 0) jv = 0;
  int q0 = e0 - 24 * (jv + 1);

  /* f[0..jx+RED_EXTRA] = the 2/pi chunks jv-jx .. jv+RED_EXTRA (0 before the table) */
  for (int i = 0, j = jv - jx; i <= jx + RED_EXTRA; i++, j++) {
    f[i] = j < 0 ? 0.0 : (double)TWO_OVER_PI[j];
  }
  for (int i = 0; i <= RED_EXTRA; i++) {
    double sum = 0.0;
    for (int j = 0; j <= jx; j++) sum += x[j] * f[jx + i - j];
    q[i] = sum;
  }

  int jz = RED_EXTRA;
  int32_t n;
  int ih;
  double z;
  for (;;) {
    /* split q[] into 24-bit integers iq[], least significant first */
    z = q[jz];
    for (int i = 0, j = jz; j > 0; i++, j--) {
      double hi = (double)(int32_t)(TWO_M24 * z);
      iq[i] = (int32_t)(z - TWO_24 * hi);
      z = q[j - 1] + hi;
    }
    z = scalbn(z, q0);
    z -= 8.0 * floor(z * 0.125); /* keep the integer part mod 8 */
    n = (int32_t)z;
    z -= (double)n;
    ih = 0;
    if (q0 > 0) { /* the last chunk still holds integer bits */
      int32_t top = iq[jz - 1] >> (24 - q0);
      n += top;
      iq[jz - 1] -= top << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 == 0) {
      ih = iq[jz - 1] >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }

    if (ih > 0) { /* fraction >= 1/2: take N + 1 and the fraction 1 - q */
      n += 1;
      int carry = 0;
      for (int i = 0; i < jz; i++) {
        int32_t chunk = iq[i];
        if (carry == 0) {
          if (chunk != 0) {
            carry = 1;
            iq[i] = 0x1000000 - chunk;
          }
        } else {
          iq[i] = 0xFFFFFF - chunk;
        }
      }
      if (q0 == 1) {
        iq[jz - 1] &= 0x7FFFFF;
      } else if (q0 == 2) {
        iq[jz - 1] &= 0x3FFFFF;
      }
      if (ih == 2) {
        z = 1.0 - z;
        if (carry != 0) z -= scalbn(1.0, q0);
      }
    }

    if (z != 0.0) break;
    int32_t tail = 0;
    for (int i = jz - 1; i >= RED_EXTRA; i--) tail |= iq[i];
    if (tail != 0) break;
    /* total cancellation: bring in more chunks of 2/pi and start again */
    int more = 1;
    while (more <= RED_EXTRA && iq[RED_EXTRA - more] == 0) more++;
    for (int i = jz + 1; i <= jz + more; i++) {
      f[jx + i] = (double)TWO_OVER_PI[jv + i];
      double sum = 0.0;
      for (int j = 0; j <= jx; j++) sum += x[j] * f[jx + i - j];
      q[i] = sum;
    }
    jz += more;
  }

  /* drop zero chunks, or append the remaining fraction z as chunks */
  if (z == 0.0) {
    jz -= 1;
    q0 -= 24;
    while (iq[jz] == 0) {
      jz--;
      q0 -= 24;
    }
  } else {
    z = scalbn(z, -q0);
    if (z >= TWO_24) {
      double hi = (double)(int32_t)(TWO_M24 * z);
      iq[jz] = (int32_t)(z - TWO_24 * hi);
      jz += 1;
      q0 += 24;
      iq[jz] = (int32_t)hi;
    } else {
      iq[jz] = (int32_t)z;
    }
  }

  double scale = scalbn(1.0, q0);
  for (int i = jz; i >= 0; i--) {
    q[i] = scale * (double)iq[i];
    scale *= TWO_M24;
  }
  /* multiply the fraction by pi/2 */
  for (int i = jz; i >= 0; i--) {
    double sum = 0.0;
    for (int k = 0; k <= RED_EXTRA && k <= jz - i; k++) sum += PIO2_CHUNKS[k] * q[i + k];
    fq[jz - i] = sum;
  }
  double sum = 0.0;
  for (int i = jz; i >= 0; i--) sum += fq[i];
  y[0] = ih == 0 ? sum : -sum;
  sum = fq[0] - sum;
  for (int i = 1; i <= jz; i++) sum += fq[i];
  y[1] = ih == 0 ? sum : -sum;
  return n & 7;
}

/* High words of n * pi/2 for n = 1..32 (rounded to double). */
static const int32_t NPIO2_HIGH_WORDS[32] = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
};

/*
 * x - N pi/2 as y[0] + y[1] with |y| <= ~pi/4; returns N (its low bits pick
 * the quadrant). Precondition: pi/4 < |x| < Infinity. (fdlibm
 * __ieee754_rem_pio2.)
 */
static int32_t rem_pio2(double x, double y[2]) {
  /* pi/2 as three 33-bit pieces, each with the tail after it */
  static const double P1 = 0x1.921fb54400000p+0, P1_TAIL = 0x1.0b4611a626331p-34;
  static const double P2 = 0x1.0b4611a600000p-34, P2_TAIL = 0x1.3198a2e037073p-69;
  static const double P3 = 0x1.3198a2e000000p-69, P3_TAIL = 0x1.b839a252049c1p-104;
  static const double INV_PIO2 = 0x1.45f306dc9c883p-1;
  const int32_t hx = high_word(x);
  const int32_t ix = hx & 0x7FFFFFFF;

  if (ix < 0x4002D97C) { /* |x| < 3pi/4: N = +-1 */
    double z;
    if (hx > 0) {
      z = x - P1;
      if (ix != 0x3FF921FB) {
        y[0] = z - P1_TAIL;
        y[1] = (z - y[0]) - P1_TAIL;
      } else { /* near pi/2: one more piece */
        z -= P2;
        y[0] = z - P2_TAIL;
        y[1] = (z - y[0]) - P2_TAIL;
      }
      return 1;
    }
    z = x + P1;
    if (ix != 0x3FF921FB) {
      y[0] = z + P1_TAIL;
      y[1] = (z - y[0]) + P1_TAIL;
    } else {
      z += P2;
      y[0] = z + P2_TAIL;
      y[1] = (z - y[0]) + P2_TAIL;
    }
    return -1;
  }

  if (ix <= 0x413921FB) { /* |x| <= ~2^19 pi/2: Cody-Waite */
    double t = fabs(x);
    int32_t n = (int32_t)(t * INV_PIO2 + 0.5);
    double fn = (double)n;
    double r = t - fn * P1;
    double w = fn * P1_TAIL;
    if (n < 32 && ix != NPIO2_HIGH_WORDS[n - 1]) {
      y[0] = r - w; /* no cancellation possible */
    } else {
      int32_t e = ix >> 20;
      y[0] = r - w;
      if (e - biased_exponent(y[0]) > 16) { /* cancellation: second piece */
        t = r;
        w = fn * P2;
        r = t - w;
        w = fn * P2_TAIL - ((t - r) - w);
        y[0] = r - w;
        if (e - biased_exponent(y[0]) > 49) { /* third piece */
          t = r;
          w = fn * P3;
          r = t - w;
          w = fn * P3_TAIL - ((t - r) - w);
          y[0] = r - w;
        }
      }
    }
    y[1] = (r - y[0]) - w;
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }

  /* huge |x|: split it into three 24-bit integer chunks scaled by 2^e0 */
  int32_t e0 = (ix >> 20) - 1046;
  double z = from_words((uint32_t)(ix - e0 * 0x100000), low_word(x));
  double chunks[3];
  for (int i = 0; i < 2; i++) {
    chunks[i] = (double)(int32_t)z;
    z = (z - chunks[i]) * TWO_24;
  }
  chunks[2] = z;
  int nx = 3;
  while (chunks[nx - 1] == 0.0) nx--;
  int32_t n = reduce_pio2_large(chunks, nx, e0, y);
  if (hx < 0) {
    y[0] = -y[0];
    y[1] = -y[1];
    return -n;
  }
  return n;
}

/* ---- kernels on [-pi/4, pi/4]; x + y is the reduced argument ---- */

/* cos(x + y) (fdlibm __kernel_cos). */
static double kernel_cos(double x, double y) {
  static const double C1 = 0x1.555555555554cp-5, C2 = -0x1.6c16c16c15177p-10,
                      C3 = 0x1.a01a019cb1590p-16, C4 = -0x1.27e4f809c52adp-22,
                      C5 = 0x1.1ee9ebdb4b1c4p-29, C6 = -0x1.8fae9be8838d4p-37;
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000) return 1.0; /* |x| < 2^-27 */
  double z = x * x;
  double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y)); /* |x| < 0.3 */
  /* subtract qx ~ |x|/4 from both sides so that the big subtraction is exact */
  double qx = ix > 0x3FE90000 ? 0.28125 : from_words((uint32_t)(ix - 0x00200000), 0);
  double hz = 0.5 * z - qx;
  double a = 1.0 - qx;
  return a - (hz - (z * r - x * y));
}

/* sin(x + y); y_is_zero says y is known to be 0 (fdlibm __kernel_sin). */
static double kernel_sin(double x, double y, int y_is_zero) {
  static const double S1 = -0x1.5555555555549p-3, S2 = 0x1.111111110f8a6p-7,
                      S3 = -0x1.a01a019c161d5p-13, S4 = 0x1.71de357b1fe7dp-19,
                      S5 = -0x1.ae5e68a2b9cebp-26, S6 = 0x1.5d93a5acfd57cp-33;
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix < 0x3E400000) return x; /* |x| < 2^-27 */
  double z = x * x;
  double v = z * x;
  double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  if (y_is_zero) return x + v * (S1 + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S1);
}

/* tan(x + y) when sign == 1, -1/tan(x + y) when sign == -1 (fdlibm
 * __kernel_tan). */
static double kernel_tan(double x, double y, int sign) {
  static const double T[13] = {
      0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
      0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9, 0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
      0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
      0x1.b2a7074bf7ad4p-16,
  };
  const int32_t hx = high_word(x);
  const int32_t ix = hx & 0x7FFFFFFF;
  if (ix < 0x3E300000) { /* |x| < 2^-28 */
    if (((uint32_t)ix | low_word(x)) == 0 && sign == -1) return 1.0 / fabs(x);
    if (sign == 1) return x;
    /* -1 / (x + y), with the division's error compensated */
    double w = x + y;
    double z = with_low_word(w, 0);
    double v = y - (z - x);
    double a = -1.0 / w;
    double t = with_low_word(a, 0);
    double s = 1.0 + t * z;
    return t + a * (s + t * v);
  }
  const int near_pio4 = ix >= 0x3FE59428; /* |x| >= 0.6744 */
  if (near_pio4) { /* tan(x) = tan(pi/4 - (pi/4 - |x|)) */
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    double z = PIO4_HI - x;
    double w = PIO4_LO - y;
    x = z + w;
    y = 0.0;
  }
  double z = x * x;
  double w = z * z;
  /* odd and even halves of the degree-27 odd polynomial */
  double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  double s = z * x;
  r = y + z * (s * (r + v) + y);
  r += T[0] * s;
  w = x + r;
  if (near_pio4) {
    v = (double)sign;
    return (hx < 0 ? -1.0 : 1.0) * (v - 2.0 * (x - (w * w / (w + v) - r)));
  }
  if (sign == 1) return w;
  /* -1 / (x + r), with the division's error compensated */
  z = with_low_word(w, 0);
  v = r - (z - x);
  double a = -1.0 / w;
  double t = with_low_word(a, 0);
  s = 1.0 + t * z;
  return t + a * (s + t * v);
}

/* ---- trigonometric ---- */

double tsn_math_sin(double x) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_sin(x, 0.0, 1);
  if (ix >= 0x7FF00000) return x - x; /* NaN for NaN and +-Infinity */
  double y[2];
  switch (rem_pio2(x, y) & 3) {
    case 0: return kernel_sin(y[0], y[1], 0);
    case 1: return kernel_cos(y[0], y[1]);
    case 2: return -kernel_sin(y[0], y[1], 0);
    default: return -kernel_cos(y[0], y[1]);
  }
}

double tsn_math_cos(double x) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_cos(x, 0.0);
  if (ix >= 0x7FF00000) return x - x;
  double y[2];
  switch (rem_pio2(x, y) & 3) {
    case 0: return kernel_cos(y[0], y[1]);
    case 1: return -kernel_sin(y[0], y[1], 0);
    case 2: return -kernel_cos(y[0], y[1]);
    default: return kernel_sin(y[0], y[1], 0);
  }
}

double tsn_math_tan(double x) {
  int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix <= 0x3FE921FB) return kernel_tan(x, 0.0, 1);
  if (ix >= 0x7FF00000) return x - x;
  double y[2];
  int32_t n = rem_pio2(x, y);
  return kernel_tan(y[0], y[1], (n & 1) ? -1 : 1);
}

/* ---- inverse trigonometric ---- */

/* Rational approximation R(z) = P(z) / Q(z) of (asin(s) - s) / s^3, z = s^2,
 * shared by asin and acos (returns P and Q separately: callers divide at
 * different points). */
static const double AS_P0 = 0x1.5555555555555p-3, AS_P1 = -0x1.4d61203eb6f7dp-2,
                    AS_P2 = 0x1.9c1550e884455p-3, AS_P3 = -0x1.48228b5688f3bp-5,
                    AS_P4 = 0x1.9efe07501b288p-11, AS_P5 = 0x1.23de10dfdf709p-15,
                    AS_Q1 = -0x1.33a271c8a2d4bp+1, AS_Q2 = 0x1.02ae59c598ac8p+1,
                    AS_Q3 = -0x1.6066c1b8d0159p-1, AS_Q4 = 0x1.3b8c5b12e9282p-4;

static inline double asin_p(double z) {
  return z * (AS_P0 + z * (AS_P1 + z * (AS_P2 + z * (AS_P3 + z * (AS_P4 + z * AS_P5)))));
}

static inline double asin_q(double z) {
  return 1.0 + z * (AS_Q1 + z * (AS_Q2 + z * (AS_Q3 + z * AS_Q4)));
}

double tsn_math_asin(double x) {
  const int32_t hx = high_word(x);
  const int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x3FF00000) { /* |x| >= 1 or NaN */
    if (((uint32_t)(ix - 0x3FF00000) | low_word(x)) == 0) return x * PIO2_HI + x * PIO2_LO;
    return NAN;
  }
  if (ix < 0x3FE00000) { /* |x| < 0.5 */
    if (ix < 0x3E400000) return x;
    double t = x * x;
    double w = asin_p(t) / asin_q(t);
    return x + x * w;
  }
  /* 0.5 <= |x| < 1: asin(x) = pi/2 - 2 asin(sqrt((1 - |x|) / 2)) */
  double t = (1.0 - fabs(x)) * 0.5;
  double p = asin_p(t);
  double q = asin_q(t);
  double s = sqrt(t);
  if (ix >= 0x3FEF3333) { /* |x| > 0.975 */
    double w = p / q;
    t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
  } else {
    double f = with_low_word(s, 0);   /* s with its low half cleared */
    double c = (t - f * f) / (s + f); /* f + c ~ sqrt(t) */
    double r = p / q;
    p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
    q = PIO4_HI - 2.0 * f;
    t = PIO4_HI - (p - q);
  }
  return hx > 0 ? t : -t;
}

double tsn_math_acos(double x) {
  const int32_t hx = high_word(x);
  const int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x3FF00000) { /* |x| >= 1 or NaN */
    if (((uint32_t)(ix - 0x3FF00000) | low_word(x)) == 0) return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO;
    return NAN;
  }
  if (ix < 0x3FE00000) { /* |x| < 0.5 */
    if (ix <= 0x3C600000) return PIO2_HI + PIO2_LO;
    double z = x * x;
    double r = asin_p(z) / asin_q(z);
    return PIO2_HI - (x - (PIO2_LO - x * r));
  }
  if (hx < 0) { /* x < -0.5: pi - 2 asin(sqrt((1 + x) / 2)) */
    double z = (1.0 + x) * 0.5;
    double p = asin_p(z);
    double q = asin_q(z);
    double s = sqrt(z);
    double r = p / q;
    double w = r * s - PIO2_LO;
    return PI - 2.0 * (s + w);
  }
  /* x > 0.5: 2 asin(sqrt((1 - x) / 2)) */
  double z = (1.0 - x) * 0.5;
  double s = sqrt(z);
  double f = with_low_word(s, 0);
  double c = (z - f * f) / (s + f);
  double r = asin_p(z) / asin_q(z);
  double w = r * s + c;
  return 2.0 * (f + w);
}

double tsn_math_atan(double x) {
  static const double HI[4] = {0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1,
                               0x1.921fb54442d18p+0}; /* atan(0.5), atan(1), atan(1.5), pi/2 */
  static const double LO[4] = {0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56,
                               0x1.1a62633145c07p-54};
  static const double A[11] = {
      0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3, -0x1.c71c6fe231671p-4,
      0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4, 0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5,
      0x1.97b4b24760debp-5, -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
  };
  const int32_t hx = high_word(x);
  const int32_t ix = hx & 0x7FFFFFFF;
  int id;
  if (ix >= 0x44100000) { /* |x| >= 2^66 or NaN */
    if (isnan(x)) return x + x;
    return hx > 0 ? HI[3] + LO[3] : -HI[3] - LO[3];
  }
  if (ix < 0x3FDC0000) { /* |x| < 7/16 */
    if (ix < 0x3E400000) return x;
    id = -1;
  } else {
    x = fabs(x);
    if (ix < 0x3FF30000) {   /* |x| < 19/16 */
      if (ix < 0x3FE60000) { /* 7/16 <= |x| < 11/16 */
        id = 0;
        x = (2.0 * x - 1.0) / (2.0 + x);
      } else { /* 11/16 <= |x| < 19/16 */
        id = 1;
        x = (x - 1.0) / (x + 1.0);
      }
    } else if (ix < 0x40038000) { /* 19/16 <= |x| < 39/16 */
      id = 2;
      x = (x - 1.5) / (1.0 + 1.5 * x);
    } else { /* 39/16 <= |x| < 2^66 */
      id = 3;
      x = -1.0 / x;
    }
  }
  double z = x * x;
  double w = z * z;
  double s1 = z * (A[0] + w * (A[2] + w * (A[4] + w * (A[6] + w * (A[8] + w * A[10])))));
  double s2 = w * (A[1] + w * (A[3] + w * (A[5] + w * (A[7] + w * A[9]))));
  if (id < 0) return x - x * (s1 + s2);
  z = HI[id] - ((x * (s1 + s2) - LO[id]) - x);
  return hx < 0 ? -z : z;
}

double tsn_math_atan2(double y, double x) {
  static const double TINY = 0x1.56e1fc2f8f359p-997; /* 1e-300 */
  if (isnan(x) || isnan(y)) return x + y;
  const int32_t hx = high_word(x), hy = high_word(y);
  const int32_t ix = hx & 0x7FFFFFFF, iy = hy & 0x7FFFFFFF;
  const uint32_t lx = low_word(x), ly = low_word(y);
  if (x == 1.0) return tsn_math_atan(y);
  /* quadrant: bit 0 = sign of y, bit 1 = sign of x */
  int m = (hy < 0 ? 1 : 0) | (hx < 0 ? 2 : 0);

  if (((uint32_t)iy | ly) == 0) { /* y = +-0 */
    switch (m) {
      case 0:
      case 1: return y;
      case 2: return PI + TINY;
      default: return -PI - TINY;
    }
  }
  if (((uint32_t)ix | lx) == 0) return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
  if (ix == 0x7FF00000) { /* x = +-Infinity */
    if (iy == 0x7FF00000) {
      switch (m) {
        case 0: return PIO4_HI + TINY;
        case 1: return -PIO4_HI - TINY;
        case 2: return 3.0 * PIO4_HI + TINY;
        default: return -3.0 * PIO4_HI - TINY;
      }
    }
    switch (m) {
      case 0: return 0.0;
      case 1: return -0.0;
      case 2: return PI + TINY;
      default: return -PI - TINY;
    }
  }
  if (iy == 0x7FF00000) return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;

  /* exponent difference, in units of 2^20 (floor((iy - ix) / 2^20)) */
  const int32_t d = iy - ix;
  double z;
  if (d >= 61 * 0x100000) { /* |y/x| > 2^60 */
    z = PIO2_HI + 0.5 * PI_LO;
    m &= 1;
  } else if (hx < 0 && d < -60 * 0x100000) { /* |y/x| < 2^-60, x < 0 */
    z = 0.0;
  } else {
    z = tsn_math_atan(fabs(y / x));
  }
  switch (m) {
    case 0: return z;
    case 1: return -z;
    case 2: return PI - (z - PI_LO);
    default: return (z - PI_LO) - PI;
  }
}

/* ---- exponential and logarithm ---- */

double tsn_math_exp(double x) {
  static const double P1 = 0x1.555555555553ep-3, P2 = -0x1.6c16c16bebd93p-9,
                      P3 = 0x1.1566aaf25de2cp-14, P4 = -0x1.bbd41c5d26bf1p-20,
                      P5 = 0x1.6376972bea4d0p-25;
  static const double E = 0x1.5bf0a8b145769p+1;
  const uint32_t word = (uint32_t)high_word(x);
  const int negative = (int)(word >> 31);
  const uint32_t hx = word & 0x7FFFFFFF;
  double hi = 0.0, lo = 0.0;
  int32_t k = 0;

  if (hx >= 0x40862E42) { /* |x| >= 709.78 or non-finite */
    if (hx >= 0x7FF00000) {
      if (((hx & 0xFFFFF) | low_word(x)) != 0) return x + x; /* NaN */
      return negative ? 0.0 : x;
    }
    if (x > EXP_OVERFLOW) return INFINITY;
    if (x < EXP_UNDERFLOW) return 0.0;
  }

  /* x = k ln2 + (hi - lo) with |hi - lo| <= ln2 / 2 */
  if (hx > 0x3FD62E42) {   /* |x| > ln2 / 2 */
    if (hx < 0x3FF0A2B2) { /* |x| < 3 ln2 / 2 */
      if (x == 1.0) return E; /* V8: the formula would miss e by an ulp */
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (int32_t)(INV_LN2 * x + (negative ? -0.5 : 0.5));
      double t = (double)k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3E300000) { /* |x| < 2^-28 */
    return 1.0 + x;
  }

  double t = x * x;
  double twopk = from_words(0x3FF00000u + ((uint32_t)(k >= -1021 ? k : k + 1000) << 20), 0);
  double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  if (k >= -1021) {
    if (k == 1024) return y * 2.0 * TWO_1023;
    return y * twopk;
  }
  return y * twopk * TWO_M1000;
}

double tsn_math_expm1(double x) {
  static const double Q1 = -0x1.11111111110f4p-5, Q2 = 0x1.a01a019fe5585p-10,
                      Q3 = -0x1.4ce199eaadbb7p-14, Q4 = 0x1.0cfca86e65239p-18,
                      Q5 = -0x1.afdb76e09c32dp-23;
  const uint32_t word = (uint32_t)high_word(x);
  const int negative = (int)(word >> 31);
  const uint32_t hx = word & 0x7FFFFFFF;
  int32_t k;
  double c = 0.0;

  if (hx >= 0x4043687A) {   /* |x| >= 56 ln2 */
    if (hx >= 0x40862E42) { /* |x| >= 709.78 */
      if (hx >= 0x7FF00000) {
        if (((hx & 0xFFFFF) | low_word(x)) != 0) return x + x; /* NaN */
        return negative ? -1.0 : x;
      }
      if (x > EXP_OVERFLOW) return INFINITY;
    }
    if (negative) return -1.0; /* x < -56 ln2 */
  }

  if (hx > 0x3FD62E42) {   /* |x| > ln2 / 2 */
    double hi, lo;
    if (hx < 0x3FF0A2B2) { /* |x| < 3 ln2 / 2 */
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = (int32_t)(INV_LN2 * x + (negative ? -0.5 : 0.5));
      double t = (double)k;
      hi = x - t * LN2_HI;
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo; /* the rounding error of x */
  } else if (hx < 0x3C900000) { /* |x| < 2^-54 */
    return x;
  } else {
    k = 0;
  }

  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3.0 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);

  double twopk = from_words(0x3FF00000u + ((uint32_t)k << 20), 0);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  double y;
  if (k <= -2 || k > 56) { /* exp(x) - 1 is exact enough */
    y = 1.0 - (e - x);
    y = k == 1024 ? y * 2.0 * TWO_1023 : y * twopk;
    return y - 1.0;
  }
  if (k < 20) {
    double one_minus = from_words(0x3FF00000u - (0x200000u >> k), 0); /* 1 - 2^-k */
    y = one_minus - (e - x);
  } else {
    double two_mk = from_words((uint32_t)(0x3FF - k) << 20, 0); /* 2^-k */
    y = x - (e + two_mk);
    y += 1.0;
  }
  return y * twopk;
}

/* Coefficients of log(1+f) = 2s + s * R(s^2), s = f / (2 + f). */
static const double LG1 = 0x1.5555555555593p-1, LG2 = 0x1.999999997fa04p-2,
                    LG3 = 0x1.2492494229359p-2, LG4 = 0x1.c71c51d8e78afp-3,
                    LG5 = 0x1.7466496cb03dep-3, LG6 = 0x1.39a09d078c69fp-3,
                    LG7 = 0x1.2f112df3e5244p-3;

double tsn_math_log(double x) {
  int32_t hx = high_word(x);
  const uint32_t lx = low_word(x);
  int32_t k = 0;
  if (hx < 0x00100000) { /* x < 2^-1022: zero, subnormal or negative */
    if (((uint32_t)(hx & 0x7FFFFFFF) | lx) == 0) return -INFINITY;
    if (hx < 0) return NAN;
    k -= 54;
    x *= TWO_54;
    hx = high_word(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  /* normalize the significand into [sqrt(2)/2, sqrt(2)) */
  int32_t i = (hx + 0x95F64) & 0x100000;
  x = with_high_word(x, (uint32_t)(hx | (i ^ 0x3FF00000)));
  k += i >> 20;
  double f = x - 1.0;
  double dk;
  if ((0x000FFFFF & (2 + hx)) < 3) { /* -2^-20 <= f < 2^-20 */
    if (f == 0.0) {
      if (k == 0) return 0.0;
      dk = (double)k;
      return dk * LN2_HI + dk * LN2_LO;
    }
    double r = f * f * (0.5 - 0x1.5555555555555p-2 * f);
    if (k == 0) return f - r;
    dk = (double)k;
    return dk * LN2_HI - ((r - dk * LN2_LO) - f);
  }
  double s = f / (2.0 + f);
  dk = (double)k;
  double z = s * s;
  double w = z * z;
  double t1 = w * (LG2 + w * (LG4 + w * LG6));
  double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  double r = t2 + t1;
  if (((hx - 0x6147A) | (0x6B851 - hx)) > 0) { /* significand far from 1 */
    double hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + r));
    return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
  }
  if (k == 0) return f - s * (f - r);
  return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
}

double tsn_math_log1p(double x) {
  const int32_t hx = high_word(x);
  const int32_t ax = hx & 0x7FFFFFFF;
  int32_t k = 1, hu = 0;
  double f = 0.0, c = 0.0;

  if (hx < 0x3FDA827A) {    /* 1 + x < sqrt(2)+ */
    if (ax >= 0x3FF00000) { /* x <= -1 */
      return x == -1.0 ? -INFINITY : NAN;
    }
    if (ax < 0x3E200000) { /* |x| < 2^-29 */
      if (ax < 0x3C900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (int32_t)0xBFD2BEC4u) { /* sqrt(2)/2- <= 1 + x < sqrt(2)+ */
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7FF00000) return x + x;
  if (k != 0) {
    double u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = high_word(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); /* rounding error of 1 + x */
      c /= u;
    } else {
      u = x;
      hu = high_word(u);
      k = (hu >> 20) - 1023;
      c = 0.0;
    }
    hu &= 0x000FFFFF;
    if (hu < 0x6A09E) { /* significand ~< sqrt(2) */
      u = with_high_word(u, (uint32_t)(hu | 0x3FF00000));
    } else {
      k += 1;
      u = with_high_word(u, (uint32_t)(hu | 0x3FE00000));
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  if (hu == 0) { /* |f| < 2^-20 */
    if (f == 0.0) {
      if (k == 0) return 0.0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    double r = hfsq * (1.0 - 0x1.5555555555555p-1 * f);
    if (k == 0) return f - r;
    return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
}

double tsn_math_log2(double x) {
  static const double INV_LN2_HI = 0x1.7154765200000p+0, INV_LN2_LO = 0x1.705fc2eefa200p-33;
  int32_t hx = high_word(x);
  const uint32_t lx = low_word(x);
  int32_t k = 0;
  if (hx < 0x00100000) { /* x < 2^-1022: zero, subnormal or negative */
    if (((uint32_t)(hx & 0x7FFFFFFF) | lx) == 0) return -INFINITY;
    if (hx < 0) return NAN;
    k -= 54;
    x *= TWO_54;
    hx = high_word(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0.0;
  k += (hx >> 20) - 1023;
  hx &= 0x000FFFFF;
  int32_t i = (hx + 0x95F64) & 0x100000;
  x = with_high_word(x, (uint32_t)(hx | (i ^ 0x3FF00000)));
  k += i >> 20;
  double y = (double)k;
  double f = x - 1.0;
  double hfsq = 0.5 * f * f;
  /* log(1+f) - f + f*f/2 (FreeBSD k_log1p) */
  double s = f / (2.0 + f);
  double z = s * s;
  double w = z * z;
  double t1 = w * (LG2 + w * (LG4 + w * LG6));
  double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  double r = s * (hfsq + (t2 + t1));
  /* (f - hfsq) split as hi + lo, hi with its low word cleared */
  double hi = with_low_word(f - hfsq, 0);
  double lo = (f - hi) - hfsq + r;
  double val_hi = hi * INV_LN2_HI;
  double val_lo = (lo + hi) * INV_LN2_LO + lo * INV_LN2_HI;
  /* add k in extra precision */
  w = y + val_hi;
  val_lo += (y - w) + val_hi;
  val_hi = w;
  return val_lo + val_hi;
}

double tsn_math_log10(double x) {
  static const double INV_LN10 = 0x1.bcb7b1526e50ep-2, LOG10_2_HI = 0x1.34413509f6000p-2,
                      LOG10_2_LO = 0x1.9fef311f12b36p-42;
  int32_t hx = high_word(x);
  uint32_t lx = low_word(x);
  int32_t k = 0;
  if (hx < 0x00100000) { /* x < 2^-1022: zero, subnormal or negative */
    if (((uint32_t)(hx & 0x7FFFFFFF) | lx) == 0) return -INFINITY;
    if (hx < 0) return NAN;
    k -= 54;
    x *= TWO_54;
    hx = high_word(x);
    lx = low_word(x);
  }
  if (hx >= 0x7FF00000) return x + x;
  if (hx == 0x3FF00000 && lx == 0) return 0.0;
  k += (hx >> 20) - 1023;
  /* x = 2^n * m with m in [1, 2) for n >= 0 and in [0.5, 1) for n < 0 */
  int32_t below_one = k < 0 ? 1 : 0;
  hx = (hx & 0x000FFFFF) | ((0x3FF - below_one) << 20);
  double n = (double)(k + below_one);
  x = from_words((uint32_t)hx, lx);
  double z = n * LOG10_2_LO + INV_LN10 * tsn_math_log(x);
  return z + n * LOG10_2_HI;
}

/* ---- hyperbolic ---- */

double tsn_math_sinh(double x) {
  static const double OVERFLOW_AT = 0x1.633ce8fb9f87dp+9; /* 710.4758600739439 */
  static const double LOG_MAX = 0x1.62e42p+9;             /* 709.7822265625 */
  double h = x < 0 ? -0.5 : 0.5;
  double ax = fabs(x);
  if (ax < 22) {
    if (ax < 0x1p-28) return x;
    double t = tsn_math_expm1(ax);
    if (ax < 1) return h * (2 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < LOG_MAX) return h * tsn_math_exp(ax);
  if (ax <= OVERFLOW_AT) {
    double w = tsn_math_exp(0.5 * ax);
    double t = h * w;
    return t * w;
  }
  return x * 1e307; /* +-Infinity, or NaN */
}

double tsn_math_cosh(double x) {
  static const double OVERFLOW_AT = 0x1.633ce8fb9f87dp+9; /* 710.4758600739439 */
  const int32_t ix = high_word(x) & 0x7FFFFFFF;
  if (ix < 0x3FD62E43) { /* |x| < ln2 / 2: 1 + expm1(|x|)^2 / (2 exp(|x|)) */
    double t = tsn_math_expm1(fabs(x));
    double w = 1.0 + t;
    if (ix < 0x3C800000) return w;
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { /* |x| < 22 */
    double t = tsn_math_exp(fabs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862E42) return 0.5 * tsn_math_exp(fabs(x));
  if (fabs(x) <= OVERFLOW_AT) {
    double w = tsn_math_exp(0.5 * fabs(x));
    double t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7FF00000) return x * x; /* Infinity or NaN */
  return INFINITY;
}

double tsn_math_tanh(double x) {
  const int32_t jx = high_word(x);
  const int32_t ix = jx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; /* +-1, or NaN */
  double z;
  if (ix < 0x40360000) {                 /* |x| < 22 */
    if (ix < 0x3E300000) return x;       /* |x| < 2^-28 */
    if (ix >= 0x3FF00000) {              /* |x| >= 1 */
      double t = tsn_math_expm1(2.0 * fabs(x));
      z = 1.0 - 2.0 / (t + 2.0);
    } else {
      double t = tsn_math_expm1(-2.0 * fabs(x));
      z = -t / (t + 2.0);
    }
  } else {
    z = 1.0;
  }
  return jx >= 0 ? z : -z;
}

double tsn_math_asinh(double x) {
  const int32_t hx = high_word(x);
  const int32_t ix = hx & 0x7FFFFFFF;
  if (ix >= 0x7FF00000) return x + x;
  if (ix < 0x3E300000) return x; /* |x| < 2^-28 */
  double w;
  if (ix > 0x41B00000) { /* |x| > 2^28 */
    w = tsn_math_log(fabs(x)) + LN2;
  } else if (ix > 0x40000000) { /* 2 < |x| <= 2^28 */
    double t = fabs(x);
    w = tsn_math_log(2.0 * t + 1.0 / (sqrt(x * x + 1.0) + t));
  } else {
    double t = x * x;
    w = tsn_math_log1p(fabs(x) + t / (1.0 + sqrt(1.0 + t)));
  }
  return hx > 0 ? w : -w;
}

double tsn_math_acosh(double x) {
  const int32_t hx = high_word(x);
  if (hx < 0x3FF00000) return NAN; /* x < 1 (or a NaN with the sign bit) */
  if (hx >= 0x41B00000) {          /* x >= 2^28 */
    if (hx >= 0x7FF00000) return x + x;
    return tsn_math_log(x) + LN2;
  }
  if (((uint32_t)(hx - 0x3FF00000) | low_word(x)) == 0) return 0.0;
  if (hx > 0x40000000) { /* 2 < x < 2^28 */
    double t = x * x;
    return tsn_math_log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
  }
  double t = x - 1.0; /* 1 < x <= 2 */
  return tsn_math_log1p(t + sqrt(2.0 * t + t * t));
}

double tsn_math_atanh(double x) {
  const int32_t hx = high_word(x);
  const int32_t ix = hx & 0x7FFFFFFF;
  if (ix > 0x3FF00000 || (ix == 0x3FF00000 && low_word(x) != 0)) return NAN; /* |x| > 1, NaN */
  if (ix == 0x3FF00000) return x > 0 ? INFINITY : -INFINITY;
  if (ix < 0x3E300000) return x; /* |x| < 2^-28 */
  x = with_high_word(x, (uint32_t)ix); /* |x| */
  double t;
  if (ix < 0x3FE00000) { /* |x| < 0.5 */
    t = x + x;
    t = 0.5 * tsn_math_log1p(t + t * x / (1.0 - x));
  } else {
    t = 0.5 * tsn_math_log1p((x + x) / (1.0 - x));
  }
  return hx >= 0 ? t : -t;
}

/* ---- roots and powers ---- */

double tsn_math_cbrt(double x) {
  /* exponent-field biases for the first guess: (1023 - 1023/3 - 0.03306235651) * 2^20,
   * and the same less 54/3 for subnormals scaled by 2^54 */
  static const uint32_t B1 = 715094163, B2 = 696219795;
  /* |1/cbrt(r) - P(r)| < 2^-23.5 for |r - 1| < 1/10 */
  static const double P0 = 0x1.e03e60f61e692p+0, P1 = -0x1.e28e092f02420p+0,
                      P2 = 0x1.9f1604a49d6c2p+0, P3 = -0x1.844cbbee751d9p-1,
                      P4 = 0x1.2b000d4e4edd7p-3;
  const uint32_t word = (uint32_t)high_word(x);
  const uint32_t sign = word & 0x80000000u;
  const uint32_t hx = word ^ sign;
  if (hx >= 0x7FF00000) return x + x;
  double t;
  if (hx < 0x00100000) { /* zero or subnormal */
    if ((hx | low_word(x)) == 0) return x;
    t = 0x1p54 * x;
    t = from_words(sign | (((uint32_t)high_word(t) & 0x7FFFFFFF) / 3 + B2), 0);
  } else {
    t = from_words(sign | (hx / 3 + B1), 0);
  }
  /* refine to ~23 bits: t * P(t^3 / x) */
  double r = (t * t) * (t / x);
  t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
  /* round t away from zero to 23 bits so that t*t below is exact */
  t = from_bits((bits_of(t) + 0x80000000u) & 0xFFFFFFFFC0000000ull);
  /* one Newton step to 53 bits */
  double s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}

double tsn_math_pow(double base, double exponent) {
  if (isnan(exponent)) return NAN;
  if (isinf(exponent) && (base == 1.0 || base == -1.0)) return NAN;
  if (isnan(base)) base = NAN; /* libm's pow(sNaN, 0) is NaN; JS has one NaN */
  if (exponent == 2.0) return base * base;
  if (exponent == 0.5) return isinf(base) ? INFINITY : sqrt(base + 0.0); /* (-0) ** 0.5 is +0 */
  return pow(base, exponent);
}

double tsn_math_hypot(const double *args, int n) {
  double max = 0.0;
  int saw_nan = 0;
  for (int i = 0; i < n; i++) {
    if (isnan(args[i])) {
      saw_nan = 1;
    } else if (fabs(args[i]) > max) {
      max = fabs(args[i]);
    }
  }
  if (max == INFINITY) return INFINITY;
  if (saw_nan) return NAN;
  if (max == 0.0) return 0.0;
  /* Kahan-compensated sum of (|arg| / max)^2 */
  double sum = 0.0, compensation = 0.0;
  for (int i = 0; i < n; i++) {
    double r = fabs(args[i]) / max;
    double summand = r * r - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return sqrt(sum) * max;
}

/* ---- rounding and sign ---- */

double tsn_math_round(double x) {
  double r = ceil(x);
  if (!(r - 0.5 <= x)) r -= 1.0;
  return r;
}

double tsn_math_fround(double x) { return (double)(float)x; }

double tsn_math_sign(double x) {
  if (x < 0) return -1.0;
  if (x > 0) return 1.0;
  return x;
}

double tsn_math_trunc(double x) { return trunc(x); }

double tsn_math_floor(double x) { return floor(x); }

double tsn_math_ceil(double x) { return ceil(x); }

double tsn_math_sqrt(double x) { return sqrt(x); }

double tsn_math_abs(double x) { return fabs(x); }

double tsn_math_max(const double *args, int n) {
  double result = -INFINITY;
  for (int i = 0; i < n; i++) {
    double v = args[i];
    if (isnan(v)) return NAN;
    if (v > result || (v == 0.0 && result == 0.0 && !signbit(v))) result = v;
  }
  return result;
}

double tsn_math_min(const double *args, int n) {
  double result = INFINITY;
  for (int i = 0; i < n; i++) {
    double v = args[i];
    if (isnan(v)) return NAN;
    if (v < result || (v == 0.0 && result == 0.0 && signbit(v))) result = v;
  }
  return result;
}

/* ---- 32-bit integer operations ---- */

/* ECMA-262 ToUint32 (#sec-touint32): NaN and +-Infinity -> 0, else the
 * truncated value modulo 2^32 (exact: fmod never rounds). */
static uint32_t to_uint32(double x) {
  if (!isfinite(x)) return 0;
  double m = fmod(trunc(x), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return (uint32_t)m;
}

uint32_t tsn_math_clz32(double x) {
  uint32_t v = to_uint32(x);
  uint32_t zeros = 32;
  while (v != 0) {
    v >>= 1;
    zeros--;
  }
  return zeros;
}

double tsn_math_imul(double a, double b) {
  /* ToInt32 and ToUint32 agree modulo 2^32 */
  uint32_t product = to_uint32(a) * to_uint32(b);
  return product >= 0x80000000u ? (double)product - 4294967296.0 : (double)product;
}
