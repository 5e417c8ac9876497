/*
 * atoms.h — interned strings the runtime itself looks up by name (property keys such as "length"),
 * created once by tsn_atoms_init (first step of tsn_realm_init). Usage: tsn_atom.length.
 */
#ifndef TSN_ATOMS_H
#define TSN_ATOMS_H

#include "value.h"

#define TSN_ATOM_LIST(X) \
  X(length, "length") X(prototype, "prototype") X(constructor, "constructor") X(name, "name") \
  X(message, "message") X(stack, "stack") X(cause, "cause") X(toString, "toString") \
  X(valueOf, "valueOf") X(next, "next") X(done, "done") X(value, "value") X(get, "get") \
  X(set, "set") X(writable, "writable") X(enumerable, "enumerable") X(configurable, "configurable") \
  X(return_, "return") X(undefined, "undefined") X(null_, "null") X(object, "object") \
  X(boolean, "boolean") X(number, "number") X(string, "string") X(symbol, "symbol") \
  X(function, "function") X(true_, "true") X(false_, "false") X(NaN, "NaN") \
  X(Infinity, "Infinity") X(minus_Infinity, "-Infinity") X(zero, "0") X(anonymous, "anonymous") \
  X(empty, "") X(bigint, "bigint") X(description, "description") X(errors, "errors") \
  X(then, "then") X(status, "status") X(reason, "reason")

typedef struct tsn_atoms {
#define TSN_ATOM_FIELD(field, text) tsn_value field;
  TSN_ATOM_LIST(TSN_ATOM_FIELD)
#undef TSN_ATOM_FIELD
} tsn_atoms;

extern tsn_atoms tsn_atom;

/* Intern every atom; called once before any other runtime function. */
void tsn_atoms_init(void);

#endif
