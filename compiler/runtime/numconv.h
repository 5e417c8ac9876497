/*
 * numconv.h - Number <-> string conversions of the tsn runtime, digit-exact with V8 (Node 24).
 *
 * Self-contained (C11 + libc), deterministic and locale-independent: no printf-family
 * formatting is used, and the only libc parser called (strtod) is only ever given
 * ASCII "DIGITSe[-]EXP" text, which has no locale-dependent radix character.
 * Rounding assumes the default IEEE-754 rounding mode (round to nearest, ties to even).
 *
 * Output buffers: callers pass a char buffer of at least TSN_NUMCONV_BUFSIZE bytes; the
 * formatting functions write ASCII, NUL-terminate it and return the length (excluding NUL).
 * Range checks that throw RangeError in JS (fraction digits 0..100, precision 1..100,
 * radix 2..36) are the caller's job: these functions assume valid arguments.
 */
#ifndef TSN_NUMCONV_H
#define TSN_NUMCONV_H

#include <stddef.h>
#include <stdint.h>

/* Enough for every output: the longest are radix-2 strings (1077 chars for -5e-324). */
#define TSN_NUMCONV_BUFSIZE 2200

/* Number::toString(x, 10), ECMA-262 6.1.6.1.20: "NaN", "Infinity", "-Infinity", "0" for
 * both zeros; otherwise the shortest digit string that reads back as x, the closest to x
 * among those (exact ties: even last digit, as V8), in plain notation for exponents
 * 1e-7 < |x| < 1e21 and d.ddde+N notation otherwise. */
int tsn_number_to_string(double x, char *buf);

/* Number.prototype.toString(radix), ECMA-262 21.1.3.6, for radix 2..36: radix 10 is
 * tsn_number_to_string; otherwise reproduces V8's DoubleToRadixCString digit for digit
 * (fraction digits emitted while they exceed half the gap to the next double, last digit
 * rounded; integer digits below the 53-bit precision printed as '0'). */
int tsn_number_to_string_radix(double x, int radix, char *buf);

/* Number.prototype.toFixed(fraction_digits), ECMA-262 21.1.3.3, fraction_digits 0..100:
 * exact decimal value of x rounded to fraction_digits places, ties away from zero
 * ("pick the larger n"); "-" kept for negative x even if the result is all zeros;
 * |x| >= 1e21 and non-finite x give Number::toString(x). */
int tsn_number_to_fixed(double x, int fraction_digits, char *buf);

/* Number.prototype.toExponential(fraction_digits), ECMA-262 21.1.3.2: fraction_digits
 * 0..100 gives that many digits after the point (exact value, ties away from zero);
 * -1 means undefined: the shortest round-trip digits as in Number::toString.
 * Format d[.ddd]e+N / e-N; non-finite x give Number::toString(x). */
int tsn_number_to_exponential(double x, int fraction_digits, char *buf);

/* Number.prototype.toPrecision(precision), ECMA-262 21.1.3.5, precision 1..100: exact value
 * rounded to precision significant digits (ties away from zero), exponential notation when
 * the decimal exponent is < -6 or >= precision; non-finite x give Number::toString(x). */
int tsn_number_to_precision(double x, int precision, char *buf);

/* StringToNumber, ECMA-262 7.1.4.1.1, on UTF-16 code units s[0..len): StrWhiteSpaceChar
 * trimmed on both sides; "" -> +0; 0x/0o/0b literals (no sign) rounded to nearest-even;
 * [+-]Infinity; [+-] decimal literal with optional exponent, correctly rounded; "-0" -> -0;
 * anything else (incl. numeric separators) -> NaN. */
double tsn_string_to_number(const uint16_t *s, size_t len);

/* parseFloat(string), ECMA-262 19.2.4, on UTF-16 code units: skips leading
 * StrWhiteSpaceChar, then converts the longest prefix that is a StrDecimalLiteral
 * (correctly rounded, sign kept for zero); NaN when there is none. */
double tsn_parse_float(const uint16_t *s, size_t len);

/* parseInt(string, radix), ECMA-262 19.2.5, on UTF-16 code units; radix is ToInt32(radix)
 * with 0 standing for undefined. Radix outside 0 and 2..36 -> NaN; 0x/0X prefix accepted
 * for radix 0 and 16; "-0" -> -0. Large values as V8 computes them: radix 10 correctly
 * rounded, radix 2/4/8/16/32 exact with ties to even, other radices V8's chunked double
 * accumulation (base^k chunks that fit 32 bits, result = result * base^k + chunk). */
double tsn_parse_int(const uint16_t *s, size_t len, int radix);

#endif /* TSN_NUMCONV_H */
