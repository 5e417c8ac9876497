/*
 * numconv-driver.c - line-oriented test driver for compiler/runtime/numconv.c.
 *
 * Reads one request per stdin line and writes one answer line to stdout:
 *   str HEX        -> tsn_number_to_string            (Number::toString)
 *   radix HEX R    -> tsn_number_to_string_radix      (Number.prototype.toString(R))
 *   fixed HEX D    -> tsn_number_to_fixed             (toFixed(D))
 *   exp HEX D      -> tsn_number_to_exponential       (toExponential(D), D = -1: undefined)
 *   prec HEX P     -> tsn_number_to_precision         (toPrecision(P))
 *   num U          -> tsn_string_to_number            (Number(s))
 *   pf U           -> tsn_parse_float                 (parseFloat(s))
 *   pi U R         -> tsn_parse_int                   (parseInt(s, R))
 * HEX is the 16-hex-digit bit pattern of a double; U is "u" followed by 4 hex digits per
 * UTF-16 code unit. Numeric answers are "NaN" or the 16-hex-digit bit pattern of the
 * result. Exit code 2 on a malformed request.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/numconv.h"

static void fail(const char *line) {
  fprintf(stderr, "numconv-driver: malformed request: %s\n", line);
  exit(2);
}

static double parse_double_bits(const char *hex, const char *line) {
  char *end;
  unsigned long long bits = strtoull(hex, &end, 16);
  if (end == hex || strlen(hex) != 16) fail(line);
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static uint16_t *parse_units(const char *u, size_t *len, const char *line) {
  size_t n = strlen(u);
  if (n == 0 || u[0] != 'u' || (n - 1) % 4 != 0) fail(line);
  *len = (n - 1) / 4;
  uint16_t *units = malloc((*len + 1) * sizeof *units);
  if (units == NULL) fail(line);
  for (size_t i = 0; i < *len; i++) {
    char chunk[5];
    memcpy(chunk, u + 1 + 4 * i, 4);
    chunk[4] = '\0';
    units[i] = (uint16_t)strtoul(chunk, NULL, 16);
  }
  return units;
}

static void print_double(double x) {
  if (x != x) {
    puts("NaN");
    return;
  }
  unsigned long long bits;
  memcpy(&bits, &x, sizeof bits);
  printf("%016llx\n", bits);
}

int main(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  char out[TSN_NUMCONV_BUFSIZE];
  while ((got = getline(&line, &cap, stdin)) > 0) {
    if (line[got - 1] == '\n') line[got - 1] = '\0';
    char *saveptr;
    char *op = strtok_r(line, " ", &saveptr);
    char *a = strtok_r(NULL, " ", &saveptr);
    char *b = strtok_r(NULL, " ", &saveptr);
    if (op == NULL || a == NULL) fail(line);
    int arg = b != NULL ? atoi(b) : 0;
    if (strcmp(op, "str") == 0) {
      tsn_number_to_string(parse_double_bits(a, line), out);
      puts(out);
    } else if (strcmp(op, "radix") == 0) {
      tsn_number_to_string_radix(parse_double_bits(a, line), arg, out);
      puts(out);
    } else if (strcmp(op, "fixed") == 0) {
      tsn_number_to_fixed(parse_double_bits(a, line), arg, out);
      puts(out);
    } else if (strcmp(op, "exp") == 0) {
      tsn_number_to_exponential(parse_double_bits(a, line), arg, out);
      puts(out);
    } else if (strcmp(op, "prec") == 0) {
      tsn_number_to_precision(parse_double_bits(a, line), arg, out);
      puts(out);
    } else {
      size_t len;
      uint16_t *units = parse_units(a, &len, line);
      if (strcmp(op, "num") == 0) print_double(tsn_string_to_number(units, len));
      else if (strcmp(op, "pf") == 0) print_double(tsn_parse_float(units, len));
      else if (strcmp(op, "pi") == 0) print_double(tsn_parse_int(units, len, arg));
      else fail(op);
      free(units);
    }
  }
  free(line);
  return 0;
}
