/*
 * node_errors.h — Node's internal errors (lib/internal/errors.js) as builtins of the `process` and
 * timers libraries throw them.
 */
#ifndef TSN_NODE_ERRORS_H
#define TSN_NODE_ERRORS_H

#include "object.h"

/* Throws a TypeError/RangeError (per `error_proto`) whose prototype adds Node's
 * "Name [CODE]: message" toString, with own `stack` (same header), `code` (enumerable), `message`. */
_Noreturn void tsn_throw_node_error(tsn_object *error_proto, const char *code, tsn_value message);
/* Node's "Received ..." suffix of ERR_INVALID_ARG_TYPE: "Received undefined", "Received type number (5)",
 * "Received an instance of Object", "Received function f". */
tsn_value tsn_node_received_text(tsn_value v);
/* Throws ERR_INVALID_ARG_TYPE: The "<name>" argument must be of type <type>. Received ... */
_Noreturn void tsn_throw_invalid_arg_type(const char *name, const char *type, tsn_value received);

#endif
