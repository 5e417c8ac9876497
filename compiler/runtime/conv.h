/*
 * conv.h — ECMA-262 type conversion abstract operations (section 7.1) on tsn_value.
 * All may throw (via tsn_throw) exactly where the spec does: ToPrimitive calls user valueOf/toString,
 * ToNumber of a Symbol throws TypeError "Cannot convert a Symbol value to a number", ToObject of
 * undefined/null throws TypeError.
 */
#ifndef TSN_CONV_H
#define TSN_CONV_H

#include "object.h"

typedef enum { TSN_HINT_DEFAULT, TSN_HINT_NUMBER, TSN_HINT_STRING } tsn_hint;

tsn_value tsn_to_primitive(tsn_value v, tsn_hint hint);   /* 7.1.1 ToPrimitive (OrdinaryToPrimitive; Symbol.toPrimitive) */
bool tsn_to_boolean(tsn_value v);                         /* 7.1.2 */
double tsn_to_number(tsn_value v);                        /* 7.1.4 */
tsn_value tsn_to_numeric(tsn_value v);                    /* number value */
double tsn_to_integer_or_infinity(tsn_value v);           /* 7.1.5 */
int32_t tsn_to_int32(tsn_value v);                        /* 7.1.6 */
uint32_t tsn_to_uint32(tsn_value v);                      /* 7.1.7 */
int32_t tsn_double_to_int32(double d);                    /* ToInt32 on an already-numeric value */
tsn_value tsn_to_string(tsn_value v);                     /* 7.1.17 ToString, returns a string value */
tsn_value tsn_number_to_string_value(double d);           /* Number::toString(d, 10) as a string value */
tsn_object *tsn_to_object(tsn_value v);                   /* 7.1.18 */
int64_t tsn_to_length(tsn_value v);                       /* 7.1.20 */
/* Relative index helper used by slice/at/...: clamp ToIntegerOrInfinity(v) (negative from `len`) into [0, len]. */
int64_t tsn_relative_index(tsn_value v, int64_t len, int64_t default_value);

#endif
