/*
 * arguments.h — the arguments exotic objects of ECMA-262 10.4.4.
 *
 * Both kinds are objects of class TSN_CLASS_ARGUMENTS whose indexed properties, "length", "callee" and
 * @@iterator are ordinary own properties (so every generic object operation sees them):
 *   - unmapped (CreateUnmappedArgumentsObject, 10.4.4.6): strict functions and functions with a
 *     non-simple parameter list; "callee" is an accessor whose getter and setter are %ThrowTypeError%;
 *   - mapped (CreateMappedArgumentsObject, 10.4.4.7): sloppy functions with simple parameter lists.
 *     Index i < min(argc, number of formals) aliases formal parameter i: while the index is mapped
 *     the compiled function keeps that parameter in the object's own data property (reading and
 *     writing it through tsn_arguments_param_get/set), so `arguments[0] = v` and `a = v` are one
 *     store. [[Delete]], [[DefineOwnProperty]] with an accessor or writable:false (10.4.4.2/5), and a
 *     freeze, end the aliasing: the parameter keeps the value it had then, in the map's own storage.
 * The internal payload of a mapped object is a tsn_arguments_map; unmapped objects have none.
 */
#ifndef TSN_ARGUMENTS_H
#define TSN_ARGUMENTS_H

#include "function.h"

/* %Array.prototype.values%, set by the Array library (the @@iterator of every arguments object). */
extern tsn_value tsn_intrinsic_array_values;

/* The arguments object of a call of `callee` with argc/argv. `formals` is the number of formal
 * parameters of a mapped object (a sloppy function with a simple parameter list), or -1 for an
 * unmapped object. */
tsn_value tsn_arguments_new(tsn_object *callee, int argc, const tsn_value *argv, int formals);

/* Formal parameter `index` of a function with a mapped arguments object `args`: the aliased own
 * property while the index is mapped, the parameter's own storage otherwise. */
tsn_value tsn_arguments_param_get(tsn_value args, uint32_t index);
/* Assignment to formal parameter `index` (same storage as tsn_arguments_param_get). */
void tsn_arguments_param_set(tsn_value args, uint32_t index, tsn_value v);

/* Hooks of object.c's [[Delete]] and [[DefineOwnProperty]] for TSN_CLASS_ARGUMENTS objects: called
 * before the ordinary operation on `key`; `accessor_or_read_only` says the definition makes the
 * property an accessor or non-writable (both end the mapping of an index). */
void tsn_arguments_unmap_before_delete(tsn_object *o, tsn_value key);
void tsn_arguments_unmap_before_define(tsn_object *o, tsn_value key, const tsn_prop_desc *d);

#endif
