/*
 * numconv.c - Number <-> string conversions (see numconv.h for the contract).
 *
 * Number -> decimal string works on exact big-integer arithmetic (Steele & White /
 * Burger & Dybvig digit generation): a positive finite double v = f * 2^e is held as a
 * ratio r / s of big integers scaled by a power of ten so that 0.1 <= r / s < 1, and
 * digits are pulled out one at a time. Shortest mode additionally tracks the half-gaps
 * to the neighbouring doubles (m+ and m-); counted modes round the exact remainder.
 *
 * String -> number collects at most DEC_MAX_DIGITS significant decimal digits (plus a
 * sticky nonzero digit, which keeps the rounding exact) and hands "DIGITSeEXP" to
 * strtod, which is correctly rounded in glibc.
 *
 * Build requirement: no floating-point contraction (-ffp-contract=off, the default under
 * -std=c11). The radix formatter and parseInt's generic radix path replay V8's double
 * arithmetic step by step, and a fused multiply-add would round differently.
 */
#include "numconv.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------------------ */
/* IEEE-754 binary64 helpers                                                            */

static uint64_t bits_of(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b;
}

static double double_of(uint64_t b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

/* Splits a positive finite double into v = f * 2^e with f < 2^53 (denormals: e = -1074). */
static void decompose(double v, uint64_t *f, int *e) {
  uint64_t b = bits_of(v);
  int biased = (int)((b >> 52) & 0x7ff);
  uint64_t frac = b & ((UINT64_C(1) << 52) - 1);
  if (biased == 0) {
    *f = frac;
    *e = -1074;
  } else {
    *f = frac | (UINT64_C(1) << 52);
    *e = biased - 1075;
  }
}

/* V8's Double::Exponent(): the e of decompose(), also for zero (-1074). */
static int binary_exponent(double v) {
  int biased = (int)((bits_of(v) >> 52) & 0x7ff);
  return biased == 0 ? -1074 : biased - 1075;
}

/* ------------------------------------------------------------------------------------ */
/* Unsigned big integers, little-endian 32-bit limbs. The largest value ever held is     */
/* below 2^1140 (4 * 2^53 * 10^324 * 10), so 40 limbs (1280 bits) always suffice.        */

#define BIG_LIMBS 40

typedef struct {
  uint32_t w[BIG_LIMBS];
  int n; /* limbs in use; w[n-1] != 0 unless n == 0 */
} big;

static void big_set_u64(big *a, uint64_t v) {
  a->n = 0;
  while (v != 0) {
    a->w[a->n++] = (uint32_t)v;
    v >>= 32;
  }
}

static void big_mul_u32(big *a, uint32_t m) {
  uint64_t carry = 0;
  for (int i = 0; i < a->n; i++) {
    uint64_t t = (uint64_t)a->w[i] * m + carry;
    a->w[i] = (uint32_t)t;
    carry = t >> 32;
  }
  if (carry != 0) a->w[a->n++] = (uint32_t)carry;
}

static void big_shl(big *a, int bits) {
  if (a->n == 0) return;
  int limbs = bits / 32;
  int rest = bits % 32;
  if (rest != 0) {
    uint32_t carry = 0;
    for (int i = 0; i < a->n; i++) {
      uint32_t word = a->w[i];
      a->w[i] = (word << rest) | carry;
      carry = word >> (32 - rest);
    }
    if (carry != 0) a->w[a->n++] = carry;
  }
  if (limbs != 0) {
    memmove(a->w + limbs, a->w, (size_t)a->n * sizeof a->w[0]);
    memset(a->w, 0, (size_t)limbs * sizeof a->w[0]);
    a->n += limbs;
  }
}

static void big_mul_pow10(big *a, int k) {
  static const uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
  for (; k >= 9; k -= 9) big_mul_u32(a, 1000000000u);
  if (k > 0) big_mul_u32(a, small[k]);
}

static int big_cmp(const big *a, const big *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int i = a->n - 1; i >= 0; i--) {
    if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
  }
  return 0;
}

static void big_add(big *a, const big *b) {
  int n = a->n > b->n ? a->n : b->n;
  uint64_t carry = 0;
  for (int i = 0; i < n; i++) {
    uint64_t t = carry + (i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0);
    a->w[i] = (uint32_t)t;
    carry = t >> 32;
  }
  a->n = n;
  if (carry != 0) a->w[a->n++] = (uint32_t)carry;
}

