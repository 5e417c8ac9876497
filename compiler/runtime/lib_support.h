/*
 * lib_support.h — helpers shared by the builtin libraries (lib_string/array/map_set/json/iterator):
 * argument access, receiver checks with V8's messages, and installation of builtins.
 */
#ifndef TSN_LIB_SUPPORT_H
#define TSN_LIB_SUPPORT_H

#include "function.h"

/* argv[i], or undefined when the caller passed fewer arguments (tsn_code convention). */
static inline tsn_value tsn_arg(int argc, const tsn_value *argv, int i) { return i < argc ? argv[i] : TSN_UNDEFINED; }

/* RequireObjectCoercible(this) then ToString (the prologue of String.prototype methods). Throws
 * TypeError "String.prototype.<method> called on null or undefined" as V8 does. */
tsn_value tsn_lib_this_string(tsn_value this_value, const char *method);

/* RequireObjectCoercible(this) then ToObject, for Array.prototype methods; `method` is the full name
 * ("Array.prototype.map") used in V8's "<method> called on null or undefined". */
tsn_object *tsn_lib_this_object(tsn_value this_value, const char *method);

/* How V8's builtins render a value in "... is not a function" / "... is not iterable" messages:
 * "number 5", "string \"abc\"", "boolean true", "object null", "undefined", "symbol", "object",
 * "function". Returns UTF-8 (GC memory). */
const char *tsn_lib_value_type_text(tsn_value v);

/* Throws TypeError "<tsn_lib_value_type_text(v)> is not a function" unless v is callable
 * (Array.prototype.map(5) -> "number 5 is not a function"). */
void tsn_lib_require_callable(tsn_value v);

/* V8's rendering of a receiver in "incompatible receiver" messages: primitives as ToString (symbols
 * descriptive), errors "Name: message", functions "function f() { [native code] }" (V8 shows the
 * source text, which we do not keep), other objects as tsn_object_class_text ("#<Foo>",
 * "[object Array]"). Returns a string value. */
tsn_value tsn_lib_receiver_text(tsn_value v);

/* Throws TypeError "Method <method> called on incompatible receiver <text>". */
_Noreturn void tsn_lib_throw_incompatible(const char *method, tsn_value receiver);

/* Throws an error built from a string value message (keeps lone surrogates, unlike printf messages). */
_Noreturn void tsn_lib_throw_with_message(tsn_object *error_prototype, tsn_value message);

/* Installs a builtin method keyed by a symbol (function name "[<description>]"), non-enumerable. */
tsn_value tsn_lib_define_symbol_method(tsn_object *target, tsn_value symbol, const char *function_name, tsn_code code, uint32_t length);
/* Installs an accessor with a builtin getter named "get <name>", non-enumerable, configurable. */
void tsn_lib_define_getter(tsn_object *target, const char *name, tsn_code getter);
/* Defines the accessor ctor[Symbol.species] whose getter, named "get [Symbol.species]", returns its
 * `this` value (ECMA-262 23.1.2.5 get Array[@@species], 24.1.2.3 Map, 24.2.2.3 Set). */
void tsn_lib_define_species(tsn_object *ctor);
/* Defines target[Symbol.toStringTag] = tag (non-writable, non-enumerable, configurable). */
void tsn_lib_define_to_string_tag(tsn_object *target, const char *tag);
/* Creates a constructor builtin: sets TSN_FNF_CONSTRUCTOR, links `prototype` (non-writable,
 * non-enumerable, non-configurable) and prototype.constructor, and defines it on the global object. */
tsn_value tsn_lib_define_constructor(const char *name, tsn_code code, uint32_t length, tsn_object *prototype);
/* Defines a non-enumerable data property with a value on `target` by ASCII name. */
void tsn_lib_define_value(tsn_object *target, const char *name, tsn_value v, int attrs);

/* GroupBy (ECMA-262 7.3.35): iterates `items`, calls callback(item, k) for each, and hands the
 * callback's result and the item to add(groups, key, item), which coerces the key and appends the
 * item to its group. Throws TypeError "<method> called on null or undefined" for nullish items and
 * "<callback> is not a function"; any throw inside the loop closes the iterator (iter.h). */
void tsn_lib_group_by(tsn_value items, tsn_value callback, const char *method,
                      void (*add)(void *groups, tsn_value key, tsn_value item), void *groups);

/* CreateDynamicFunction (ECMA-262 20.2.1.1.1) needs a compiler at run time: throws V8's EvalError
 * "Code generation from strings disallowed for this context" (Function, GeneratorFunction, AsyncFunction). */
_Noreturn void tsn_lib_throw_dynamic_code_disallowed(void);

/* SpeciesConstructor(o, default) (ECMA-262 7.3.22) with V8's TypeErrors "object.constructor is not a
 * constructor" and "object.constructor[Symbol.species] is not a constructor". */
tsn_value tsn_lib_species_constructor(tsn_value o, tsn_value default_constructor);

/* Property key of an integer index (0 <= index < 2^53), e.g. for Get(O, ToString(index)). */
tsn_value tsn_lib_index_key(double index);

#endif
