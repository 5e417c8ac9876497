/*
 * realm.h — the intrinsics (ECMA-262 9.3) and the global object, created once at start-up.
 * Each builtin library installs itself from its own tsn_lib_*_init (called by tsn_realm_init in a
 * fixed order); the core never needs to know which libraries exist beyond that list.
 */
#ifndef TSN_REALM_H
#define TSN_REALM_H

#include "object.h"

typedef struct tsn_realm {
  tsn_object *global;
  tsn_object *object_prototype, *function_prototype, *array_prototype, *string_prototype,
      *number_prototype, *boolean_prototype, *symbol_prototype, *error_prototype,
      *type_error_prototype, *range_error_prototype, *reference_error_prototype,
      *syntax_error_prototype, *eval_error_prototype, *uri_error_prototype,
      *map_prototype, *set_prototype, *iterator_prototype, *array_iterator_prototype,
      *string_iterator_prototype, *map_iterator_prototype, *set_iterator_prototype,
      *aggregate_error_prototype,
      *generator_function_prototype, *generator_prototype, *iterator_helper_prototype,
      *wrap_for_valid_iterator_prototype, *regexp_prototype, *promise_prototype,
      *async_function_prototype, *async_iterator_prototype, *async_from_sync_iterator_prototype,
      *async_generator_function_prototype, *async_generator_prototype,
      *array_buffer_prototype, *shared_array_buffer_prototype, *data_view_prototype, *typed_array_prototype;
  tsn_object *promise_constructor;
  tsn_object *error_constructor; /* Error itself: its stackTraceLimit decides what errors record */
  tsn_value typed_array_length_getter; /* %TypedArray%.prototype's `length` getter (object.c caches reads of it) */
  tsn_value symbol_iterator, symbol_async_iterator, symbol_to_primitive, symbol_has_instance, symbol_to_string_tag, symbol_species,
      symbol_is_concat_spreadable, symbol_unscopables;
} tsn_realm;

extern tsn_realm tsn_intrinsics;

/* Create every intrinsic and the global object. Called once by tsn_main before the program. */
void tsn_realm_init(int argc, char **argv);
/* Global variable access for names the compiler did not resolve to a binding (e.g. `Math`, `console`).
 * Missing name: ReferenceError "X is not defined". */
tsn_value tsn_global_get(tsn_value name_interned);

/* Library initialisers (one file each). */
void tsn_lib_object_init(void);
void tsn_lib_function_init(void);
void tsn_lib_array_init(void);
void tsn_lib_string_init(void);
void tsn_lib_number_init(void);
void tsn_lib_boolean_init(void);
void tsn_lib_symbol_init(void);
void tsn_lib_math_init(void);
void tsn_lib_json_init(void);
void tsn_lib_error_init(void);
void tsn_lib_map_set_init(void);
void tsn_lib_regexp_init(void);
void tsn_lib_array_buffer_init(void);
void tsn_lib_typed_array_init(void);
void tsn_lib_data_view_init(void);
void tsn_lib_atomics_init(void);
void tsn_lib_iterator_init(void);
void tsn_lib_iterator_helpers_init(void);
void tsn_lib_generator_init(void);
void tsn_lib_console_init(void);
void tsn_lib_promise_init(void);
void tsn_lib_async_function_init(void);
void tsn_lib_async_iterator_init(void);
void tsn_lib_async_generator_init(void);
void tsn_lib_timers_init(void);
void tsn_lib_process_init(int argc, char **argv);

#endif