/* a -= b, requires a >= b. */
static void big_sub(big *a, const big *b) {
  int64_t borrow = 0;
  for (int i = 0; i < a->n; i++) {
    int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
    borrow = t < 0;
    a->w[i] = (uint32_t)(t + (borrow << 32));
  }
  while (a->n > 0 && a->w[a->n - 1] == 0) a->n--;
}

/* Sign of (a + b) - c. */
static int big_cmp_sum(const big *a, const big *b, const big *c) {
  big t = *a;
  big_add(&t, b);
  return big_cmp(&t, c);
}

/* ------------------------------------------------------------------------------------ */
/* Exact decimal digit generation                                                       */

/* v = (r / s) * 10^point with 0.1 <= r / s < 1; mp and mm are the distances from v to the
 * upper and lower rounding boundaries in the same scale (shortest mode only). */
typedef struct {
  big r, s, mp, mm;
  int point;
} digit_gen;

/* A lower bound on the decimal point position of v = f * 2^e, never more than 1 below
 * (and never above) floor(log10 v) + 1; the caller corrects it upwards. */
static int estimate_point(uint64_t f, int e) {
  int nbits = 0;
  for (uint64_t t = f; t != 0; t >>= 1) nbits++;
  return (int)ceil((e + nbits - 1) * 0.30102999566398119521 - 1e-9);
}

/* Multiplies by 10^-point (point < 0) the numerators, or by 10^point the denominator. */
static void scale_by_point(digit_gen *g, int point, int with_margins) {
  if (point >= 0) {
    big_mul_pow10(&g->s, point);
  } else {
    big_mul_pow10(&g->r, -point);
    if (with_margins) {
      big_mul_pow10(&g->mp, -point);
      big_mul_pow10(&g->mm, -point);
    }
  }
}

/* Sets g to the exact value of positive finite v (no margins). */
static void gen_init_exact(digit_gen *g, double v) {
  uint64_t f;
  int e;
  decompose(v, &f, &e);
  big_set_u64(&g->r, f);
  big_set_u64(&g->s, 1);
  if (e >= 0) big_shl(&g->r, e);
  else big_shl(&g->s, -e);
  g->point = estimate_point(f, e);
  scale_by_point(g, g->point, 0);
  while (big_cmp(&g->r, &g->s) >= 0) {
    big_mul_u32(&g->s, 10);
    g->point++;
  }
}

/* Next decimal digit of r / s (which must be < 1); leaves the remainder in r. */
static int gen_next_digit(digit_gen *g) {
  int d = 0;
  big_mul_u32(&g->r, 10);
  while (big_cmp(&g->r, &g->s) >= 0) {
    big_sub(&g->r, &g->s);
    d++;
  }
  return d;
}

/* Whether the remaining fraction r / s is at least one half (round half up). */
static int gen_remainder_rounds_up(const digit_gen *g) {
  return big_cmp_sum(&g->r, &g->r, &g->s) >= 0;
}

/* Shortest digits that read back as positive finite v, closest to v among those; exact
 * ties pick the even digit (V8's bignum-dtoa). Boundaries are inclusive when f is even
 * (a decimal exactly halfway to a neighbour reads back as v by ties-to-even).
 * Writes at most 17 digits to out; returns their count; *point as in digit_gen. */
