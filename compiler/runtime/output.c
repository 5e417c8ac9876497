/*
 * output.c — process output as Node writes it: UTF-8 (lone surrogates as U+FFFD), stdout buffered
 * and flushed before any stderr write and at exit.
 */
#include "output.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "str.h"

#define OUT_BUFFER_SIZE 65536

int tsn_process_exit_code;

static char out_buffer[OUT_BUFFER_SIZE];
static size_t out_used;

/* write(2) all of it; errors (EPIPE, closed descriptor) drop the output as Node does silently. */
static void write_all(int fd, const char *p, size_t n) {
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= (size_t)w;
  }
}

void tsn_flush_output(void) {
  write_all(1, out_buffer, out_used);
  out_used = 0;
}

void tsn_write_stdout_bytes(const char *bytes, size_t n) {
  if (out_used + n > OUT_BUFFER_SIZE) {
    tsn_flush_output();
    if (n > OUT_BUFFER_SIZE / 2) { write_all(1, bytes, n); return; }
  }
  memcpy(out_buffer + out_used, bytes, n);
  out_used += n;
}

void tsn_write_stderr_bytes(const char *bytes, size_t n) {
  tsn_flush_output();
  write_all(2, bytes, n);
}

void tsn_write_stdout(tsn_value s) {
  size_t n;
  char *bytes = tsn_str_to_utf8(s, &n);
  tsn_write_stdout_bytes(bytes, n);
}

void tsn_write_stderr(tsn_value s) {
  size_t n;
  char *bytes = tsn_str_to_utf8(s, &n);
  tsn_write_stderr_bytes(bytes, n);
}

_Noreturn void tsn_exit(int code) {
  tsn_flush_output();
  exit(code);
}
