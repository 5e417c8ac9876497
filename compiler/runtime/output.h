/*
 * output.h — buffered stdout/stderr as Node writes them: UTF-8, lone surrogates as U+FFFD.
 * stdout is flushed before anything is written to stderr (keeps interleaving identical when both go
 * to one terminal) and at exit (including process.exit and uncaught errors).
 */
#ifndef TSN_OUTPUT_H
#define TSN_OUTPUT_H

#include "value.h"

void tsn_write_stdout(tsn_value s);   /* a string value */
void tsn_write_stderr(tsn_value s);
void tsn_write_stdout_bytes(const char *bytes, size_t n);
void tsn_write_stderr_bytes(const char *bytes, size_t n);
void tsn_flush_output(void);
/* process.exit semantics: flush, then exit with `code`. */
_Noreturn void tsn_exit(int code);
extern int tsn_process_exit_code;     /* process.exitCode, read at normal termination */

#endif