static int shortest_digits(double v, char *out, int *point) {
  digit_gen g;
  uint64_t f;
  int e;
  decompose(v, &f, &e);
  int inclusive = (f & 1) == 0;
  int lower_closer = f == (UINT64_C(1) << 52) && e > -1074;
  /* r/s = v and mp/s, mm/s = half-gaps to the neighbours, all scaled by 2 or 4. */
  big_set_u64(&g.r, f);
  big_set_u64(&g.s, 1);
  big_set_u64(&g.mp, 1);
  big_set_u64(&g.mm, 1);
  int scale_bits = lower_closer ? 2 : 1;
  big_shl(&g.r, scale_bits);
  if (lower_closer) big_shl(&g.mp, 1);
  if (e >= 0) {
    big_shl(&g.r, e);
    big_shl(&g.mp, e);
    big_shl(&g.mm, e);
    big_shl(&g.s, scale_bits);
  } else {
    big_shl(&g.s, scale_bits - e);
  }
  g.point = estimate_point(f, e);
  scale_by_point(&g, g.point, 1);
  /* The first digit is the first digit of the upper boundary. */
  for (;;) {
    int c = big_cmp_sum(&g.r, &g.mp, &g.s);
    if (inclusive ? c < 0 : c <= 0) break;
    big_mul_u32(&g.s, 10);
    g.point++;
  }
  int len = 0;
  for (;;) {
    int d = gen_next_digit(&g);
    big_mul_u32(&g.mp, 10);
    big_mul_u32(&g.mm, 10);
    /* low: prefix+d is within v - m-; high: prefix+d+1 is within v + m+. */
    int c_low = big_cmp(&g.r, &g.mm);
    int c_high = big_cmp_sum(&g.r, &g.mp, &g.s);
    int low = inclusive ? c_low <= 0 : c_low < 0;
    int high = inclusive ? c_high >= 0 : c_high > 0;
    if (low && high) {
      int c = big_cmp_sum(&g.r, &g.r, &g.s);
      if (c > 0 || (c == 0 && (d & 1))) d++;
    } else if (high) {
      d++;
    }
    out[len++] = (char)('0' + d);
    if (low || high) break;
  }
  *point = g.point;
  return len;
}

/* Adds one unit in the last place to the n decimal digits in out; returns 1 when the
 * carry runs out of the first digit, leaving "100..0" (the caller moves the point). */
static int increment_digits(char *out, int n) {
  int i = n - 1;
  while (i >= 0 && out[i] == '9') out[i--] = '0';
  if (i >= 0) {
    out[i]++;
    return 0;
  }
  out[0] = '1';
  return 1;
}

/* Exactly n >= 1 significant digits of positive finite v, rounded half up (ties away
 * from zero). Returns the decimal point position (v ~ 0.DIGITS * 10^point); a carry out
 * of the first digit yields "100..0" with the point moved up by one. */
static int counted_digits(double v, int n, char *out) {
  digit_gen g;
  gen_init_exact(&g, v);
  for (int i = 0; i < n; i++) out[i] = (char)('0' + gen_next_digit(&g));
  int point = g.point;
  if (gen_remainder_rounds_up(&g) && increment_digits(out, n)) point++;
  return point;
}

/* Digits of the integer n = round-half-up(v * 10^fraction_digits) for positive finite v
 * (or "0"); returns their count. At most 21 + 100 + 1 digits for v < 1e21. */
static int fixed_integer_digits(double v, int fraction_digits, char *out) {
  digit_gen g;
  gen_init_exact(&g, v);
  int n = g.point + fraction_digits; /* digits of v * 10^fraction_digits before the point */
  if (n <= 0) {
    /* When n == 0, r / s is v * 10^fraction_digits itself. */
    out[0] = n == 0 && gen_remainder_rounds_up(&g) ? '1' : '0';
    return 1;
  }
  for (int i = 0; i < n; i++) out[i] = (char)('0' + gen_next_digit(&g));
  if (gen_remainder_rounds_up(&g) && increment_digits(out, n)) out[n++] = '0';
  return n;
}

/* ------------------------------------------------------------------------------------ */
/* Output helpers                                                                       */

static int put_chars(char *buf, int pos, const char *s, int n) {
  memcpy(buf + pos, s, (size_t)n);
  return pos + n;
}

static int put_zeros(char *buf, int pos, int n) {
  for (int i = 0; i < n; i++) buf[pos++] = '0';
  return pos;
}

static int put_int(char *buf, int pos, int v) {
  char tmp[12];
  int n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n > 0) buf[pos++] = tmp[--n];
  return pos;
}

static int finish(char *buf, int pos) {
  buf[pos] = '\0';
  return pos;
}

static int put_nonfinite(double x, char *buf) {
  if (isnan(x)) return finish(buf, put_chars(buf, 0, "NaN", 3));
  if (x < 0) return finish(buf, put_chars(buf, 0, "-Infinity", 9));
  return finish(buf, put_chars(buf, 0, "Infinity", 8));
}

/* d[.ddd]e+N / e-N with the given digits (count digits, the rest padded by zeros up to
 * total) and decimal exponent. */
