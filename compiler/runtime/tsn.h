/*
 * tsn.h — the runtime's whole interface, included by generated C.
 * Generated programs define `void tsn_program_main(void)`; main.c initialises libgc and the realm,
 * runs it under a top-level handler (uncaught errors: tsn_report_uncaught), then flushes output and
 * exits with process.exitCode.
 */
#ifndef TSN_H
#define TSN_H

#include "value.h"
#include "str.h"
#include "object.h"
#include "function.h"
#include "arguments.h"
#include "exception.h"
#include "conv.h"
#include "ops.h"
#include "iter.h"
#include "generator.h"
#include "realm.h"
#include "output.h"
#include "inspect.h"
#include "lib_regexp.h"
#include "job_queue.h"

void tsn_program_main(void);

#endif