static int put_exponential(char *buf, int pos, const char *digits, int count, int total,
                           int exponent) {
  buf[pos++] = digits[0];
  if (total > 1) {
    buf[pos++] = '.';
    pos = put_chars(buf, pos, digits + 1, count - 1);
    pos = put_zeros(buf, pos, total - count);
  }
  buf[pos++] = 'e';
  buf[pos++] = exponent < 0 ? '-' : '+';
  return put_int(buf, pos, exponent < 0 ? -exponent : exponent);
}

/* ------------------------------------------------------------------------------------ */
/* Number -> string                                                                     */

int tsn_number_to_string(double x, char *buf) {
  if (!isfinite(x)) return put_nonfinite(x, buf);
  if (x == 0) return finish(buf, put_chars(buf, 0, "0", 1));
  int pos = 0;
  if (x < 0) {
    buf[pos++] = '-';
    x = -x;
  }
  if (x < 9007199254740992.0 && x == floor(x)) {
    /* Safe integers print all their digits (the shortest round trip of an integer). */
    char tmp[20];
    int n = 0;
    for (uint64_t u = (uint64_t)x; u != 0; u /= 10) tmp[n++] = (char)('0' + u % 10);
    while (n > 0) buf[pos++] = tmp[--n];
    return finish(buf, pos);
  }
  char digits[20];
  int point;
  int k = shortest_digits(x, digits, &point);
  if (k <= point && point <= 21) {
    pos = put_chars(buf, pos, digits, k);
    pos = put_zeros(buf, pos, point - k);
  } else if (0 < point && point <= 21) {
    pos = put_chars(buf, pos, digits, point);
    buf[pos++] = '.';
    pos = put_chars(buf, pos, digits + point, k - point);
  } else if (-6 < point && point <= 0) {
    pos = put_chars(buf, pos, "0.", 2);
    pos = put_zeros(buf, pos, -point);
    pos = put_chars(buf, pos, digits, k);
  } else {
    pos = put_exponential(buf, pos, digits, k, k, point - 1);
  }
  return finish(buf, pos);
}

int tsn_number_to_string_radix(double x, int radix, char *buf) {
  static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (radix == 10) return tsn_number_to_string(x, buf);
  if (!isfinite(x)) return put_nonfinite(x, buf);
  if (x == 0) return finish(buf, put_chars(buf, 0, "0", 1));
  /* Integer digits grow leftwards from the middle, fraction digits rightwards. */
  char tmp[TSN_NUMCONV_BUFSIZE];
  const int middle = TSN_NUMCONV_BUFSIZE / 2;
  int int_cursor = middle;
  int frac_cursor = middle;
  int negative = x < 0;
  if (negative) x = -x;
  double integer = floor(x);
  double fraction = x - integer;
  /* Fraction digits only go as far as the input's precision: half the gap to the next
   * double, at least the smallest denormal. */
  double delta = 0.5 * (double_of(bits_of(x) + 1) - x);
  double min_delta = double_of(1);
  if (!(delta > min_delta)) delta = min_delta;
  if (fraction >= delta) {
    tmp[frac_cursor++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = (int)fraction;
      tmp[frac_cursor++] = chars[digit];
      fraction -= digit;
      /* Round the last digit (ties to even) once the rest is below the precision. */
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          /* Increment, propagating the carry back through the digits written. */
          for (;;) {
            frac_cursor--;
            if (frac_cursor == middle) {
              integer += 1;
              break;
            }
            char c = tmp[frac_cursor];
            int d = c > '9' ? c - 'a' + 10 : c - '0';
            if (d + 1 < radix) {
              tmp[frac_cursor++] = chars[d + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  /* Digits below the 53-bit precision of large integers are written as zeros. */
  while (binary_exponent(integer / radix) > 0) {
    integer /= radix;
    tmp[--int_cursor] = '0';
  }
  do {
    double remainder = fmod(integer, radix);
    tmp[--int_cursor] = chars[(int)remainder];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  if (negative) tmp[--int_cursor] = '-';
  return finish(buf, put_chars(buf, 0, tmp + int_cursor, frac_cursor - int_cursor));
}

int tsn_number_to_fixed(double x, int fraction_digits, char *buf) {
  if (!isfinite(x) || fabs(x) >= 1e21) return tsn_number_to_string(x, buf);
  int pos = 0;
  if (x < 0) {
    buf[pos++] = '-';
    x = -x;
  }
  char digits[128];
  int n;
  if (x == 0) {
    digits[0] = '0';
    n = 1;
  } else {
    n = fixed_integer_digits(x, fraction_digits, digits);
  }
  if (fraction_digits == 0) {
    pos = put_chars(buf, pos, digits, n);
  } else if (n > fraction_digits) {
    pos = put_chars(buf, pos, digits, n - fraction_digits);
    buf[pos++] = '.';
    pos = put_chars(buf, pos, digits + n - fraction_digits, fraction_digits);
  } else {
    pos = put_chars(buf, pos, "0.", 2);
    pos = put_zeros(buf, pos, fraction_digits - n);
    pos = put_chars(buf, pos, digits, n);
  }
  return finish(buf, pos);
}

int tsn_number_to_exponential(double x, int fraction_digits, char *buf) {
  if (!isfinite(x)) return tsn_number_to_string(x, buf);
  int pos = 0;
  if (x < 0) {
    buf[pos++] = '-';
    x = -x;
  }
  char digits[104];
  int count;
  int point;
  if (x == 0) {
    digits[0] = '0';
    count = 1;
    point = 1;
    if (fraction_digits < 0) fraction_digits = 0;
  } else if (fraction_digits < 0) {
    count = shortest_digits(x, digits, &point);
    fraction_digits = count - 1;
  } else {
    count = fraction_digits + 1;
    point = counted_digits(x, count, digits);
  }
  pos = put_exponential(buf, pos, digits, count, fraction_digits + 1, point - 1);
  return finish(buf, pos);
}

int tsn_number_to_precision(double x, int precision, char *buf) {
  if (!isfinite(x)) return tsn_number_to_string(x, buf);
  int pos = 0;
  if (x < 0) {
    buf[pos++] = '-';
    x = -x;
  }
  char digits[104];
  int point;
  if (x == 0) {
    memset(digits, '0', (size_t)precision);
    point = 1;
  } else {
    point = counted_digits(x, precision, digits);
  }
  int exponent = point - 1;
  if (exponent < -6 || exponent >= precision) {
    pos = put_exponential(buf, pos, digits, precision, precision, exponent);
  } else if (point > 0) {
    pos = put_chars(buf, pos, digits, point);
    if (point < precision) {
      buf[pos++] = '.';
      pos = put_chars(buf, pos, digits + point, precision - point);
    }
  } else {
    pos = put_chars(buf, pos, "0.", 2);
    pos = put_zeros(buf, pos, -point);
    pos = put_chars(buf, pos, digits, precision);
  }
  return finish(buf, pos);
}

/* ------------------------------------------------------------------------------------ */
/* String -> number                                                                     */

/* StrWhiteSpaceChar, ECMA-262 7.1.4.1: WhiteSpace (TAB, VT, FF, ZWNBSP, Zs) and
 * LineTerminator (LF, CR, LS, PS). */
static int is_str_whitespace(uint16_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF:
      return 1;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

static int is_decimal_digit(uint16_t c) { return c >= '0' && c <= '9'; }

/* Value of c as a digit in radix 2..36, or -1. */
static int digit_value(uint16_t c, int radix) {
  int d;
  if (c >= '0' && c <= '9') d = c - '0';
  else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
  else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
  else return -1;
  return d < radix ? d : -1;
}

/* More significant digits than any rounding decision between doubles depends on
 * (a midpoint between two doubles has at most 768). */
#define DEC_MAX_DIGITS 800

/* A decimal number being read: 0.DIGITS * 10^point, with sticky set when nonzero
 * digits beyond DEC_MAX_DIGITS were dropped. */
typedef struct {
  char digits[DEC_MAX_DIGITS];
  int count;
  int sticky;
  long long point;
} decimal_acc;

static void acc_init(decimal_acc *a) {
  a->count = 0;
  a->sticky = 0;
  a->point = 0;
}

static void acc_push(decimal_acc *a, uint16_t c) {
  if (a->count < DEC_MAX_DIGITS) a->digits[a->count++] = (char)c;
  else if (c != '0') a->sticky = 1;
}

/* A digit before the decimal point (leading zeros are dropped). */
static void acc_int_digit(decimal_acc *a, uint16_t c) {
  if (a->count == 0 && c == '0') return;
  acc_push(a, c);
  a->point++;
}

/* A digit after the decimal point. */
static void acc_frac_digit(decimal_acc *a, uint16_t c) {
  if (a->count == 0 && c == '0') {
    a->point--;
    return;
  }
  acc_push(a, c);
}

/* The accumulated value times 10^exponent, correctly rounded, with the given sign. */
static double acc_to_double(const decimal_acc *a, long long exponent, int negative) {
  double sign = negative ? -1.0 : 1.0;
  int count = a->count;
  while (count > 0 && a->digits[count - 1] == '0' && !a->sticky) count--;
  long long point = a->point + exponent;
  if (count == 0 || point < -400) return sign * 0.0;
  if (point > 400) return sign * HUGE_VAL;
  char text[DEC_MAX_DIGITS + 16];
  memcpy(text, a->digits, (size_t)count);
  int pos = count;
  if (a->sticky) text[pos++] = '1';
  /* value = DIGITS * 10^(point - pos); |point - pos| < 1300. */
  int e = (int)(point - pos);
  text[pos++] = 'e';
  if (e < 0) {
    text[pos++] = '-';
    e = -e;
  }
  pos = put_int(text, pos, e);
  text[pos] = '\0';
  return sign * strtod(text, NULL);
}

/* Adds exponent digits with saturation far beyond any meaningful exponent. */
static long long exponent_digit(long long e, uint16_t c) {
  return e >= 1000000000LL ? e : e * 10 + (c - '0');
}

/* Scans the longest StrDecimalLiteral ([+-] Infinity, or [+-] digits with optional
 * fraction and exponent) at s[0..len). Returns the code units consumed (0: none) and the
 * correctly rounded value in *out. */
static size_t scan_decimal_literal(const uint16_t *s, size_t len, double *out) {
  static const char infinity[] = "Infinity";
  size_t i = 0;
  int negative = 0;
  if (i < len && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  if (len - i >= 8) {
    size_t k = 0;
    while (k < 8 && s[i + k] == (uint16_t)infinity[k]) k++;
    if (k == 8) {
      *out = negative ? -HUGE_VAL : HUGE_VAL;
      return i + 8;
    }
  }
  decimal_acc acc;
  acc_init(&acc);
  int mantissa_digits = 0;
  for (; i < len && is_decimal_digit(s[i]); i++, mantissa_digits++) acc_int_digit(&acc, s[i]);
  if (i < len && s[i] == '.') {
    size_t j = i + 1;
    for (; j < len && is_decimal_digit(s[j]); j++, mantissa_digits++) acc_frac_digit(&acc, s[j]);
    if (mantissa_digits > 0) i = j;
  }
  if (mantissa_digits == 0) return 0;
  long long exponent = 0;
  if (i < len && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    int exp_negative = 0;
    if (j < len && (s[j] == '+' || s[j] == '-')) exp_negative = s[j++] == '-';
    if (j < len && is_decimal_digit(s[j])) {
      for (; j < len && is_decimal_digit(s[j]); j++) exponent = exponent_digit(exponent, s[j]);
      if (exp_negative) exponent = -exponent;
      i = j;
    }
  }
  *out = acc_to_double(&acc, exponent, negative);
  return i;
}

/* Integer value of digits s[0..len) (all valid in radix 2^log2_radix), rounded to
 * nearest with ties to even, as V8's InternalStringToIntDouble. */
static double parse_pow2_digits(const uint16_t *s, size_t len, int log2_radix) {
  uint64_t m = 0;
  long exponent = 0;
  int sticky = 0;
  for (size_t i = 0; i < len; i++) {
    int d = digit_value(s[i], 1 << log2_radix);
    if ((m >> 53) == 0) {
      m = (m << log2_radix) | (uint64_t)d; /* < 2^58 */
    } else {
      sticky |= d != 0;
      if (exponent < 4096) exponent += log2_radix; /* beyond 2^1024 it is Infinity anyway */
    }
  }
  int excess = 0;
  while ((m >> (53 + excess)) != 0) excess++;
  if (excess > 0) {
    uint64_t dropped = m & ((UINT64_C(1) << excess) - 1);
    uint64_t half = UINT64_C(1) << (excess - 1);
    m >>= excess;
    exponent += excess;
    if (dropped > half || (dropped == half && (sticky || (m & 1)))) m++;
  }
  return ldexp((double)m, (int)exponent);
}

/* Length of the run of radix digits at s[0..len). */
static size_t digit_run(const uint16_t *s, size_t len, int radix) {
  size_t i = 0;
  while (i < len && digit_value(s[i], radix) >= 0) i++;
  return i;
}

static int log2_of_pow2_radix(int radix) {
  switch (radix) {
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    case 16: return 4;
    case 32: return 5;
    default: return 0;
  }
}

double tsn_string_to_number(const uint16_t *s, size_t len) {
  while (len > 0 && is_str_whitespace(s[0])) {
    s++;
    len--;
  }
  while (len > 0 && is_str_whitespace(s[len - 1])) len--;
  if (len == 0) return 0.0;
  if (len >= 2 && s[0] == '0') {
    int radix = 0;
    switch (s[1]) {
      case 'x': case 'X': radix = 16; break;
      case 'o': case 'O': radix = 8; break;
      case 'b': case 'B': radix = 2; break;
      default: break;
    }
    if (radix != 0) {
      size_t n = len - 2;
      if (n == 0 || digit_run(s + 2, n, radix) != n) return NAN;
      return parse_pow2_digits(s + 2, n, log2_of_pow2_radix(radix));
    }
  }
  double value;
  if (scan_decimal_literal(s, len, &value) != len) return NAN;
  return value;
}

double tsn_parse_float(const uint16_t *s, size_t len) {
  while (len > 0 && is_str_whitespace(s[0])) {
    s++;
    len--;
  }
  double value;
  if (scan_decimal_literal(s, len, &value) == 0) return NAN;
  return value;
}

/* V8's NumberParseIntHelper::HandleGenericCase: digits are read in chunks whose weight
 * radix^k stays within 0xFFFFFFFF / 36, and each chunk is folded in with one double
 * multiply and one double add (so results above 2^53 carry V8's rounding errors). */
static double parse_generic_radix_digits(const uint16_t *s, size_t len, int radix) {
  const uint32_t max_multiplier = 0xFFFFFFFFu / 36;
  double result = 0;
  size_t i = 0;
  while (i < len) {
    uint32_t part = 0;
    uint32_t multiplier = 1;
    while (i < len) {
      uint32_t m = multiplier * (uint32_t)radix;
      if (m > max_multiplier) break;
      part = part * (uint32_t)radix + (uint32_t)digit_value(s[i], radix);
      multiplier = m;
      i++;
    }
    result = result * (double)multiplier + (double)part;
  }
  return result;
}

double tsn_parse_int(const uint16_t *s, size_t len, int radix) {
  if (radix != 0 && (radix < 2 || radix > 36)) return NAN;
  size_t i = 0;
  while (i < len && is_str_whitespace(s[i])) i++;
  if (i == len) return NAN;
  int negative = 0;
  if (s[i] == '+' || s[i] == '-') {
    negative = s[i] == '-';
    i++;
  }
  /* stripPrefix (radix undefined/0 or 16): an optional 0x / 0X switches to radix 16. */
  int strip_prefix = radix == 0 || radix == 16;
  if (radix == 0) radix = 10;
  if (strip_prefix && len - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
    radix = 16;
    i += 2;
  }
  size_t n = digit_run(s + i, len - i, radix);
  if (n == 0) return NAN;
  /* Leading zeros do not count (V8 starts its chunked accumulation after them). */
  while (n > 0 && s[i] == '0') {
    i++;
    n--;
  }
  if (n == 0) return negative ? -0.0 : 0.0;
  const uint16_t *digits = s + i;
  double value;
  int log2_radix = log2_of_pow2_radix(radix);
  if (radix == 10) {
    decimal_acc acc;
    acc_init(&acc);
    for (size_t k = 0; k < n; k++) acc_int_digit(&acc, digits[k]);
    value = acc_to_double(&acc, 0, 0);
  } else if (log2_radix != 0) {
    value = parse_pow2_digits(digits, n, log2_radix);
  } else {
    value = parse_generic_radix_digits(digits, n, radix);
  }
  return negative ? -value : value;
}
